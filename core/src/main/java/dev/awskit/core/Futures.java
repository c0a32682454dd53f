package dev.awskit.core;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Helpers for the edge between awskit's asynchronous API and synchronous callers.
 */
public final class Futures {
    private Futures() {
    }

    /**
     * Waits for {@code future} and returns its value; a failure is rethrown as the exception that caused it,
     * not wrapped in {@link CompletionException}, so sync facades throw the same typed exceptions as the
     * async API. Checked causes are wrapped in {@link AwsKitException}.
     *
     * @param future the future to wait for
     * @param <T> the value type
     * @return the value
     * @throws CancellationException if the future was cancelled
     */
    public static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            Throwable cause = unwrap(e);
            if (cause instanceof RuntimeException runtime) {
                markCaller(runtime);
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new AwsKitException(String.valueOf(cause.getMessage()), cause);
        }
    }

    /** Adds the caller's stack once: a failed future joined again and again must not grow its exception. */
    private static void markCaller(RuntimeException failure) {
        synchronized (failure) {
            for (Throwable suppressed : failure.getSuppressed()) {
                if (suppressed instanceof CallerStack) {
                    return;
                }
            }
            failure.addSuppressed(new CallerStack());
        }
    }

    /**
     * Strips {@link CompletionException} and {@link ExecutionException} layers from a failure.
     *
     * @param failure a failure as seen in a {@code CompletableFuture} callback
     * @return the innermost failure that is not a wrapper, or {@code failure} itself
     */
    public static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        while ((current instanceof CompletionException || current instanceof ExecutionException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    /**
     * Returns a future already failed with {@code failure}.
     *
     * @param failure the failure
     * @param <T> the value type
     * @return a failed future
     */
    public static <T> CompletableFuture<T> failed(Throwable failure) {
        return CompletableFuture.failedFuture(failure);
    }

    /** Marks where a synchronous caller waited, since the rethrown exception carries the async stack. */
    private static final class CallerStack extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CallerStack() {
            super("waited for here");
        }
    }
}

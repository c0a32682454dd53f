package dev.awskit.core.spi;

import dev.awskit.core.Futures;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;

/**
 * A sequence of asynchronous stages behind one result future: cancelling the result cancels the stage in
 * flight (which, for a poll, stops further polls), and an exception thrown by a handler fails the result.
 *
 * @param <R> the result type
 */
public final class Chain<R> {
    private final CompletableFuture<R> result = new CompletableFuture<>();
    private volatile CompletableFuture<?> current;

    /** Creates a chain whose result cancels the current stage when cancelled. */
    public Chain() {
        result.whenComplete((value, error) -> {
            CompletableFuture<?> stage = current;
            if (result.isCancelled() && stage != null) {
                stage.cancel(true);
            }
        });
    }

    /** @return the result future handed to the caller */
    public CompletableFuture<R> result() {
        return result;
    }

    /** @return whether the result is complete (or cancelled) */
    public boolean isDone() {
        return result.isDone();
    }

    /**
     * Makes {@code stage} the current stage and runs {@code handler} when it completes, unless the result is
     * already complete by then.
     *
     * @param stage the next stage
     * @param handler gets the value, or the unwrapped failure
     * @param <T> the stage's value type
     */
    public <T> void then(CompletableFuture<T> stage, BiConsumer<? super T, Throwable> handler) {
        current = stage;
        if (result.isDone()) {
            stage.cancel(true);
            return;
        }
        stage.whenComplete((value, error) -> {
            if (result.isDone()) {
                return;
            }
            try {
                handler.accept(value, error == null ? null : Futures.unwrap(error));
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
    }

    /** @param value completes the result */
    public void complete(R value) {
        result.complete(value);
    }

    /** @param error fails the result */
    public void fail(Throwable error) {
        result.completeExceptionally(error);
    }
}

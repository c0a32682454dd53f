package dev.awskit.s3.internal;

import dev.awskit.core.Futures;
import dev.awskit.core.spi.Chain;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Derived futures that keep cancellation working: cancelling a future this class returns cancels the SDK call (or
 * step) behind it, which {@code thenApply}/{@code handle} alone do not do.
 */
public final class Async {
    private Async() {
    }

    /**
     * Runs {@code next} on the value of {@code first}; cancelling the result cancels whichever is running. A shared
     * {@code first} (a memoized region) is never cancelled: the chain waits on a copy of it.
     *
     * @param first the first step
     * @param next the second step, from the first one's value
     * @param <A> the first value type
     * @param <B> the result type
     * @return the result
     */
    public static <A, B> CompletableFuture<B> then(CompletableFuture<A> first,
            Function<? super A, ? extends CompletableFuture<B>> next) {
        Chain<B> chain = new Chain<>();
        chain.then(first.thenApply(Function.identity()), (value, error) -> {
            if (error != null) {
                chain.fail(error);
                return;
            }
            chain.then(next.apply(value), (result, failure) -> {
                if (failure != null) {
                    chain.fail(failure);
                } else {
                    chain.complete(result);
                }
            });
        });
        return chain.result();
    }

    /**
     * Maps the value and the failure of {@code source}; cancelling the result cancels {@code source}. An exception
     * thrown by {@code onValue} fails the result.
     *
     * @param source the call
     * @param onValue maps its value
     * @param onError maps its unwrapped failure
     * @param <T> the call's value type
     * @param <U> the result type
     * @return the derived future
     */
    public static <T, U> CompletableFuture<U> map(CompletableFuture<T> source, Function<? super T, ? extends U> onValue,
            Function<Throwable, ? extends Throwable> onError) {
        return handle(source, (value, error) -> {
            if (error != null) {
                throw rethrowable(onError.apply(error));
            }
            return onValue.apply(value);
        });
    }

    /**
     * Handles the outcome of {@code source}; cancelling the result cancels {@code source}. What {@code handler}
     * returns completes the result, what it throws fails it.
     *
     * @param source the call
     * @param handler gets the value, or the unwrapped failure
     * @param <T> the call's value type
     * @param <U> the result type
     * @return the derived future
     */
    public static <T, U> CompletableFuture<U> handle(CompletableFuture<T> source,
            BiFunction<? super T, Throwable, ? extends U> handler) {
        CompletableFuture<U> result = new CompletableFuture<>();
        source.whenComplete((value, error) -> {
            try {
                result.complete(handler.apply(value, error == null ? null : Futures.unwrap(error)));
            } catch (Failure e) {
                result.completeExceptionally(e.getCause());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        result.whenComplete((value, error) -> {
            if (result.isCancelled()) {
                source.cancel(true);
            }
        });
        return result;
    }

    private static RuntimeException rethrowable(Throwable error) {
        return error instanceof RuntimeException runtime ? runtime : new Failure(error);
    }

    /** Carries a checked failure through a handler. */
    private static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Failure(Throwable cause) {
            super(cause);
        }
    }
}

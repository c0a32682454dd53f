package dev.awskit.dynamodb.internal;

import dev.awskit.core.spi.Chain;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs one SDK call behind a future of its own: the value is mapped, a failure is translated, and cancelling the
 * returned future cancels the SDK call (which aborts the HTTP request).
 */
public final class Calls {
    private Calls() {
    }

    /**
     * Starts a call.
     *
     * @param call starts the SDK call
     * @param onValue maps the response; an exception it throws fails the result
     * @param onError translates a failure (already unwrapped)
     * @param <R> the response type
     * @param <T> the result type
     * @return the result
     */
    public static <R, T> CompletableFuture<T> call(Supplier<? extends CompletableFuture<R>> call,
            Function<? super R, ? extends T> onValue, Function<Throwable, ? extends Throwable> onError) {
        CompletableFuture<R> started;
        try {
            started = call.get();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(onError.apply(e));
        }
        Chain<T> chain = new Chain<>();
        chain.then(started, (response, error) -> {
            if (error != null) {
                chain.fail(onError.apply(error));
            } else {
                chain.complete(onValue.apply(response));
            }
        });
        return chain.result();
    }

    /**
     * Maps the outcome of a stage, success or failure, into a new future whose cancellation cancels the stage.
     *
     * @param stage the stage
     * @param handler gets the value or the unwrapped failure; returns the result or throws the failure to report
     * @param <R> the stage's value type
     * @param <T> the result type
     * @return the mapped future
     */
    public static <R, T> CompletableFuture<T> handle(CompletableFuture<R> stage,
            BiFunction<? super R, Throwable, ? extends T> handler) {
        Chain<T> chain = new Chain<>();
        chain.then(stage, (value, error) -> chain.complete(handler.apply(value, error)));
        return chain.result();
    }
}

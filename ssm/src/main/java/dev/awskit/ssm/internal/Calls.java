package dev.awskit.ssm.internal;

import dev.awskit.core.spi.Chain;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** Maps the answer or failure of one SDK call, keeping cancellation: cancelling the result cancels the call. */
public final class Calls {
    private Calls() {
    }

    /**
     * Maps a call's outcome.
     *
     * @param call the SDK call in flight
     * @param onValue maps the answer
     * @param onError maps the (unwrapped) failure to the exception the caller sees
     * @param <T> the answer type
     * @param <R> the result type
     * @return the mapped result; cancelling it cancels {@code call}
     */
    public static <T, R> CompletableFuture<R> map(CompletableFuture<T> call, Function<? super T, ? extends R> onValue,
            Function<Throwable, ? extends RuntimeException> onError) {
        Chain<R> chain = new Chain<>();
        chain.then(call, (value, error) -> {
            if (error != null) {
                chain.fail(onError.apply(error));
            } else {
                chain.complete(onValue.apply(value));
            }
        });
        return chain.result();
    }
}

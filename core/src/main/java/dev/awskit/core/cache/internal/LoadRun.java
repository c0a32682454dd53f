package dev.awskit.core.cache.internal;

import java.util.concurrent.CompletableFuture;

/**
 * One load of one key. {@code raw} completes with the loader's own outcome (for explicit refreshes);
 * {@code served} completes with what readers get (the new value, a stale value, or a cache error), after
 * the entry's state has moved on.
 *
 * @param raw the loader's outcome
 * @param served what waiting readers get
 * @param <V> the value type
 */
public record LoadRun<V>(CompletableFuture<V> raw, CompletableFuture<V> served) {

    /**
     * Creates a run with two incomplete futures.
     *
     * @param <V> the value type
     * @return a new run
     */
    public static <V> LoadRun<V> create() {
        return new LoadRun<>(new CompletableFuture<>(), new CompletableFuture<>());
    }
}

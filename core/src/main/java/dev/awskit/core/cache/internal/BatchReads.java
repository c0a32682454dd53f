package dev.awskit.core.cache.internal;

import dev.awskit.core.Futures;
import dev.awskit.core.cache.BatchLoader;
import dev.awskit.core.cache.BatchResult;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** The two halves of a batch read: one batch load for the claimed keys, then one result for all keys. */
public final class BatchReads {
    private BatchReads() {
    }

    /**
     * Loads the claimed keys with one call of {@code loader} and finishes each key's run with its outcome;
     * a key in neither map of the result fails.
     *
     * @param machine applies outcomes to entries
     * @param claimed the entries this read moved to LOADING, by key
     * @param runs their runs, by key
     * @param loader the batch loader
     * @param <K> the key type
     * @param <V> the value type
     */
    public static <K, V> void load(EntryMachine<K, V> machine, Map<K, CacheEntry<K, V>> claimed, Map<K, LoadRun<V>> runs,
            BatchLoader<K, V> loader) {
        CompletableFuture<BatchResult<K, V>> batch;
        try {
            batch = Objects.requireNonNull(loader.loadAll(Collections.unmodifiableSet(
                    new LinkedHashSet<>(claimed.keySet()))), "batch loader returned null");
        } catch (RuntimeException | Error e) {
            batch = CompletableFuture.failedFuture(e);
        }
        batch.whenComplete((result, failure) -> claimed.forEach((key, entry) -> {
            LoadRun<V> run = runs.get(key);
            if (failure != null) {
                machine.finish(entry, run, null, failure);
            } else if (result.values().containsKey(key)) {
                machine.finish(entry, run, result.values().get(key), null);
            } else {
                Throwable error = result.failures().get(key);
                machine.finish(entry, run, null, error != null ? error
                        : new IllegalStateException("batch result has no value for the key"));
            }
        }));
    }

    /**
     * Waits for every read and splits the outcomes into values and failures, in the keys' order.
     *
     * @param reads each key's read
     * @param <K> the key type
     * @param <V> the value type
     * @return the combined result; never fails
     */
    public static <K, V> CompletableFuture<BatchResult<K, V>> collect(Map<K, CompletableFuture<V>> reads) {
        return CompletableFuture.allOf(reads.values().toArray(CompletableFuture[]::new)).handle((ignored, failure) -> {
            Map<K, V> values = new LinkedHashMap<>();
            Map<K, Throwable> failures = new LinkedHashMap<>();
            reads.forEach((key, future) -> future.handle((value, error) -> {
                if (error == null) {
                    values.put(key, value);
                } else {
                    failures.put(key, Futures.unwrap(error));
                }
                return null;
            }).join());
            return new BatchResult<>(values, failures);
        });
    }
}

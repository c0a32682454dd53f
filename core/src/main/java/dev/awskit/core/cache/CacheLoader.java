package dev.awskit.core.cache;

import java.util.concurrent.CompletableFuture;

/**
 * Loads the value for one key, asynchronously. Called by {@link RefreshingCache} at most once at a time per
 * key, never under a lock; it must not block the calling thread (start the I/O and return its future).
 *
 * @param <K> the key type
 * @param <V> the value type
 */
@FunctionalInterface
public interface CacheLoader<K, V> {

    /**
     * Starts loading the value for {@code key}.
     *
     * @param key the key; never null
     * @return a future completed with the value (never null) or failed with the reason; a loader that
     *     throws is treated as one that returned a failed future
     */
    CompletableFuture<V> load(K key);
}

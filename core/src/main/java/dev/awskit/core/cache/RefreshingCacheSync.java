package dev.awskit.core.cache;

import dev.awskit.core.Futures;
import java.util.Collection;

/**
 * The blocking view of a {@link RefreshingCache} ({@link RefreshingCache#sync()}): the same reads, waiting for
 * the outcome. A fresh hit returns without touching a future; failures are thrown as they are
 * ({@link CacheLoadException}), not wrapped in {@code CompletionException}. Thread-safe.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public final class RefreshingCacheSync<K, V> {
    private final RefreshingCache<K, V> cache;

    RefreshingCacheSync(RefreshingCache<K, V> cache) {
        this.cache = cache;
    }

    /**
     * Returns the value for {@code key}, waiting for a load if needed; see {@link RefreshingCache#get(Object)}.
     *
     * @param key the key
     * @return the value
     * @throws CacheLoadException if the load failed
     * @throws NullPointerException if {@code key} is null
     */
    public V get(K key) {
        V fresh = cache.getIfFresh(key);
        return fresh != null ? fresh : Futures.join(cache.get(key));
    }

    /**
     * Returns the values for {@code keys}; see {@link RefreshingCache#getAll(Collection, BatchLoader)}.
     *
     * @param keys the keys
     * @param batchLoader loads the missing keys in one go
     * @return the values and per-key failures
     * @throws NullPointerException if an argument or a key is null
     */
    public BatchResult<K, V> getAll(Collection<K> keys, BatchLoader<K, V> batchLoader) {
        return Futures.join(cache.getAll(keys, batchLoader));
    }

    /**
     * Loads {@code key} now and returns the new value; see {@link RefreshingCache#refresh(Object)}.
     *
     * @param key the key
     * @return the new value
     * @throws RuntimeException the loader's own failure
     * @throws NullPointerException if {@code key} is null
     */
    public V refresh(K key) {
        return Futures.join(cache.refresh(key));
    }
}

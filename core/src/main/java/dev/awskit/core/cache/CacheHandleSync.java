package dev.awskit.core.cache;

import dev.awskit.core.Futures;

/**
 * The blocking view of a {@link CacheHandle}: a fresh hit returns without touching a future; failures are thrown
 * as they are ({@link CacheLoadException}). Thread-safe.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public final class CacheHandleSync<K, V> {
    private final CacheHandle<K, V> handle;

    CacheHandleSync(CacheHandle<K, V> handle) {
        this.handle = handle;
    }

    /**
     * Returns the value, waiting for a load if needed; see {@link CacheHandle#get()}.
     *
     * @return the value
     * @throws CacheLoadException if the load failed
     */
    public V get() {
        V fresh = handle.getIfFresh();
        return fresh != null ? fresh : Futures.join(handle.get());
    }

    /**
     * Loads the key now and returns the new value; see {@link CacheHandle#refresh()}.
     *
     * @return the new value
     * @throws RuntimeException the loader's own failure
     */
    public V refresh() {
        return Futures.join(handle.refresh());
    }
}

package dev.awskit.core.cache;

import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Loads several keys in as few calls as the backend allows (for example {@code BatchGetSecretValue}), for
 * {@link RefreshingCache#getAll(java.util.Collection, BatchLoader)}. Keys may fail one by one: a key found in
 * neither map of the result counts as failed.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
@FunctionalInterface
public interface BatchLoader<K, V> {

    /**
     * Starts loading {@code keys}; must not block the calling thread.
     *
     * @param keys the keys to load, none of them cached or loading; never empty
     * @return the values and per-key failures; a failed future fails every key
     */
    CompletableFuture<BatchResult<K, V>> loadAll(Set<K> keys);
}

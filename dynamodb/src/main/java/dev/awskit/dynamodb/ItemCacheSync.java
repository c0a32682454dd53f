package dev.awskit.dynamodb;

import dev.awskit.core.Futures;
import dev.awskit.core.cache.BatchResult;
import java.util.Collection;
import java.util.Optional;

/**
 * The blocking view of an {@link ItemCache}. Thread-safe; obtained from {@link ItemCache#sync()}.
 *
 * @param <T> the item type
 */
public final class ItemCacheSync<T> {
    private final ItemCache<T> cache;

    ItemCacheSync(ItemCache<T> cache) {
        this.cache = cache;
    }

    /**
     * Reads an item through the cache.
     *
     * @param key its key
     * @return the item, or empty
     * @see ItemCache#get(ItemKey)
     */
    public Optional<T> get(ItemKey key) {
        return Futures.join(cache.get(key));
    }

    /**
     * Reads many items through the cache.
     *
     * @param keys the keys
     * @return the items and failures
     * @see ItemCache#getAll(Collection)
     */
    public BatchResult<ItemKey, Optional<T>> getAll(Collection<ItemKey> keys) {
        return Futures.join(cache.getAll(keys));
    }

    /**
     * Reads an item from the table now and caches it.
     *
     * @param key its key
     * @return the item, or empty
     * @see ItemCache#refresh(ItemKey)
     */
    public Optional<T> refresh(ItemKey key) {
        return Futures.join(cache.refresh(key));
    }

    @Override
    public String toString() {
        return cache + ".sync()";
    }
}

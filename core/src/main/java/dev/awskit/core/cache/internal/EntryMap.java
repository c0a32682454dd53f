package dev.awskit.core.cache.internal;

import dev.awskit.core.cache.FreshView;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The cache's entries by key, bounded in size: finds or creates a key's entry, evicts the entry inserted
 * longest ago when over the bound, and removes entries so that every holder (a reader, a handle, a timer)
 * sees they left.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public final class EntryMap<K, V> {
    private final ConcurrentHashMap<K, CacheEntry<K, V>> map = new ConcurrentHashMap<>();
    private final InsertionOrder<K, V> order;
    private final int maximumSize;
    private final FreshView<? super V, ?> view;
    private final StatsRecorder stats;

    /**
     * Creates an empty map.
     *
     * @param maximumSize the most entries kept
     * @param view the fresh view each entry keeps, or null
     * @param stats counts evictions and expirations
     */
    public EntryMap(int maximumSize, FreshView<? super V, ?> view, StatsRecorder stats) {
        this.order = new InsertionOrder<>(maximumSize);
        this.maximumSize = maximumSize;
        this.view = view;
        this.stats = stats;
    }

    /** @return the map itself, for the hit path's single lookup */
    public ConcurrentHashMap<K, CacheEntry<K, V>> map() {
        return map;
    }

    /**
     * Returns the entry of {@code key}, creating an empty one (and evicting the oldest if over the bound).
     *
     * @param key the key
     * @return an entry that was in the map when returned
     */
    public CacheEntry<K, V> entryFor(K key) {
        while (true) {
            CacheEntry<K, V> existing = map.get(key);
            if (existing != null && !existing.isRemoved()) {
                return existing;
            }
            if (existing != null) {
                remove(existing, true);
                continue;
            }
            CacheEntry<K, V> created = new CacheEntry<>(key, view);
            if (map.putIfAbsent(key, created) == null) {
                order.inserted(created);
                evictOver(created);
                return created;
            }
        }
    }

    private void evictOver(CacheEntry<K, V> created) {
        while (map.mappingCount() > maximumSize) {
            CacheEntry<K, V> oldest = order.pollOldest();
            if (oldest == null) {
                return;
            }
            if (oldest != created && map.remove(oldest.key(), oldest)) {
                oldest.markRemoved();
                stats.eviction();
            }
        }
    }

    /**
     * Removes {@code entry} if it is still the key's entry.
     *
     * @param entry the entry
     * @param expired whether it is dropped because its value expired (counted as an expiration)
     */
    public void remove(CacheEntry<K, V> entry, boolean expired) {
        if (map.remove(entry.key(), entry)) {
            entry.markRemoved();
            if (expired) {
                stats.expiration();
            }
        }
    }

    /**
     * Removes the entry of {@code key}, if any.
     *
     * @param key the key
     */
    public void invalidate(K key) {
        CacheEntry<K, V> entry = map.remove(key);
        if (entry != null) {
            entry.markRemoved();
        }
    }

    /**
     * Removes every entry whose key matches.
     *
     * @param matching which keys
     */
    public void invalidateIf(Predicate<? super K> matching) {
        map.keySet().stream().filter(matching).toList().forEach(this::invalidate);
    }
}

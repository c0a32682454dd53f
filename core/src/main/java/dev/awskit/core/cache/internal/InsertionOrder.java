package dev.awskit.core.cache.internal;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Entries in the order they were inserted, for evicting the oldest when the cache is over its size bound.
 * Entries that left the cache otherwise are skipped and swept out now and then.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public final class InsertionOrder<K, V> {
    private final ConcurrentLinkedQueue<CacheEntry<K, V>> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final int sweepAbove;

    /**
     * Creates the order for a cache of at most {@code maximumSize} entries.
     *
     * @param maximumSize the size bound
     */
    public InsertionOrder(int maximumSize) {
        this.sweepAbove = Math.max(16, maximumSize * 2);
    }

    /**
     * Records a new entry.
     *
     * @param entry the entry just inserted
     */
    public void inserted(CacheEntry<K, V> entry) {
        queue.add(entry);
        if (queued.incrementAndGet() > sweepAbove) {
            queue.removeIf(CacheEntry::isRemoved);
            queued.set(queue.size());
        }
    }

    /**
     * Takes the oldest entry still in the cache.
     *
     * @return the entry, or null when none is left
     */
    public CacheEntry<K, V> pollOldest() {
        CacheEntry<K, V> entry;
        while ((entry = queue.poll()) != null) {
            queued.decrementAndGet();
            if (!entry.isRemoved()) {
                return entry;
            }
        }
        return null;
    }
}

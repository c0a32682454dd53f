package dev.awskit.core.cache.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * One key's slot: its current {@link EntryState}, replaced only by compare-and-set.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public final class CacheEntry<K, V> {
    private static final VarHandle STATE;

    static {
        try {
            STATE = MethodHandles.lookup().findVarHandle(CacheEntry.class, "state", EntryState.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final K key;
    private volatile EntryState<V> state = EntryState.empty();
    private volatile boolean removed;

    /**
     * Creates an empty entry.
     *
     * @param key the key
     */
    public CacheEntry(K key) {
        this.key = key;
    }

    /** @return the key */
    public K key() {
        return key;
    }

    /** @return the current state */
    public EntryState<V> state() {
        return state;
    }

    /**
     * Replaces {@code expected} by {@code next} if it is still current.
     *
     * @param expected the state read before
     * @param next the new state
     * @return whether the swap happened
     */
    public boolean swap(EntryState<V> expected, EntryState<V> next) {
        return STATE.compareAndSet(this, expected, next);
    }

    /** Marks the entry as no longer in the cache, so its timers stop. */
    public void markRemoved() {
        removed = true;
    }

    /** @return whether the entry left the cache */
    public boolean isRemoved() {
        return removed;
    }
}

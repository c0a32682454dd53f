package dev.awskit.core.cache.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import dev.awskit.core.cache.FreshView;

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
    private final FreshView<? super V, ?> view;
    private volatile EntryState<V> state = EntryState.empty();
    /** The value while the state is FRESH, else null: a hit reads this one field. */
    private volatile V fresh;
    /** {@code view} of {@link #fresh} (the value itself without a view), so a view hit is one field too. */
    private volatile Object freshView;
    private volatile boolean removed;

    /**
     * Creates an empty entry.
     *
     * @param key the key
     * @param view what {@link #freshView()} holds for a fresh value, or null for the value itself
     */
    public CacheEntry(K key, FreshView<? super V, ?> view) {
        this.key = key;
        this.view = view;
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
        if (expected == EntryState.<V>dropped() || !STATE.compareAndSet(this, expected, next)) {
            return false;
        }
        publish();
        return true;
    }

    /**
     * Returns the value if the entry is FRESH. May lag a state change by the few instructions between a
     * swap and its publication, like a deadline task that runs a little late.
     *
     * @return the fresh value, or null
     */
    public V fresh() {
        return fresh;
    }

    /**
     * Returns the view of the value if the entry is FRESH, published together with {@link #fresh()}.
     *
     * @return the fresh view, or null
     */
    public Object freshView() {
        return freshView;
    }

    /**
     * Makes {@link #fresh()} match the current state. Every swapper publishes after its swap and checks that
     * the state did not move meanwhile, so a slow swapper cannot leave a stale value behind. A removed entry
     * publishes nothing: a handle that still holds it must take the slow path and find the current entry.
     */
    private void publish() {
        while (true) {
            EntryState<V> current = state;
            V value = current.phase() == Phase.FRESH && !removed ? current.value().join() : null;
            fresh = value;
            freshView = value == null || view == null ? value : viewOf(value);
            // markRemoved() writes removed before clearing: seeing it false here means its clearing comes later.
            if (state == current && (value == null || !removed)) {
                return;
            }
        }
    }

    /** A failing view leaves no fresh view: view readers then take the slow path, which does not use it. */
    private Object viewOf(V value) {
        try {
            return view.apply(value);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * Marks the entry as no longer in the cache, so its timers stop and its fresh value is no longer served
     * (a load still running completes for its readers, but publishes nothing).
     */
    public void markRemoved() {
        removed = true;
        // Dropped is final: a read through a handle that still holds this entry takes the slow path, timers and
        // swaps see their state replaced, and a running load still completes its readers (with nothing to swap).
        STATE.setVolatile(this, EntryState.dropped());
        fresh = null;
        freshView = null;
    }

    /** @return whether the entry left the cache or is leaving it (dropped, not yet out of the map) */
    public boolean isRemoved() {
        return removed || state == EntryState.<V>dropped();
    }
}

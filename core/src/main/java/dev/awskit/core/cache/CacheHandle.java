package dev.awskit.core.cache;

import dev.awskit.core.cache.internal.CacheEntry;
import dev.awskit.core.cache.internal.EntryState;
import dev.awskit.core.cache.internal.Phase;
import java.util.concurrent.CompletableFuture;

/**
 * One key of a {@link RefreshingCache}, bound once ({@link RefreshingCache#handle(Object)}) and read many times
 * without a map lookup: the handle holds the key's entry and reads it directly. Reads behave exactly as the
 * cache's own (one shared load, background refresh after the soft TTL, stale serving through outages); when
 * the entry leaves the cache (invalidated, evicted, dropped at its hard TTL) the next read finds the key's
 * current entry.
 *
 * <p>Thread-safe; hold one per key in the component that reads it. Creating a handle loads nothing.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public final class CacheHandle<K, V> {
    /** Stands for "no entry found yet": removed, so the first read looks the key up. */
    private static final CacheEntry<Object, Object> DETACHED = detached();

    private final RefreshingCache<K, V> cache;
    private final K key;
    private final FreshView<? super V, ?> view;
    private final boolean recordHits;
    private final CacheHandleSync<K, V> sync;
    /** Plain on purpose: every read goes on to a volatile field of the entry, which is what makes it current. */
    private CacheEntry<K, V> entry;

    @SuppressWarnings("unchecked")
    CacheHandle(RefreshingCache<K, V> cache, K key, FreshView<? super V, ?> view, boolean recordHits) {
        this.cache = cache;
        this.key = key;
        this.view = view;
        this.recordHits = recordHits;
        this.entry = (CacheEntry<K, V>) (CacheEntry<?, ?>) DETACHED;
        this.sync = new CacheHandleSync<>(this);
    }

    private static CacheEntry<Object, Object> detached() {
        CacheEntry<Object, Object> none = new CacheEntry<>(null, null);
        none.markRemoved();
        return none;
    }

    /**
     * Returns the key this handle reads.
     *
     * @return the key
     */
    public K key() {
        return key;
    }

    /**
     * Returns the value: at once when cached, else after one shared load; as {@link RefreshingCache#get(Object)}.
     *
     * @return the value, or a failure ({@link CacheLoadException})
     */
    public CompletableFuture<V> get() {
        EntryState<V> state = entry.state();
        if (state.phase() == Phase.FRESH) {
            if (recordHits) {
                cache.hit();
            }
            return state.value();
        }
        return read();
    }

    private CompletableFuture<V> read() {
        CacheEntry<K, V> current = entry;
        if (current.isRemoved()) {
            current = cache.entryFor(key);
            entry = current;
        }
        return cache.read(key, current);
    }

    /**
     * Returns the value when it is cached and younger than its soft TTL, without waiting or starting anything.
     *
     * @return the fresh value, or null
     */
    public V getIfFresh() {
        V fresh = entry.fresh();
        if (fresh != null && recordHits) {
            cache.hit();
        }
        return fresh;
    }

    /**
     * Returns the fresh view of the value when it is cached and younger than its soft TTL: one field read.
     *
     * @param view the view the cache was built with
     * @param <W> the view type
     * @return the view of the fresh value, or null
     * @throws IllegalArgumentException if {@code view} is not the view the cache was built with
     */
    public <W> W getViewIfFresh(FreshView<? super V, W> view) {
        if (view != this.view) {
            cache.checkView(view);
        }
        @SuppressWarnings("unchecked") // the entry holds the projection of `view`, checked above
        W fresh = (W) entry.freshView();
        if (fresh != null && recordHits) {
            cache.hit();
        }
        return fresh;
    }

    /**
     * Loads the key now; readers keep the current value meanwhile. See {@link RefreshingCache#refresh(Object)}.
     *
     * @return the loader's outcome
     */
    public CompletableFuture<V> refresh() {
        return cache.refresh(key);
    }

    /**
     * Returns the blocking view of this handle, the same instance every time.
     *
     * @return the view
     */
    public CacheHandleSync<K, V> sync() {
        return sync;
    }

    /** Names the key only. */
    @Override
    public String toString() {
        return "CacheHandle[" + key + "]";
    }
}

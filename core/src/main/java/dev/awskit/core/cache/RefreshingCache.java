package dev.awskit.core.cache;

import dev.awskit.core.cache.internal.BatchReads;
import dev.awskit.core.cache.internal.CacheEntry;
import dev.awskit.core.cache.internal.EntryMachine;
import dev.awskit.core.cache.internal.EntryMap;
import dev.awskit.core.cache.internal.EntryState;
import dev.awskit.core.cache.internal.LoadRun;
import dev.awskit.core.cache.internal.Phase;
import dev.awskit.core.cache.internal.StatsRecorder;
import dev.awskit.core.spi.DaemonScheduler;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * An asynchronous cache that loads each key once at a time, refreshes values in the background and keeps
 * serving the last good value through outages. The engine behind awskit's secret, parameter and item caches.
 *
 * <pre>{@code
 * RefreshingCache<String, Config> cache = RefreshingCache.builder((String id) -> fetchAsync(id))
 *         .policy(CachePolicy.builder().softTtl(Duration.ofMinutes(5)).hardTtl(Duration.ofMinutes(15)).build())
 *         .build();
 * Config config = cache.sync().get("app");
 * CacheHandle<String, Config> app = cache.handle("app");   // keep it: reads skip the map lookup
 * }</pre>
 *
 * <p>Behaviour (times per {@link CachePolicy}):
 * <ul>
 *   <li>Concurrent misses of one key make one load, and all readers get its outcome.</li>
 *   <li>A hit is a map lookup and a volatile read (a {@link CacheHandle} read skips the lookup): phase changes
 *       (soft TTL, hard TTL, backoff) are driven by tasks on the scheduler, not by reading the clock on every
 *       hit. A busy scheduler therefore delays them by as much as it is late.</li>
 *   <li>Past the soft TTL, the first read starts a refresh on the scheduler and every read keeps getting the
 *       current value. Past the hard TTL a value is not served (unless refreshes fail with an outage, below):
 *       an entry nobody read is dropped, and readers of an entry whose refresh is still running wait for it.</li>
 *   <li>A failed refresh never takes a value away before its hard TTL: the value is served while the refresh
 *       is retried after each backoff delay, one load at a time. Past the hard TTL, a failure the
 *       {@link FailureClassifier} calls gone or forbidden ({@link FailureKind#endsStaleServing()}) ends
 *       serving; any other failure is an outage, and the last good value is served up to the maximum
 *       staleness. The first such failure is logged once at WARN, without the value.</li>
 *   <li>A failed load without a servable value is remembered for the backoff delay: readers get a
 *       {@link CacheLoadException} without calling the backend.</li>
 *   <li>No lock is held while loading; no method blocks except those of the {@link #sync()} view.</li>
 * </ul>
 *
 * <p>Thread-safe. Loads of values nobody reads after the soft TTL are not made. Values should be
 * immutable: every reader gets the same instance.
 *
 * @param <K> the key type: immutable, with {@code equals}/{@code hashCode} over every option that changes
 *     the value, and a {@code toString} without secrets that names the key as the caller would (it is
 *     {@link CacheLoadException#key()} and appears in logs)
 * @param <V> the value type
 */
public final class RefreshingCache<K, V> implements AutoCloseable {
    private final ConcurrentHashMap<K, CacheEntry<K, V>> map;
    private final EntryMap<K, V> entries;
    private final EntryMachine<K, V> machine;
    private final CachePolicy policy;
    private final ScheduledExecutorService scheduler;
    private final boolean ownsScheduler;
    private final StatsRecorder stats = new StatsRecorder();
    private final boolean recordHits;
    private final Consumer<? super K> keyCheck;
    private final FreshView<? super V, ?> view;
    private final RefreshingCacheSync<K, V> sync;

    RefreshingCache(RefreshingCacheBuilder<K, V> builder) {
        this.policy = builder.policy;
        this.ownsScheduler = builder.scheduler == null;
        this.scheduler = ownsScheduler ? DaemonScheduler.create("awskit-cache-" + builder.name) : builder.scheduler;
        this.recordHits = builder.recordHits;
        this.keyCheck = builder.keyCheck;
        this.view = builder.freshView;
        this.entries = new EntryMap<>(policy.maximumSize(), view, stats);
        this.map = entries.map();
        CachePolicy base = policy;
        Function<? super K, CachePolicy> custom = builder.policyFor;
        Function<K, CachePolicy> policies = custom == null ? key -> base : key -> {
            CachePolicy chosen = custom.apply(key);
            return chosen == null ? base : chosen;
        };
        this.machine = new EntryMachine<>(new EntryMachine.Settings<>(builder.name, builder.loader, policies,
                builder.timeSource, scheduler, builder.classifier, builder.random, recordHits), entries, stats);
        this.sync = new RefreshingCacheSync<>(this);
    }

    /**
     * Starts a builder for a cache that loads with {@code loader}.
     *
     * @param loader loads one key
     * @param <K> the key type
     * @param <V> the value type
     * @return a new builder
     * @throws NullPointerException if {@code loader} is null
     */
    public static <K, V> RefreshingCacheBuilder<K, V> builder(CacheLoader<K, V> loader) {
        return new RefreshingCacheBuilder<>(Objects.requireNonNull(loader, "loader"));
    }

    /**
     * Returns the value for {@code key}: at once when cached, else after one shared load. Never blocks.
     * Cancelling the returned future does not cancel a load other readers share.
     *
     * @param key the key
     * @return the value, or a failure: {@link CacheLoadException} with the load failure as cause
     * @throws NullPointerException if {@code key} is null
     * @throws IllegalArgumentException if the builder's key check rejects {@code key}
     */
    public CompletableFuture<V> get(K key) {
        CacheEntry<K, V> entry = map.get(key);
        if (entry != null) {
            EntryState<V> state = entry.state();
            if (state.phase() == Phase.FRESH) {
                if (recordHits) {
                    stats.hit();
                }
                return state.value();
            }
        }
        return read(Objects.requireNonNull(key, "key"), entry);
    }

    /** The slow path of a read: anything but a fresh hit. */
    CompletableFuture<V> read(K key, CacheEntry<K, V> found) {
        keyCheck.accept(key);
        return machine.read(key, found);
    }

    /**
     * Returns the value for {@code key} when it is cached and younger than its soft TTL, without waiting or
     * starting anything; the fastest read, for callers that fall back to {@link #get(Object)} on null.
     *
     * @param key the key
     * @return the fresh value, or null (absent, loading, due for refresh, stale or failed)
     * @throws NullPointerException if {@code key} is null
     */
    public V getIfFresh(K key) {
        CacheEntry<K, V> entry = map.get(key);
        V fresh = entry == null ? null : entry.fresh();
        if (fresh != null && recordHits) {
            stats.hit();
        }
        return fresh;
    }

    /**
     * Returns the fresh view of the value for {@code key} when the value is cached and younger than its soft
     * TTL: like {@link #getIfFresh(Object)}, but one field read closer to what the caller returns.
     *
     * @param key the key
     * @param view the view given to {@link RefreshingCacheBuilder#freshView(FreshView)}
     * @param <W> the view type
     * @return the view of the fresh value, or null (absent, loading, due for refresh, stale, failed, or the
     *     projection threw)
     * @throws NullPointerException if {@code key} is null
     * @throws IllegalArgumentException if {@code view} is not the view this cache was built with
     */
    public <W> W getViewIfFresh(K key, FreshView<? super V, W> view) {
        checkView(view);
        CacheEntry<K, V> entry = map.get(key);
        if (entry == null) {
            return null;
        }
        @SuppressWarnings("unchecked") // the entry holds the projection of `view`, checked above
        W fresh = (W) entry.freshView();
        if (fresh != null && recordHits) {
            stats.hit();
        }
        return fresh;
    }

    void checkView(FreshView<?, ?> asked) {
        if (asked != view) {
            throw new IllegalArgumentException("view " + asked + " is not the fresh view this cache was built with ("
                    + view + ")");
        }
    }

    /**
     * Returns a handle bound to {@code key}, for a component that reads one key again and again: its reads
     * skip the map lookup (they go to the key's entry directly) and behave exactly as {@link #get(Object)},
     * TTLs, refreshes and staleness included. If the entry leaves the cache (invalidated, evicted, dropped at
     * its hard TTL), the handle's next read finds the key's current entry. Creating a handle loads nothing.
     *
     * @param key the key
     * @return the handle; thread-safe, cheap, keep it
     * @throws NullPointerException if {@code key} is null
     * @throws IllegalArgumentException if the builder's key check rejects {@code key}
     */
    public CacheHandle<K, V> handle(K key) {
        keyCheck.accept(Objects.requireNonNull(key, "key"));
        return new CacheHandle<>(this, key, view, recordHits);
    }

    CacheEntry<K, V> entryFor(K key) {
        return entries.entryFor(key);
    }

    void hit() {
        stats.hit();
    }

    /**
     * Returns the values for {@code keys}, loading the missing ones together through {@code batchLoader}
     * (cached keys are answered from the cache, keys already loading join that load). Failures are reported
     * per key; the returned future itself fails only on a bug.
     *
     * @param keys the keys; duplicates are read once
     * @param batchLoader loads the missing keys in one go
     * @return the values and per-key failures ({@link CacheLoadException}s)
     * @throws NullPointerException if an argument or a key is null
     * @throws IllegalArgumentException if the key check rejects a key
     */
    public CompletableFuture<BatchResult<K, V>> getAll(Collection<K> keys, BatchLoader<K, V> batchLoader) {
        Objects.requireNonNull(batchLoader, "batchLoader");
        LinkedHashSet<K> distinct = new LinkedHashSet<>(Objects.requireNonNull(keys, "keys"));
        distinct.forEach(key -> keyCheck.accept(Objects.requireNonNull(key, "key")));
        Map<K, CompletableFuture<V>> reads = new LinkedHashMap<>();
        Map<K, CacheEntry<K, V>> claimed = new LinkedHashMap<>();
        Map<K, LoadRun<V>> runs = new LinkedHashMap<>();
        for (K key : distinct) {
            CacheEntry<K, V> entry = entries.entryFor(key);
            LoadRun<V> run = LoadRun.create();
            if (machine.claim(entry, run)) {
                claimed.put(key, entry);
                runs.put(key, run);
                reads.put(key, run.served());
            } else {
                reads.put(key, machine.read(key, entry));
            }
        }
        if (!claimed.isEmpty()) {
            BatchReads.load(machine, claimed, runs, batchLoader);
        }
        return BatchReads.collect(reads);
    }

    /**
     * Loads {@code key} now, whatever its age; readers keep getting the current value meanwhile. When a
     * load of the key is already running, returns that one's outcome.
     *
     * @param key the key
     * @return the loader's outcome (its own failure, not a stale value)
     * @throws NullPointerException if {@code key} is null
     * @throws IllegalArgumentException if the key check rejects {@code key}
     */
    public CompletableFuture<V> refresh(K key) {
        keyCheck.accept(Objects.requireNonNull(key, "key"));
        return machine.refresh(key);
    }

    /**
     * Drops {@code key}; the next read loads it again. A running load still completes for its readers.
     *
     * @param key the key
     * @throws NullPointerException if {@code key} is null
     */
    public void invalidate(K key) {
        entries.invalidate(Objects.requireNonNull(key, "key"));
    }

    /**
     * Drops every entry whose key matches.
     *
     * @param matching which keys to drop
     * @throws NullPointerException if {@code matching} is null
     */
    public void invalidateIf(Predicate<? super K> matching) {
        entries.invalidateIf(Objects.requireNonNull(matching, "matching"));
    }

    /** Drops every entry. */
    public void invalidateAll() {
        entries.invalidateIf(key -> true);
    }

    /**
     * Returns the number of entries, loading and failed ones included.
     *
     * @return the entry count
     */
    public long estimatedSize() {
        return map.mappingCount();
    }

    /**
     * Returns the counters since the cache was built.
     *
     * @return a snapshot
     */
    public CacheStats stats() {
        return stats.snapshot(recordHits);
    }

    /**
     * Returns the policy.
     *
     * @return the policy
     */
    public CachePolicy policy() {
        return policy;
    }

    /**
     * Returns the blocking view of this cache, the same instance every time.
     *
     * @return the view
     */
    public RefreshingCacheSync<K, V> sync() {
        return sync;
    }

    /** Stops the scheduler if the cache created it; entries stay readable but no longer refresh. */
    @Override
    public void close() {
        if (ownsScheduler) {
            scheduler.shutdownNow();
        }
    }
}

package dev.awskit.core.cache;

import dev.awskit.core.spi.DaemonScheduler;
import dev.awskit.core.TransientErrors;
import dev.awskit.core.cache.internal.BatchReads;
import dev.awskit.core.cache.internal.CacheEntry;
import dev.awskit.core.cache.internal.EntryState;
import dev.awskit.core.cache.internal.InsertionOrder;
import dev.awskit.core.cache.internal.Lifecycle;
import dev.awskit.core.cache.internal.LoadRun;
import dev.awskit.core.cache.internal.Phase;
import dev.awskit.core.cache.internal.StatsRecorder;
import dev.awskit.core.time.TimeSource;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.function.Predicate;

/**
 * An asynchronous cache that loads each key once at a time, refreshes values in the background and keeps
 * serving the last good value through transient outages. The engine behind awskit's secret, parameter and
 * item caches.
 *
 * <pre>{@code
 * RefreshingCache<String, Config> cache = RefreshingCache.builder((String id) -> fetchAsync(id))
 *         .policy(CachePolicy.builder().softTtl(Duration.ofMinutes(5)).hardTtl(Duration.ofMinutes(15)).build())
 *         .build();
 * Config config = cache.getSync("app");
 * }</pre>
 *
 * <p>Behaviour (times per {@link CachePolicy}):
 * <ul>
 *   <li>Concurrent misses of one key make one load, and all readers get its outcome.</li>
 *   <li>A hit is a map lookup and a volatile read: phase changes (soft TTL, hard TTL, backoff) are driven by
 *       tasks on the scheduler, not by reading the clock on every hit. A busy scheduler therefore delays
 *       them by as much as it is late.</li>
 *   <li>Past the soft TTL, the first read starts a refresh on the scheduler and every read keeps getting the
 *       current value. Past the hard TTL a value is not served: an entry nobody read is dropped, and readers
 *       of an entry whose refresh is still running wait for it.</li>
 *   <li>A refresh that fails with a transient error (by default {@link TransientErrors#isTransient}) keeps
 *       the last good value served up to the maximum staleness, retrying after each backoff delay, one load
 *       at a time. A failed load without a servable value, or with a non-transient error, is remembered for
 *       the backoff delay: readers get a {@link CacheLoadException} without calling the backend.</li>
 *   <li>No lock is held while loading; no method blocks except the {@code ...Sync} ones.</li>
 * </ul>
 *
 * <p>Thread-safe. Loads of values nobody reads after the soft TTL are not made. Values should be
 * immutable: every reader gets the same instance.
 *
 * @param <K> the key type: immutable, with {@code equals}/{@code hashCode} over every option that changes
 *     the value, and a {@code toString} without secrets (it appears in logs and exceptions)
 * @param <V> the value type
 */
public final class RefreshingCache<K, V> implements AutoCloseable {
    private final ConcurrentHashMap<K, CacheEntry<K, V>> map = new ConcurrentHashMap<>();
    private final CacheLoader<K, V> loader;
    private final CachePolicy policy;
    private final ScheduledExecutorService scheduler;
    private final boolean ownsScheduler;
    private final StatsRecorder stats = new StatsRecorder();
    private final InsertionOrder<K, V> order;
    private final Lifecycle<K, V> lifecycle;
    private final boolean recordHits;
    private final java.util.function.Consumer<? super K> keyCheck;
    private final java.util.function.Function<? super V, ?> freshView;

    private RefreshingCache(Builder<K, V> builder) {
        this.loader = builder.loader;
        this.policy = builder.policy;
        this.ownsScheduler = builder.scheduler == null;
        this.scheduler = ownsScheduler ? DaemonScheduler.create("awskit-cache-" + builder.name) : builder.scheduler;
        this.order = new InsertionOrder<>(policy.maximumSize());
        this.recordHits = builder.recordHits;
        this.keyCheck = builder.keyCheck;
        this.freshView = builder.freshView;
        CachePolicy base = policy;
        java.util.function.Function<? super K, CachePolicy> custom = builder.policyFor;
        java.util.function.Function<K, CachePolicy> policies = custom == null ? key -> base : key -> {
            CachePolicy chosen = custom.apply(key);
            return chosen == null ? base : chosen;
        };
        this.lifecycle = new Lifecycle<>(builder.name, policies, builder.timeSource, scheduler,
                builder.transientFailure, builder.random, stats, this::remove);
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
    public static <K, V> Builder<K, V> builder(CacheLoader<K, V> loader) {
        return new Builder<>(Objects.requireNonNull(loader, "loader"));
    }

    /**
     * Returns the value for {@code key}: at once when cached, else after one shared load. Never blocks.
     * Cancelling the returned future does not cancel a load other readers share.
     *
     * @param key the key
     * @return the value, or a failure: {@link CacheLoadException} with the load failure as cause
     * @throws NullPointerException if {@code key} is null
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
     * Returns the {@linkplain Builder#freshView fresh view} of the value for {@code key} when the value is
     * cached and younger than its soft TTL: like {@link #getIfFresh(Object)}, but one field read closer to
     * what the caller returns. Without a configured view, returns the value itself.
     *
     * @param key the key
     * @return the view of the fresh value, or null (absent, loading, due for refresh, stale, failed, or the
     *     view threw)
     * @throws NullPointerException if {@code key} is null
     */
    public Object getViewIfFresh(K key) {
        CacheEntry<K, V> entry = map.get(key);
        if (entry == null) {
            return null;
        }
        Object view = entry.freshView();
        if (view != null && recordHits) {
            stats.hit();
        }
        return view;
    }

    /**
     * Returns the value for {@code key}, waiting for a load if needed.
     *
     * @param key the key
     * @return the value
     * @throws CacheLoadException if the load failed
     * @throws NullPointerException if {@code key} is null
     */
    public V getSync(K key) {
        return dev.awskit.core.Futures.join(get(key));
    }

    private CompletableFuture<V> read(K key, CacheEntry<K, V> found) {
        keyCheck.accept(key);
        CacheEntry<K, V> entry = found;
        while (true) {
            if (entry == null || entry.isRemoved()) {
                entry = entryFor(key);
            }
            EntryState<V> state = entry.state();
            switch (state.phase()) {
                case FRESH, REFRESHING -> {
                    return hit(state);
                }
                case BACKOFF -> {
                    stats.stale();
                    return hit(state);
                }
                case REFRESH_DUE -> {
                    LoadRun<V> run = LoadRun.create();
                    EntryState<V> refreshing = state.with(Phase.REFRESHING, run);
                    if (entry.swap(state, refreshing)) {
                        lifecycle.schedule(entry, refreshing);
                        lifecycle.startInBackground(entry, run, () -> loader.load(key));
                        if (state.degraded()) {
                            stats.stale();
                        }
                        return hit(state);
                    }
                }
                case LOADING, BLOCKED -> {
                    stats.miss();
                    return state.run().served().copy();
                }
                case FAILED -> {
                    stats.miss();
                    return CompletableFuture.failedFuture(lifecycle.failure(entry, state));
                }
                case EMPTY -> {
                    LoadRun<V> run = LoadRun.create();
                    if (entry.swap(state, state.with(Phase.LOADING, run))) {
                        stats.miss();
                        lifecycle.start(entry, run, () -> loader.load(key));
                        return run.served().copy();
                    }
                }
                default -> throw new IllegalStateException(String.valueOf(state.phase()));
            }
        }
    }

    private CompletableFuture<V> hit(EntryState<V> state) {
        if (recordHits) {
            stats.hit();
        }
        return state.value();
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
     */
    public CompletableFuture<BatchResult<K, V>> getAll(Collection<K> keys, BatchLoader<K, V> batchLoader) {
        Objects.requireNonNull(batchLoader, "batchLoader");
        Map<K, CompletableFuture<V>> reads = new LinkedHashMap<>();
        Map<K, CacheEntry<K, V>> claimed = new LinkedHashMap<>();
        Map<K, LoadRun<V>> runs = new LinkedHashMap<>();
        LinkedHashSet<K> distinct = new LinkedHashSet<>(Objects.requireNonNull(keys, "keys"));
        distinct.forEach(key -> keyCheck.accept(Objects.requireNonNull(key, "key")));
        for (K key : distinct) {
            CacheEntry<K, V> entry = entryFor(key);
            EntryState<V> state = entry.state();
            LoadRun<V> run = LoadRun.create();
            if (state.phase() == Phase.EMPTY && entry.swap(state, state.with(Phase.LOADING, run))) {
                stats.miss();
                claimed.put(key, entry);
                runs.put(key, run);
                reads.put(key, run.served());
            } else {
                reads.put(key, read(key, entry));
            }
        }
        if (!claimed.isEmpty()) {
            BatchReads.load(lifecycle, claimed, runs, batchLoader);
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
     */
    public CompletableFuture<V> refresh(K key) {
        keyCheck.accept(Objects.requireNonNull(key, "key"));
        while (true) {
            CacheEntry<K, V> entry = entryFor(key);
            EntryState<V> state = entry.state();
            if (state.run() != null) {
                return state.run().raw().copy();
            }
            LoadRun<V> run = LoadRun.create();
            EntryState<V> next = state.with(state.value() == null ? Phase.LOADING : Phase.REFRESHING, run);
            if (entry.swap(state, next)) {
                lifecycle.schedule(entry, next);
                lifecycle.start(entry, run, () -> loader.load(key));
                return run.raw().copy();
            }
        }
    }

    /**
     * Drops {@code key}; the next read loads it again. A running load still completes for its readers.
     *
     * @param key the key
     * @throws NullPointerException if {@code key} is null
     */
    public void invalidate(K key) {
        CacheEntry<K, V> entry = map.remove(Objects.requireNonNull(key, "key"));
        if (entry != null) {
            entry.markRemoved();
        }
    }

    /**
     * Drops every entry whose key matches.
     *
     * @param matching which keys to drop
     * @throws NullPointerException if {@code matching} is null
     */
    public void invalidateIf(Predicate<? super K> matching) {
        Objects.requireNonNull(matching, "matching");
        map.keySet().stream().filter(matching).toList().forEach(this::invalidate);
    }

    /** Drops every entry. */
    public void invalidateAll() {
        map.keySet().forEach(this::invalidate);
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

    /** Stops the scheduler if the cache created it; entries stay readable but no longer refresh. */
    @Override
    public void close() {
        if (ownsScheduler) {
            scheduler.shutdownNow();
        }
    }

    private CacheEntry<K, V> entryFor(K key) {
        CacheEntry<K, V> existing = map.get(key);
        while (existing != null) {
            if (!existing.isRemoved()) {
                return existing;
            }
            remove(existing, true);
            existing = map.get(key);
        }
        CacheEntry<K, V> created = new CacheEntry<>(key, freshView);
        CacheEntry<K, V> raced = map.putIfAbsent(key, created);
        if (raced != null) {
            return entryFor(key);
        }
        order.inserted(created);
        while (map.mappingCount() > policy.maximumSize()) {
            CacheEntry<K, V> oldest = order.pollOldest();
            if (oldest == null) {
                break;
            }
            if (oldest != created && map.remove(oldest.key(), oldest)) {
                oldest.markRemoved();
                stats.eviction();
            }
        }
        return created;
    }

    private void remove(CacheEntry<K, V> entry, boolean expired) {
        if (map.remove(entry.key(), entry)) {
            entry.markRemoved();
            if (expired) {
                stats.expiration();
            }
        }
    }

    /**
     * Builds a {@link RefreshingCache}. Not thread-safe; {@link #build()} copies its state.
     *
     * @param <K> the key type
     * @param <V> the value type
     */
    public static final class Builder<K, V> {
        private final CacheLoader<K, V> loader;
        private CachePolicy policy = CachePolicy.defaults();
        private TimeSource timeSource = TimeSource.system();
        private ScheduledExecutorService scheduler;
        private Predicate<Throwable> transientFailure = TransientErrors::isTransient;
        private DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();
        private String name = "cache";
        private java.util.function.Function<? super K, CachePolicy> policyFor;
        private boolean recordHits;
        private java.util.function.Consumer<? super K> keyCheck = key -> { };
        private java.util.function.Function<? super V, ?> freshView;

        private Builder(CacheLoader<K, V> loader) {
            this.loader = loader;
        }

        /**
         * Sets the policy (default {@link CachePolicy#defaults()}).
         *
         * @param policy the policy
         * @return this builder
         */
        public Builder<K, V> policy(CachePolicy policy) {
            this.policy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * Gives some keys their own policy (TTLs, staleness, backoff); keys for which {@code policyFor}
         * returns null use {@link #policy(CachePolicy)}. The size bound always comes from the main policy.
         *
         * @param policyFor the policy of a key, or null for the main one; called on every load
         * @return this builder
         */
        public Builder<K, V> policyFor(java.util.function.Function<? super K, CachePolicy> policyFor) {
            this.policyFor = Objects.requireNonNull(policyFor, "policyFor");
            return this;
        }

        /**
         * Counts hits too (default off). Every other counter is kept on the slow path and always on; a hit
         * counter costs a contended atomic add on every hit, about as much as the rest of the hit itself.
         *
         * @param recordHits whether {@link CacheStats#hits()} counts
         * @return this builder
         */
        public Builder<K, V> recordHits(boolean recordHits) {
            this.recordHits = recordHits;
            return this;
        }

        /**
         * Sets a precondition on keys, run before a key is first loaded (never on a hit); it throws to reject
         * the key, before any load starts.
         *
         * @param keyCheck throws, typically {@link IllegalArgumentException}, for a bad key
         * @return this builder
         */
        public Builder<K, V> keyCheck(java.util.function.Consumer<? super K> keyCheck) {
            this.keyCheck = Objects.requireNonNull(keyCheck, "keyCheck");
            return this;
        }

        /**
         * Sets what {@link RefreshingCache#getViewIfFresh(Object)} returns: {@code view} is applied once each
         * time a value becomes fresh and its result is kept beside the value, so a hit that only needs, say,
         * one field of the value does not dereference the value on every read. It should be a cheap, pure
         * projection; if it throws, the value has no fresh view and {@code getViewIfFresh} returns null.
         *
         * @param view maps a loaded value to what view readers get (non-null for a non-null value)
         * @return this builder
         */
        public Builder<K, V> freshView(java.util.function.Function<? super V, ?> view) {
            this.freshView = Objects.requireNonNull(view, "view");
            return this;
        }

        /**
         * Sets where time is read (default the system clock). Use the same {@code VirtualTime} as time source
         * and scheduler in tests.
         *
         * @param timeSource the time source
         * @return this builder
         */
        public Builder<K, V> timeSource(TimeSource timeSource) {
            this.timeSource = Objects.requireNonNull(timeSource, "timeSource");
            return this;
        }

        /**
         * Sets where refreshes start and phase deadlines run (default: one daemon thread owned by the cache
         * and stopped by {@link RefreshingCache#close()}). A given scheduler is never shut down by the cache.
         *
         * @param scheduler the scheduler
         * @return this builder
         */
        public Builder<K, V> scheduler(ScheduledExecutorService scheduler) {
            this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
            return this;
        }

        /**
         * Sets which failures are transient, allowing stale values to be served (default
         * {@link TransientErrors#isTransient(Throwable)}).
         *
         * @param transientFailure the test
         * @return this builder
         */
        public Builder<K, V> transientFailure(Predicate<Throwable> transientFailure) {
            this.transientFailure = Objects.requireNonNull(transientFailure, "transientFailure");
            return this;
        }

        /**
         * Sets the source of TTL jitter, values in {@code [0, 1)} (default thread-local random).
         *
         * @param random the source
         * @return this builder
         */
        public Builder<K, V> random(DoubleSupplier random) {
            this.random = Objects.requireNonNull(random, "random");
            return this;
        }

        /**
         * Names the cache in log lines and errors (default {@code cache}).
         *
         * @param name a short name
         * @return this builder
         */
        public Builder<K, V> name(String name) {
            this.name = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * Builds the cache.
         *
         * @return the cache
         */
        public RefreshingCache<K, V> build() {
            return new RefreshingCache<>(this);
        }
    }
}

package dev.awskit.core.cache;

import dev.awskit.core.time.TimeSource;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import java.util.function.Function;

/**
 * Builds a {@link RefreshingCache}; start with {@link RefreshingCache#builder(CacheLoader)}. Not thread-safe;
 * {@link #build()} copies its state, so reusing a builder cannot change a cache already built.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public final class RefreshingCacheBuilder<K, V> {
    final CacheLoader<K, V> loader;
    CachePolicy policy = CachePolicy.defaults();
    TimeSource timeSource = TimeSource.system();
    ScheduledExecutorService scheduler;
    FailureClassifier classifier = FailureClassifier.defaults();
    DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();
    String name = "cache";
    Function<? super K, CachePolicy> policyFor;
    boolean recordHits;
    Consumer<? super K> keyCheck = key -> { };
    FreshView<? super V, ?> freshView;

    RefreshingCacheBuilder(CacheLoader<K, V> loader) {
        this.loader = loader;
    }

    /**
     * Sets the policy (default {@link CachePolicy#defaults()}).
     *
     * @param policy the policy
     * @return this builder
     * @throws NullPointerException if {@code policy} is null
     */
    public RefreshingCacheBuilder<K, V> policy(CachePolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
        return this;
    }

    /**
     * Gives some keys their own policy (TTLs, staleness, backoff); keys for which {@code policyFor} returns null
     * use {@link #policy(CachePolicy)}. The size bound always comes from the main policy.
     *
     * @param policyFor the policy of a key, or null for the main one; called on every load, must be fast
     * @return this builder
     * @throws NullPointerException if {@code policyFor} is null
     */
    public RefreshingCacheBuilder<K, V> policyFor(Function<? super K, CachePolicy> policyFor) {
        this.policyFor = Objects.requireNonNull(policyFor, "policyFor");
        return this;
    }

    /**
     * Counts hits too (default off). Every other counter is kept on the slow path and always on; a hit counter
     * costs a contended atomic add on every hit, about as much as the rest of the hit itself.
     *
     * @param recordHits whether {@link CacheStats#hits()} counts
     * @return this builder
     */
    public RefreshingCacheBuilder<K, V> recordHits(boolean recordHits) {
        this.recordHits = recordHits;
        return this;
    }

    /**
     * Sets a precondition on keys, run before a key is loaded or a handle is made (never on a hit); it throws to
     * reject the key, before any load starts. Default: every non-null key is accepted.
     *
     * @param keyCheck throws, typically {@link IllegalArgumentException}, for a bad key
     * @return this builder
     * @throws NullPointerException if {@code keyCheck} is null
     */
    public RefreshingCacheBuilder<K, V> keyCheck(Consumer<? super K> keyCheck) {
        this.keyCheck = Objects.requireNonNull(keyCheck, "keyCheck");
        return this;
    }

    /**
     * Keeps a projection of each fresh value beside it, read by
     * {@link RefreshingCache#getViewIfFresh(Object, FreshView)} and {@link CacheHandle#getViewIfFresh(FreshView)}
     * with the same {@code view} instance (default: none).
     *
     * @param view the projection, applied once each time a value becomes fresh
     * @return this builder
     * @throws NullPointerException if {@code view} is null
     */
    public RefreshingCacheBuilder<K, V> freshView(FreshView<? super V, ?> view) {
        this.freshView = Objects.requireNonNull(view, "view");
        return this;
    }

    /**
     * Sets where time is read (default the system clock). Use the same {@code VirtualTime} as time source and
     * scheduler in tests.
     *
     * @param timeSource the time source
     * @return this builder
     * @throws NullPointerException if {@code timeSource} is null
     */
    public RefreshingCacheBuilder<K, V> timeSource(TimeSource timeSource) {
        this.timeSource = Objects.requireNonNull(timeSource, "timeSource");
        return this;
    }

    /**
     * Sets where refreshes start and phase deadlines run (default: one daemon thread owned by the cache and
     * stopped by {@link RefreshingCache#close()}). A given scheduler is never shut down by the cache.
     *
     * @param scheduler the scheduler
     * @return this builder
     * @throws NullPointerException if {@code scheduler} is null
     */
    public RefreshingCacheBuilder<K, V> scheduler(ScheduledExecutorService scheduler) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        return this;
    }

    /**
     * Sets what failed loads mean: which say the item is gone or forbidden (ending stale serving past the hard
     * TTL) and which are outages (default {@link FailureClassifier#defaults()}, whose table is on that type).
     * Compose with the default to add your own failures:
     * {@code e -> e instanceof NoSuchItem ? FailureKind.NOT_FOUND : FailureClassifier.defaults().classify(e)}.
     *
     * @param classifier the classifier
     * @return this builder
     * @throws NullPointerException if {@code classifier} is null
     */
    public RefreshingCacheBuilder<K, V> failureClassifier(FailureClassifier classifier) {
        this.classifier = Objects.requireNonNull(classifier, "classifier");
        return this;
    }

    /**
     * Sets the source of TTL jitter, values in {@code [0, 1)} (default thread-local random).
     *
     * @param random the source
     * @return this builder
     * @throws NullPointerException if {@code random} is null
     */
    public RefreshingCacheBuilder<K, V> random(DoubleSupplier random) {
        this.random = Objects.requireNonNull(random, "random");
        return this;
    }

    /**
     * Names the cache in log lines and errors ({@link CacheLoadException#cacheName()}; default {@code cache}).
     *
     * @param name a short name
     * @return this builder
     * @throws NullPointerException if {@code name} is null
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public RefreshingCacheBuilder<K, V> name(String name) {
        this.name = dev.awskit.core.spi.Checks.notBlank(name, "name");
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

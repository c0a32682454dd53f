package dev.awskit.secrets;

import dev.awskit.core.cache.CachePolicy;
import dev.awskit.core.cache.FailureClassifier;
import dev.awskit.core.time.TimeSource;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The settings {@link SecretCache.Builder} and {@link ParameterCache.Builder} share: the cache policy for every
 * entry and per name, what failures mean, hit counting, the time source, the scheduler, and where a sync
 * client's calls run. The client itself is the argument of {@code builder(client)}. Not thread-safe;
 * {@code build()} copies the settings.
 *
 * @param <B> the concrete builder, returned by every setter for chaining
 */
public abstract class CacheBuilder<B extends CacheBuilder<B>> {
    CachePolicy policy = CachePolicy.defaults();
    final Map<String, CachePolicy> overrides = new HashMap<>();
    FailureClassifier failureClassifier = FailureClassifier.defaults();
    TimeSource timeSource = TimeSource.system();
    ScheduledExecutorService scheduler;
    Executor executor;
    boolean recordHits;
    private final boolean syncClient;

    CacheBuilder(boolean syncClient) {
        this.syncClient = syncClient;
    }

    /** Checks a name given to {@link #policy(String, CachePolicy)} and returns it as reads will key it. */
    abstract String overrideKey(String name);

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    /** Checks the settings that depend on each other, before the cache is built. */
    void check() {
        if (executor != null && !syncClient) {
            throw new IllegalStateException("executor(...) is for a sync client's calls; this cache was given an "
                    + "async client, whose calls never block");
        }
    }

    /**
     * Counts hits in the cache's {@code stats()} (default off: counting costs about as much as the hit).
     *
     * @param recordHits whether to count hits
     * @return this builder
     */
    public B recordHits(boolean recordHits) {
        this.recordHits = recordHits;
        return self();
    }

    /**
     * Sets the policy for every entry (default {@link CachePolicy#defaults()}: soft TTL 5 minutes, hard TTL 15
     * minutes, maximum staleness 1 hour).
     *
     * @param policy the policy
     * @return this builder
     * @throws NullPointerException if {@code policy} is null
     */
    public B policy(CachePolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
        return self();
    }

    /**
     * Gives one secret, parameter or parameter path its own policy, for example a shorter TTL for a secret
     * rotated often.
     *
     * @param name the secret id, or the parameter name (with any selector) or path, as it will be read
     * @param policy the policy
     * @return this builder
     * @throws IllegalArgumentException if {@code name} is not a valid secret id or parameter name
     * @throws NullPointerException if {@code policy} is null
     */
    public B policy(String name, CachePolicy policy) {
        overrides.put(overrideKey(name), Objects.requireNonNull(policy, "policy"));
        return self();
    }

    /**
     * Sets what failed reads mean (default {@link FailureClassifier#defaults()}): which say the secret or
     * parameter is gone or forbidden, ending stale serving once the hard TTL has passed, and which are outages,
     * during which the last good value is served up to the maximum staleness.
     *
     * @param failureClassifier the classifier
     * @return this builder
     * @throws NullPointerException if {@code failureClassifier} is null
     */
    public B failureClassifier(FailureClassifier failureClassifier) {
        this.failureClassifier = Objects.requireNonNull(failureClassifier, "failureClassifier");
        return self();
    }

    /**
     * Sets the time source (default the system clock).
     *
     * @param timeSource the time source
     * @return this builder
     * @throws NullPointerException if {@code timeSource} is null
     */
    public B timeSource(TimeSource timeSource) {
        this.timeSource = Objects.requireNonNull(timeSource, "timeSource");
        return self();
    }

    /**
     * Sets where refreshes and TTL deadlines run (default a daemon thread owned by the cache).
     *
     * @param scheduler the scheduler; never shut down by the cache
     * @return this builder
     * @throws NullPointerException if {@code scheduler} is null
     */
    public B scheduler(ScheduledExecutorService scheduler) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        return self();
    }

    /**
     * Sets where the blocking calls of a sync client run (default: a pool of at most 4 daemon threads that the
     * cache creates at its first call and shuts down on {@code close()}). Readers never wait on their own thread
     * for a call: an async read returns at once, a blocking read waits for the shared load.
     *
     * @param executor the executor; never shut down by the cache
     * @return this builder
     * @throws NullPointerException if {@code executor} is null
     * @throws IllegalStateException at {@code build()}, if the cache was given an async client
     */
    public B executor(Executor executor) {
        this.executor = Objects.requireNonNull(executor, "executor");
        return self();
    }
}

package dev.awskit.secrets;

import dev.awskit.core.cache.CachePolicy;
import dev.awskit.core.time.TimeSource;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The settings {@link SecretCache.Builder} and {@link ParameterCache.Builder} share: the client, the cache
 * policy for every entry and per name, hit counting, the time source and the scheduler. Not thread-safe.
 *
 * @param <B> the concrete builder, returned by every setter for chaining
 * @param <C> the SDK client type
 */
public abstract class CacheBuilder<B extends CacheBuilder<B, C>, C> {
    C client;
    CachePolicy policy = CachePolicy.defaults();
    final Map<String, CachePolicy> overrides = new HashMap<>();
    TimeSource timeSource = TimeSource.system();
    ScheduledExecutorService scheduler;
    boolean recordHits;

    CacheBuilder() {
    }

    /** Checks a name given to {@link #policy(String, CachePolicy)} and returns it as reads will key it. */
    abstract String overrideKey(String name);

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
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
     * Sets the client (required); the cache never closes it.
     *
     * @param client the client
     * @return this builder
     * @throws NullPointerException if {@code client} is null
     */
    public B client(C client) {
        this.client = Objects.requireNonNull(client, "client");
        return self();
    }

    /**
     * Sets the policy for every entry (default {@link CachePolicy#defaults()}).
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
}

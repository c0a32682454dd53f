package dev.awskit.core.cache;

import dev.awskit.core.backoff.Backoff;
import java.time.Duration;
import java.util.Objects;

/**
 * How long a {@link RefreshingCache} keeps values and how it behaves when the backend fails. Immutable;
 * validated when built.
 *
 * <ul>
 *   <li>{@code softTtl} (default 5 minutes): after this age the first read starts a background refresh and
 *       every read keeps getting the current value at once.</li>
 *   <li>{@code hardTtl} (default 15 minutes): a value older than this is never served, unless its refresh
 *       failed with a transient error (stale-if-error, below). An entry nobody read is dropped then.</li>
 *   <li>{@code maxStaleness} (default 1 hour): while refreshes fail with transient errors (throttling, 5xx,
 *       timeouts, broken connections) the last good value is served until it is this old; after that readers
 *       get a {@link CacheLoadException} with {@link CacheLoadException#isStale()} set.</li>
 *   <li>{@code jitter} (default 0.1): each entry's soft and hard TTL are shortened by a random share up to
 *       this fraction, so entries loaded together do not refresh together.</li>
 *   <li>{@code errorBackoff} (default exponential from 1 s to 1 minute, 20 % jitter): the wait after the
 *       n-th failed load before the next attempt; a failed first load is remembered (answered with the same
 *       error) for that long, so a burst of readers does not hammer a failing backend.</li>
 *   <li>{@code maximumSize} (default 10,000): when exceeded, the entry inserted longest ago is evicted.</li>
 * </ul>
 */
public final class CachePolicy {
    private static final CachePolicy DEFAULTS = new Builder().build();

    private final Duration softTtl;
    private final Duration hardTtl;
    private final Duration maxStaleness;
    private final double jitter;
    private final Backoff errorBackoff;
    private final int maximumSize;

    private CachePolicy(Builder builder) {
        this.softTtl = positive("softTtl", builder.softTtl);
        this.hardTtl = positive("hardTtl", builder.hardTtl);
        this.maxStaleness = positive("maxStaleness", builder.maxStaleness);
        this.errorBackoff = Objects.requireNonNull(builder.errorBackoff, "errorBackoff");
        this.jitter = builder.jitter;
        this.maximumSize = builder.maximumSize;
        if (hardTtl.compareTo(softTtl) < 0) {
            throw new IllegalArgumentException("hardTtl " + hardTtl + " must not be shorter than softTtl " + softTtl);
        }
        if (maxStaleness.compareTo(hardTtl) < 0) {
            throw new IllegalArgumentException(
                    "maxStaleness " + maxStaleness + " must not be shorter than hardTtl " + hardTtl);
        }
        if (!(jitter >= 0.0 && jitter < 1.0)) {
            throw new IllegalArgumentException("jitter must be at least 0 and below 1: " + jitter);
        }
        if (maximumSize < 1) {
            throw new IllegalArgumentException("maximumSize must be at least 1: " + maximumSize);
        }
    }

    private static Duration positive(String name, Duration value) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
        return value;
    }

    /**
     * Returns the defaults described on this class.
     *
     * @return the default policy
     */
    public static CachePolicy defaults() {
        return DEFAULTS;
    }

    /**
     * Starts a builder with the defaults.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a builder with this policy's settings.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** @return the age after which a read starts a background refresh */
    public Duration softTtl() {
        return softTtl;
    }

    /** @return the age after which a value is not served unless its refresh failed transiently */
    public Duration hardTtl() {
        return hardTtl;
    }

    /** @return the greatest age a value is served at while refreshes fail transiently */
    public Duration maxStaleness() {
        return maxStaleness;
    }

    /** @return the largest share by which soft and hard TTL are randomly shortened */
    public double jitter() {
        return jitter;
    }

    /** @return the waits between failed loads */
    public Backoff errorBackoff() {
        return errorBackoff;
    }

    /** @return the most entries kept */
    public int maximumSize() {
        return maximumSize;
    }

    @Override
    public String toString() {
        return "CachePolicy[softTtl=" + softTtl + ", hardTtl=" + hardTtl + ", maxStaleness=" + maxStaleness
                + ", jitter=" + jitter + ", errorBackoff=" + errorBackoff + ", maximumSize=" + maximumSize + "]";
    }

    /** Builds a {@link CachePolicy}. Not thread-safe; {@link #build()} copies its state. */
    public static final class Builder {
        private Duration softTtl = Duration.ofMinutes(5);
        private Duration hardTtl = Duration.ofMinutes(15);
        private Duration maxStaleness = Duration.ofHours(1);
        private double jitter = 0.1;
        private Backoff errorBackoff = Backoff.exponential(Duration.ofSeconds(1), Duration.ofMinutes(1))
                .withJitter(0.2);
        private int maximumSize = 10_000;

        private Builder() {
        }

        private Builder(CachePolicy policy) {
            softTtl = policy.softTtl;
            hardTtl = policy.hardTtl;
            maxStaleness = policy.maxStaleness;
            jitter = policy.jitter;
            errorBackoff = policy.errorBackoff;
            maximumSize = policy.maximumSize;
        }

        /**
         * Sets the age after which a read starts a background refresh.
         *
         * @param softTtl positive, not longer than {@code hardTtl}
         * @return this builder
         */
        public Builder softTtl(Duration softTtl) {
            this.softTtl = softTtl;
            return this;
        }

        /**
         * Sets the age after which a value is no longer served (outside stale-if-error).
         *
         * @param hardTtl positive, between {@code softTtl} and {@code maxStaleness}
         * @return this builder
         */
        public Builder hardTtl(Duration hardTtl) {
            this.hardTtl = hardTtl;
            return this;
        }

        /**
         * Sets soft and hard TTL to the same age: every read past it waits for a fresh value.
         *
         * @param ttl positive
         * @return this builder
         */
        public Builder ttl(Duration ttl) {
            this.softTtl = ttl;
            this.hardTtl = ttl;
            return this;
        }

        /**
         * Sets the greatest age a value is served at while refreshes fail transiently.
         *
         * @param maxStaleness positive, not shorter than {@code hardTtl}
         * @return this builder
         */
        public Builder maxStaleness(Duration maxStaleness) {
            this.maxStaleness = maxStaleness;
            return this;
        }

        /**
         * Sets the largest share by which each entry's TTLs are randomly shortened.
         *
         * @param jitter from 0 (none) to below 1
         * @return this builder
         */
        public Builder jitter(double jitter) {
            this.jitter = jitter;
            return this;
        }

        /**
         * Sets the waits between failed loads of one key.
         *
         * @param errorBackoff the schedule
         * @return this builder
         */
        public Builder errorBackoff(Backoff errorBackoff) {
            this.errorBackoff = errorBackoff;
            return this;
        }

        /**
         * Sets the most entries kept.
         *
         * @param maximumSize at least 1
         * @return this builder
         */
        public Builder maximumSize(int maximumSize) {
            this.maximumSize = maximumSize;
            return this;
        }

        /**
         * Validates and builds the policy.
         *
         * @return the policy
         * @throws IllegalArgumentException if a duration is not positive, the TTLs are out of order, the
         *     jitter is outside {@code [0, 1)} or the size is below 1
         * @throws NullPointerException if a duration or the backoff is null
         */
        public CachePolicy build() {
            return new CachePolicy(this);
        }
    }
}

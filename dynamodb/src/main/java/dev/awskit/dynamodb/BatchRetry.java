package dev.awskit.dynamodb;

import dev.awskit.core.backoff.Backoff;
import dev.awskit.core.spi.Checks;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How batch writes and batch reads retry what DynamoDB left unprocessed (or a throttled request): exponential backoff
 * with full jitter, up to an attempt limit and, optionally, a time limit per item.
 *
 * <p>Defaults: {@code Backoff.exponential(50 ms, 5 s)} with full jitter, 10 attempts per item, no time limit.
 * Immutable.
 */
public final class BatchRetry {
    private static final BatchRetry DEFAULTS = builder().build();

    private final Backoff backoff;
    private final int maxAttempts;
    private final Duration timeout;

    private BatchRetry(Builder builder) {
        this.backoff = builder.backoff;
        this.maxAttempts = builder.maxAttempts;
        this.timeout = builder.timeout;
    }

    /** @return the defaults */
    public static BatchRetry defaults() {
        return DEFAULTS;
    }

    /** @return a builder with the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding these settings */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.backoff = backoff;
        builder.maxAttempts = maxAttempts;
        builder.timeout = timeout;
        return builder;
    }

    /** @return the wait before each retry, by the number of attempts the item has had */
    public Backoff backoff() {
        return backoff;
    }

    /** @return the most times one item is sent */
    public int maxAttempts() {
        return maxAttempts;
    }

    /** @return how long after its first attempt an item may still be retried, or empty for no limit */
    public Optional<Duration> timeout() {
        return Optional.ofNullable(timeout);
    }

    @Override
    public String toString() {
        return "BatchRetry[backoff=" + backoff + ", maxAttempts=" + maxAttempts + ", timeout=" + timeout + "]";
    }

    /** Builds a {@link BatchRetry}. Not thread-safe. */
    public static final class Builder {
        private Backoff backoff = Backoff.exponential(Duration.ofMillis(50), Duration.ofSeconds(5));
        private int maxAttempts = 10;
        private Duration timeout;

        private Builder() {
        }

        /**
         * Sets the wait before each retry.
         *
         * @param backoff the schedule; {@code delay(n)} is the wait after an item's n-th attempt
         * @return this builder
         */
        public Builder backoff(Backoff backoff) {
            this.backoff = Objects.requireNonNull(backoff, "backoff");
            return this;
        }

        /**
         * Sets the most times one item is sent; after that it is reported as failed.
         *
         * @param maxAttempts 1 or more (1: no retry)
         * @return this builder
         * @throws IllegalArgumentException if {@code maxAttempts < 1}
         */
        public Builder maxAttempts(int maxAttempts) {
            this.maxAttempts = Checks.inRange(maxAttempts, 1, Integer.MAX_VALUE, "maxAttempts");
            return this;
        }

        /**
         * Stops retrying an item once this long has passed since its first attempt (the next wait would pass it).
         *
         * @param timeout positive
         * @return this builder
         * @throws IllegalArgumentException if {@code timeout} is not positive
         */
        public Builder timeout(Duration timeout) {
            this.timeout = Checks.positive(timeout, "timeout");
            return this;
        }

        /**
         * Builds the settings.
         *
         * @return the settings
         */
        public BatchRetry build() {
            return new BatchRetry(this);
        }
    }
}

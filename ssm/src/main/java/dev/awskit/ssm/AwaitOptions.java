package dev.awskit.ssm;

import dev.awskit.core.spi.Checks;
import java.time.Duration;
import java.util.Objects;

/**
 * How long one await may take and what happens at the deadline. Immutable.
 *
 * <p>Defaults: timeout 30 minutes; on timeout the execution is left running ({@code stopOnTimeout false});
 * when stopping, the wait for it to leave {@code Cancelling} lasts at most 5 minutes.
 *
 * <pre>{@code
 * AwaitOptions.builder().timeout(Duration.ofMinutes(10)).stopOnTimeout(true).build();
 * }</pre>
 */
public final class AwaitOptions {
    private static final AwaitOptions DEFAULTS = builder().build();

    private final Duration timeout;
    private final boolean stopOnTimeout;
    private final Duration stopTimeout;

    private AwaitOptions(Builder b) {
        this.timeout = b.timeout;
        this.stopOnTimeout = b.stopOnTimeout;
        this.stopTimeout = b.stopTimeout;
    }

    /**
     * Returns the defaults.
     *
     * @return the default options
     */
    public static AwaitOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Returns the defaults with another timeout.
     *
     * @param timeout the deadline, positive
     * @return options
     * @throws IllegalArgumentException if {@code timeout} is not positive
     */
    public static AwaitOptions timeout(Duration timeout) {
        return builder().timeout(timeout).build();
    }

    /**
     * Starts options from the defaults.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding these options.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        return new Builder().timeout(timeout).stopOnTimeout(stopOnTimeout).stopTimeout(stopTimeout);
    }

    /** @return the deadline for the wait, counted from its start */
    public Duration timeout() {
        return timeout;
    }

    /** @return whether the execution is stopped ({@code Cancel}) when the deadline passes */
    public boolean stopOnTimeout() {
        return stopOnTimeout;
    }

    /** @return how long to wait, after a stop, for the execution to leave {@code Cancelling} */
    public Duration stopTimeout() {
        return stopTimeout;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AwaitOptions o && timeout.equals(o.timeout) && stopOnTimeout == o.stopOnTimeout
                && stopTimeout.equals(o.stopTimeout);
    }

    @Override
    public int hashCode() {
        return Objects.hash(timeout, stopOnTimeout, stopTimeout);
    }

    @Override
    public String toString() {
        return "AwaitOptions[timeout=" + timeout + ", stopOnTimeout=" + stopOnTimeout + ", stopTimeout="
                + stopTimeout + "]";
    }

    /** Builds {@link AwaitOptions}. Not thread-safe; {@link #build()} copies its state. */
    public static final class Builder {
        private Duration timeout = Duration.ofMinutes(30);
        private boolean stopOnTimeout;
        private Duration stopTimeout = Duration.ofMinutes(5);

        private Builder() {
        }

        /**
         * Sets the deadline.
         *
         * @param timeout positive
         * @return this builder
         * @throws NullPointerException if {@code timeout} is null
         * @throws IllegalArgumentException if {@code timeout} is not positive
         */
        public Builder timeout(Duration timeout) {
            this.timeout = Checks.positive(timeout, "timeout");
            return this;
        }

        /**
         * Stops the execution when the deadline passes, then waits until it leaves {@code Cancelling}.
         *
         * @param stopOnTimeout true to stop
         * @return this builder
         */
        public Builder stopOnTimeout(boolean stopOnTimeout) {
            this.stopOnTimeout = stopOnTimeout;
            return this;
        }

        /**
         * Sets how long to wait for a stopped execution to leave {@code Cancelling}.
         *
         * @param stopTimeout positive
         * @return this builder
         * @throws NullPointerException if {@code stopTimeout} is null
         * @throws IllegalArgumentException if {@code stopTimeout} is not positive
         */
        public Builder stopTimeout(Duration stopTimeout) {
            this.stopTimeout = Checks.positive(stopTimeout, "stopTimeout");
            return this;
        }

        /**
         * Builds the options.
         *
         * @return immutable options
         */
        public AwaitOptions build() {
            return new AwaitOptions(this);
        }
    }
}

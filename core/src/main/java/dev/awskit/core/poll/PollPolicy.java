package dev.awskit.core.poll;

import dev.awskit.core.TransientErrors;
import dev.awskit.core.backoff.Backoff;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * How one wait polls: what an answer means, how long to wait between polls, when to give up, which errors
 * to ride out, and who to tell. Immutable and thread-safe; one policy may serve any number of waits.
 *
 * <pre>{@code
 * PollPolicy<GetAutomationExecutionResponse> policy = PollPolicy.<GetAutomationExecutionResponse>builder()
 *     .name("automation " + id)
 *     .classifier(r -> classify(r.automationExecution().automationExecutionStatus()))
 *     .backoff(Backoff.stepped().step(Duration.ofMillis(2500), 4).step(Duration.ofSeconds(5), 7)
 *                     .then(Duration.ofSeconds(15)))
 *     .timeout(Duration.ofMinutes(30))
 *     .build();
 * }</pre>
 *
 * <p>Defaults: backoff exponential from 1 s to 30 s with 20 % jitter; after transient errors the wait is at
 * least {@link Builder#errorBackoff(Backoff) errorBackoff} (exponential from 1 s to 30 s, full jitter) for the
 * number of errors in a row; timeout 10 minutes; no attempt limit; first poll at once; transient errors as
 * decided by {@link TransientErrors#isTransient(Throwable)}.
 *
 * @param <T> the answer type
 */
public final class PollPolicy<T> {
    static final Backoff DEFAULT_BACKOFF =
            Backoff.exponential(Duration.ofSeconds(1), Duration.ofSeconds(30)).withJitter(0.2);
    static final Backoff DEFAULT_ERROR_BACKOFF = Backoff.exponential(Duration.ofSeconds(1), Duration.ofSeconds(30));
    static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(10);

    private final String name;
    private final PollClassifier<T> classifier;
    private final Backoff backoff;
    private final Backoff errorBackoff;
    private final Duration timeout;
    private final int maxAttempts;
    private final Duration initialDelay;
    private final Predicate<Throwable> transientErrors;
    private final Predicate<Throwable> notVisibleYet;
    private final Duration notVisibleYetWindow;
    private final Function<? super T, String> status;
    private final PollListener<T> listener;

    private PollPolicy(Builder<T> b) {
        this.name = b.name;
        this.classifier = Objects.requireNonNull(b.classifier, "classifier is required");
        this.backoff = b.backoff;
        this.errorBackoff = b.errorBackoff;
        this.timeout = b.timeout;
        this.maxAttempts = b.maxAttempts;
        this.initialDelay = b.initialDelay;
        this.transientErrors = b.transientErrors;
        this.notVisibleYet = b.notVisibleYet;
        this.notVisibleYetWindow = b.notVisibleYetWindow;
        this.status = b.status;
        this.listener = b.listener;
    }

    /**
     * Starts a policy.
     *
     * @param <T> the answer type
     * @return a builder with the defaults
     */
    public static <T> Builder<T> builder() {
        return new Builder<>();
    }

    /**
     * Returns a builder holding this policy's settings.
     *
     * @return a builder
     */
    public Builder<T> toBuilder() {
        return new Builder<>(this);
    }

    /** @return the wait's name, used in logs and exceptions */
    public String name() {
        return name;
    }

    /** @return what an answer means */
    public PollClassifier<T> classifier() {
        return classifier;
    }

    /** @return the wait between polls */
    public Backoff backoff() {
        return backoff;
    }

    /** @return the least wait after transient errors, by errors in a row */
    public Backoff errorBackoff() {
        return errorBackoff;
    }

    /** @return the overall deadline, counted from the start of the wait */
    public Duration timeout() {
        return timeout;
    }

    /** @return the most polls made */
    public int maxAttempts() {
        return maxAttempts;
    }

    /** @return the wait before the first poll */
    public Duration initialDelay() {
        return initialDelay;
    }

    /** @return the test for errors that are ridden out until the deadline */
    public Predicate<Throwable> transientErrors() {
        return transientErrors;
    }

    /** @return the test for "not visible yet" errors, ridden out within {@link #notVisibleYetWindow()} */
    public Predicate<Throwable> notVisibleYet() {
        return notVisibleYet;
    }

    /** @return how long after the start "not visible yet" errors are ridden out */
    public Duration notVisibleYetWindow() {
        return notVisibleYetWindow;
    }

    /** @return the status extractor for {@link PollListener#onStatusChange}, or {@code null} */
    public Function<? super T, String> status() {
        return status;
    }

    /** @return the listener */
    public PollListener<T> listener() {
        return listener;
    }

    @Override
    public String toString() {
        return "PollPolicy[name=" + name + ", backoff=" + backoff + ", timeout=" + timeout
                + ", maxAttempts=" + (maxAttempts == Integer.MAX_VALUE ? "unlimited" : maxAttempts) + "]";
    }

    /**
     * Builds a {@link PollPolicy}. Not thread-safe; {@link #build()} copies its state, so reusing the builder
     * cannot change a policy already built.
     *
     * @param <T> the answer type
     */
    public static final class Builder<T> {
        private String name = "poll";
        private PollClassifier<T> classifier;
        private Backoff backoff = DEFAULT_BACKOFF;
        private Backoff errorBackoff = DEFAULT_ERROR_BACKOFF;
        private Duration timeout = DEFAULT_TIMEOUT;
        private int maxAttempts = Integer.MAX_VALUE;
        private Duration initialDelay = Duration.ZERO;
        private Predicate<Throwable> transientErrors = TransientErrors::isTransient;
        private Predicate<Throwable> notVisibleYet = e -> false;
        private Duration notVisibleYetWindow = Duration.ZERO;
        private Function<? super T, String> status;
        private PollListener<T> listener = PollListener.none();

        private Builder() {
        }

        private Builder(PollPolicy<T> p) {
            name = p.name;
            classifier = p.classifier;
            backoff = p.backoff;
            errorBackoff = p.errorBackoff;
            timeout = p.timeout;
            maxAttempts = p.maxAttempts;
            initialDelay = p.initialDelay;
            transientErrors = p.transientErrors;
            notVisibleYet = p.notVisibleYet;
            notVisibleYetWindow = p.notVisibleYetWindow;
            status = p.status;
            listener = p.listener;
        }

        /**
         * Names the wait in logs and exceptions, e.g. {@code "automation 4f1c..."}.
         *
         * @param name a short description
         * @return this builder
         * @throws IllegalArgumentException if {@code name} is blank
         */
        public Builder<T> name(String name) {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("name must not be blank: '" + name + "'");
            }
            this.name = name;
            return this;
        }

        /**
         * Sets what an answer means. Required.
         *
         * @param classifier maps an answer to success, failure or continue
         * @return this builder
         */
        public Builder<T> classifier(PollClassifier<T> classifier) {
            this.classifier = Objects.requireNonNull(classifier, "classifier");
            return this;
        }

        /**
         * Sets the wait between polls.
         *
         * @param backoff the schedule
         * @return this builder
         */
        public Builder<T> backoff(Backoff backoff) {
            this.backoff = Objects.requireNonNull(backoff, "backoff");
            return this;
        }

        /**
         * Sets the least wait after transient errors, indexed by the number of errors in a row; the wait used
         * is the longer of this and the regular backoff, so throttled polls slow down.
         *
         * @param errorBackoff the schedule
         * @return this builder
         */
        public Builder<T> errorBackoff(Backoff errorBackoff) {
            this.errorBackoff = Objects.requireNonNull(errorBackoff, "errorBackoff");
            return this;
        }

        /**
         * Sets the overall deadline, counted from the start of the wait. A call still in flight at the
         * deadline is cancelled.
         *
         * @param timeout positive
         * @return this builder
         * @throws IllegalArgumentException if {@code timeout} is zero or negative
         */
        public Builder<T> timeout(Duration timeout) {
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.isZero() || timeout.isNegative()) {
                throw new IllegalArgumentException("timeout must be positive: " + timeout);
            }
            this.timeout = timeout;
            return this;
        }

        /**
         * Sets the most polls made.
         *
         * @param maxAttempts 1 or more
         * @return this builder
         * @throws IllegalArgumentException if {@code maxAttempts < 1}
         */
        public Builder<T> maxAttempts(int maxAttempts) {
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("maxAttempts must be 1 or more: " + maxAttempts);
            }
            this.maxAttempts = maxAttempts;
            return this;
        }

        /**
         * Sets the wait before the first poll.
         *
         * @param initialDelay zero or positive
         * @return this builder
         * @throws IllegalArgumentException if {@code initialDelay} is negative
         */
        public Builder<T> initialDelay(Duration initialDelay) {
            Objects.requireNonNull(initialDelay, "initialDelay");
            if (initialDelay.isNegative()) {
                throw new IllegalArgumentException("initialDelay must not be negative: " + initialDelay);
            }
            this.initialDelay = initialDelay;
            return this;
        }

        /**
         * Replaces the test for transient errors, which are ridden out until the deadline.
         *
         * @param transientErrors true for errors worth retrying
         * @return this builder
         */
        public Builder<T> transientErrors(Predicate<Throwable> transientErrors) {
            this.transientErrors = Objects.requireNonNull(transientErrors, "transientErrors");
            return this;
        }

        /**
         * Rides out errors that mean "not visible yet" (an eventually consistent read right after a create)
         * during {@code window} from the start of the wait; after it they fail the wait.
         *
         * @param notVisibleYet true for such errors
         * @param window how long they are tolerated; positive
         * @return this builder
         * @throws IllegalArgumentException if {@code window} is zero or negative
         */
        public Builder<T> notVisibleYet(Predicate<Throwable> notVisibleYet, Duration window) {
            Objects.requireNonNull(window, "window");
            if (window.isZero() || window.isNegative()) {
                throw new IllegalArgumentException("window must be positive: " + window);
            }
            this.notVisibleYet = Objects.requireNonNull(notVisibleYet, "notVisibleYet");
            this.notVisibleYetWindow = window;
            return this;
        }

        /**
         * Sets how to read a status from an answer, for {@link PollListener#onStatusChange}.
         *
         * @param status the extractor; may return {@code null}
         * @return this builder
         */
        public Builder<T> status(Function<? super T, String> status) {
            this.status = Objects.requireNonNull(status, "status");
            return this;
        }

        /**
         * Sets who hears of every attempt and status change.
         *
         * @param listener the listener
         * @return this builder
         */
        public Builder<T> listener(PollListener<T> listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * Builds the policy.
         *
         * @return an immutable policy
         * @throws NullPointerException if no classifier was set
         */
        public PollPolicy<T> build() {
            return new PollPolicy<>(this);
        }
    }
}

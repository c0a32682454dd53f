package dev.awskit.core.backoff;

import io.github.resilience4j.core.IntervalFunction;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * An immutable schedule of waits between attempts: fixed, exponential with full jitter and a cap, or
 * stepped. awskit's poller and caches read it through {@link #delay(int)}; the same schedule drives the SDK's own
 * retries through {@link #toBackoffStrategy()} and a resilience4j {@code RetryConfig} through
 * {@link #toIntervalFunction()} (resilience4j is an optional dependency: add {@code resilience4j-core} to use it).
 *
 * <pre>{@code
 * Backoff.fixed(Duration.ofSeconds(1));
 * Backoff.exponential(Duration.ofMillis(100), Duration.ofSeconds(20));      // full jitter, x2, capped
 * Backoff.stepped()                                                         // the seed's SSM schedule
 *        .step(Duration.ofMillis(2500), 4).step(Duration.ofSeconds(5), 7).then(Duration.ofSeconds(15));
 * Backoff.fixed(Duration.ofSeconds(2)).withJitter(0.2);                     // 1.6 s .. 2.4 s
 * }</pre>
 *
 * <p>Attempts count from 1: {@code delay(1)} is the wait after the first attempt. Instances are thread-safe;
 * the default source of randomness is {@link ThreadLocalRandom}, and {@link #withRandom(DoubleSupplier)}
 * makes jitter repeatable in tests.
 */
public final class Backoff {
    private final Schedule schedule;
    private final Jitter jitter;
    private final double jitterFactor;
    private final DoubleSupplier random;

    private Backoff(Schedule schedule, Jitter jitter, double jitterFactor, DoubleSupplier random) {
        this.schedule = schedule;
        this.jitter = jitter;
        this.jitterFactor = jitterFactor;
        this.random = random;
    }

    /** How the nominal delay is randomized. */
    private enum Jitter { NONE, FULL, PROPORTIONAL }

    /** The nominal delay in milliseconds for an attempt (from 1), before jitter. */
    @FunctionalInterface
    private interface Schedule {
        long millis(int attempt);
    }

    /**
     * The same wait after every attempt.
     *
     * @param interval the wait; at least one millisecond
     * @return the schedule
     * @throws IllegalArgumentException if {@code interval} is shorter than one millisecond
     */
    public static Backoff fixed(Duration interval) {
        long millis = positiveMillis("interval", interval);
        return new Backoff(new Describe(attempt -> millis, "fixed(" + interval + ")"), Jitter.NONE, 0, defaultRandom());
    }

    /**
     * Exponential growth by a factor of 2 from {@code initial} up to {@code cap}, with full jitter: each
     * wait is drawn uniformly from zero to the nominal delay, which spreads out callers that failed together.
     *
     * @param initial the nominal wait after the first attempt
     * @param cap the largest nominal wait
     * @return the schedule
     * @throws IllegalArgumentException if a duration is shorter than one millisecond or {@code cap < initial}
     */
    public static Backoff exponential(Duration initial, Duration cap) {
        return exponential(initial, 2.0, cap);
    }

    /**
     * Exponential growth by {@code multiplier} from {@code initial} up to {@code cap}, with full jitter.
     * Use {@link #withoutJitter()} for the nominal delays.
     *
     * @param initial the nominal wait after the first attempt
     * @param multiplier the growth factor per attempt; greater than 1
     * @param cap the largest nominal wait
     * @return the schedule
     * @throws IllegalArgumentException if a duration is shorter than one millisecond, {@code cap < initial},
     *     or {@code multiplier <= 1}
     */
    public static Backoff exponential(Duration initial, double multiplier, Duration cap) {
        long first = positiveMillis("initial", initial);
        long max = positiveMillis("cap", cap);
        if (max < first) {
            throw new IllegalArgumentException("cap " + cap + " must not be shorter than initial " + initial);
        }
        if (!(multiplier > 1.0) || Double.isInfinite(multiplier)) {
            throw new IllegalArgumentException("multiplier must be a finite number greater than 1: " + multiplier);
        }
        Schedule growth = attempt -> {
            double nominal = first * Math.pow(multiplier, attempt - 1.0);
            return nominal >= max ? max : (long) nominal;
        };
        String text = "exponential(" + initial + " x" + multiplier + " up to " + cap + ")";
        return new Backoff(new Describe(growth, text), Jitter.FULL, 1.0, defaultRandom());
    }

    /**
     * Starts a stepped schedule: a run of equal waits, then another, and a final wait repeated forever.
     *
     * @return a builder; {@link Stepped#then(Duration)} finishes it
     */
    public static Stepped stepped() {
        return new Stepped();
    }

    /**
     * Returns this schedule with proportional jitter: each wait is drawn uniformly from
     * {@code nominal * (1 - factor)} to {@code nominal * (1 + factor)}. Replaces any jitter set before.
     *
     * @param factor between 0 (no jitter) and 1
     * @return a new schedule
     * @throws IllegalArgumentException if {@code factor} is outside {@code [0, 1]}
     */
    public Backoff withJitter(double factor) {
        if (!(factor >= 0.0 && factor <= 1.0)) {
            throw new IllegalArgumentException("jitter factor must be between 0 and 1: " + factor);
        }
        return new Backoff(schedule, factor == 0.0 ? Jitter.NONE : Jitter.PROPORTIONAL, factor, random);
    }

    /**
     * Returns this schedule with full jitter: each wait drawn uniformly from zero to the nominal delay.
     *
     * @return a new schedule
     */
    public Backoff withFullJitter() {
        return new Backoff(schedule, Jitter.FULL, 1.0, random);
    }

    /**
     * Returns this schedule with its nominal delays, no jitter.
     *
     * @return a new schedule
     */
    public Backoff withoutJitter() {
        return new Backoff(schedule, Jitter.NONE, 0, random);
    }

    /**
     * Returns this schedule drawing its jitter from {@code random}, which must return values in
     * {@code [0, 1)} and be safe to call from several threads (for example {@code new Random(42)::nextDouble}).
     *
     * @param random the source of randomness
     * @return a new schedule
     * @throws NullPointerException if {@code random} is null
     */
    public Backoff withRandom(DoubleSupplier random) {
        return new Backoff(schedule, jitter, jitterFactor, Objects.requireNonNull(random, "random"));
    }

    /**
     * Returns the wait after attempt number {@code attempt}, jitter applied.
     *
     * @param attempt the attempt just made, from 1
     * @return the wait before the next attempt
     * @throws IllegalArgumentException if {@code attempt < 1}
     */
    public Duration delay(int attempt) {
        return Duration.ofMillis(delayMillis(attempt));
    }

    /**
     * Returns the nominal wait after attempt {@code attempt}, before jitter.
     *
     * @param attempt the attempt just made, from 1
     * @return the nominal wait
     * @throws IllegalArgumentException if {@code attempt < 1}
     */
    public Duration nominalDelay(int attempt) {
        return Duration.ofMillis(schedule.millis(checkAttempt(attempt)));
    }

    /**
     * Returns this schedule as the SDK's retry {@link BackoffStrategy}, so a client's own retries wait as awskit's
     * poller does, for example {@code RetryStrategy.builder()...backoffStrategy(backoff.toBackoffStrategy())}. The
     * SDK asks for the delay before attempt {@code n} (the first retry is attempt 2), which is this schedule's
     * {@code delay(n - 1)}, the wait after attempt {@code n - 1}.
     *
     * @return a strategy that answers {@link #delay(int)}
     */
    public BackoffStrategy toBackoffStrategy() {
        return new SdkBackoff(this);
    }

    /**
     * Returns this schedule as a resilience4j {@code IntervalFunction} (wait in milliseconds by attempt from 1), for
     * a {@code RetryConfig}. Needs {@code io.github.resilience4j:resilience4j-core} on the class path, which awskit
     * does not bring.
     *
     * @return the interval function
     */
    public IntervalFunction toIntervalFunction() {
        return attempt -> {
            if (attempt == null) {
                throw new IllegalArgumentException("attempt must be 1 or more: null");
            }
            return delayMillis(attempt);
        };
    }

    /** The wait in milliseconds after attempt {@code attempt} (from 1), jitter applied. */
    private long delayMillis(int attempt) {
        long nominal = schedule.millis(checkAttempt(attempt));
        return switch (jitter) {
            case NONE -> nominal;
            case FULL -> (long) (nominal * random.getAsDouble());
            case PROPORTIONAL -> {
                double low = nominal * (1 - jitterFactor);
                yield Math.max(0L, Math.round(low + (nominal * 2 * jitterFactor) * random.getAsDouble()));
            }
        };
    }

    private static int checkAttempt(int attempt) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt must be 1 or more: " + attempt);
        }
        return attempt;
    }

    private static long positiveMillis(String name, Duration duration) {
        Objects.requireNonNull(duration, name);
        if (duration.toMillis() < 1) {
            throw new IllegalArgumentException(name + " must be at least 1 ms: " + duration);
        }
        return duration.toMillis();
    }

    private static DoubleSupplier defaultRandom() {
        return () -> ThreadLocalRandom.current().nextDouble();
    }

    @Override
    public String toString() {
        String jitterText = switch (jitter) {
            case NONE -> "";
            case FULL -> " with full jitter";
            case PROPORTIONAL -> " with jitter " + jitterFactor;
        };
        return "Backoff." + schedule + jitterText;
    }

    /** The SDK's view of a schedule: the SDK numbers the attempt about to be made, awskit the one just made. */
    private record SdkBackoff(Backoff backoff) implements BackoffStrategy {
        @Override
        public Duration computeDelay(int attempt) {
            return attempt <= 1 ? Duration.ZERO : backoff.delay(attempt - 1);
        }

        @Override
        public String toString() {
            return backoff.toString();
        }
    }

    /** A schedule with a readable description. */
    private record Describe(Schedule inner, String text) implements Schedule {
        @Override
        public long millis(int attempt) {
            return inner.millis(attempt);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /**
     * Builds a stepped schedule. Not thread-safe; {@link #then(Duration)} returns an immutable
     * {@link Backoff} and reusing the builder afterwards cannot change it.
     */
    public static final class Stepped {
        private final List<long[]> steps = new ArrayList<>();

        private Stepped() {
        }

        /**
         * Adds {@code times} waits of {@code interval}.
         *
         * @param interval the wait; at least one millisecond
         * @param times how many attempts it follows; at least 1
         * @return this builder
         * @throws IllegalArgumentException if {@code interval} is shorter than 1 ms or {@code times < 1}
         */
        public Stepped step(Duration interval, int times) {
            long millis = positiveMillis("interval", interval);
            if (times < 1) {
                throw new IllegalArgumentException("times must be 1 or more: " + times);
            }
            steps.add(new long[] {millis, times});
            return this;
        }

        /**
         * Finishes the schedule with the wait used after every remaining attempt.
         *
         * @param interval the final wait; at least one millisecond
         * @return the schedule
         * @throws IllegalArgumentException if {@code interval} is shorter than one millisecond
         */
        public Backoff then(Duration interval) {
            long last = positiveMillis("interval", interval);
            long[][] table = steps.toArray(new long[0][]);
            StringBuilder text = new StringBuilder("stepped(");
            for (long[] step : table) {
                text.append(Duration.ofMillis(step[0])).append(" x").append(step[1]).append(", ");
            }
            text.append("then ").append(interval).append(')');
            Schedule stepped = attempt -> {
                long remaining = attempt;
                for (long[] step : table) {
                    if (remaining <= step[1]) {
                        return step[0];
                    }
                    remaining -= step[1];
                }
                return last;
            };
            return new Backoff(new Describe(stepped, text.toString()), Jitter.NONE, 0, defaultRandom());
        }
    }
}

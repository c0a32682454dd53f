package dev.awskit.core.poll;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A limit on polls per second shared by every wait that is given it, across pollers. A poll that would
 * exceed the rate is delayed on the scheduler, never by blocking a thread: {@link #reserveNanos(long)} hands
 * out evenly spaced time slots and tells the caller how long to wait for its own.
 *
 * <p>Thread-safe and lock-free. Pollers that share a limiter must share a {@link dev.awskit.core.time.TimeSource}
 * too, since slots are compared with the readings they pass in.
 */
public final class PollRateLimiter {
    private final double permitsPerSecond;
    private final long intervalNanos;
    private final AtomicLong nextFree = new AtomicLong(Long.MIN_VALUE);

    private PollRateLimiter(double permitsPerSecond) {
        this.permitsPerSecond = permitsPerSecond;
        this.intervalNanos = Math.max(1L, (long) (1_000_000_000L / permitsPerSecond));
    }

    /**
     * Creates a limiter that allows {@code permitsPerSecond} polls per second, evenly spaced.
     *
     * @param permitsPerSecond the rate; positive and finite
     * @return a new limiter
     * @throws IllegalArgumentException if the rate is not positive and finite
     */
    public static PollRateLimiter perSecond(double permitsPerSecond) {
        if (!(permitsPerSecond > 0) || Double.isInfinite(permitsPerSecond)) {
            throw new IllegalArgumentException("permitsPerSecond must be positive and finite: " + permitsPerSecond);
        }
        return new PollRateLimiter(permitsPerSecond);
    }

    /**
     * Reserves the next free slot and returns how long the caller must wait before using it.
     *
     * @param nowNanos the caller's current {@code TimeSource.nanoTime()} reading
     * @return nanoseconds to wait; zero when a slot is free now
     */
    public long reserveNanos(long nowNanos) {
        while (true) {
            long current = nextFree.get();
            long slot = current == Long.MIN_VALUE ? nowNanos : Math.max(nowNanos, current);
            if (nextFree.compareAndSet(current, slot + intervalNanos)) {
                return slot - nowNanos;
            }
        }
    }

    /**
     * Returns the configured rate.
     *
     * @return polls per second
     */
    public double permitsPerSecond() {
        return permitsPerSecond;
    }

    /**
     * Returns the spacing between slots.
     *
     * @return the interval
     */
    public Duration interval() {
        return Duration.ofNanos(intervalNanos);
    }

    @Override
    public String toString() {
        return "PollRateLimiter[" + permitsPerSecond + "/s]";
    }
}

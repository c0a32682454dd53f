package dev.awskit.testkit.ssm.internal;

import dev.awskit.core.time.TimeSource;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The emulator's own clock: where executions read the time and schedule their next transition. With the
 * system clock a small scheduler of its own moves them on real time; with a {@code VirtualTime} (clock and
 * scheduler in one) they move when the test advances it. Thread-safe.
 */
public final class EmulatorClock implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmulatorClock.class);
    private static final AtomicInteger CLOCKS = new AtomicInteger();

    private final TimeSource time;
    private final ScheduledExecutorService scheduler;
    private final boolean owned;

    private EmulatorClock(TimeSource time, ScheduledExecutorService scheduler, boolean owned) {
        this.time = time;
        this.scheduler = scheduler;
        this.owned = owned;
    }

    /** @return wall time with a scheduler of its own (two daemon threads), shut down by {@link #close()} */
    public static EmulatorClock system() {
        return system(TimeSource.system());
    }

    /**
     * Uses a given clock with a wall-time scheduler of its own, shut down by {@link #close()}.
     *
     * @param time stamps start and end times (the scheduler's delays stay on wall time)
     * @return the clock
     */
    public static EmulatorClock system(TimeSource time) {
        int number = CLOCKS.incrementAndGet();
        AtomicInteger threads = new AtomicInteger();
        ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(2, runnable -> {
            Thread thread = new Thread(runnable, "ssm-emulator-clock-" + number + "-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        scheduler.setRemoveOnCancelPolicy(true);
        return new EmulatorClock(time, scheduler, true);
    }

    /**
     * Uses a given clock and scheduler; the caller owns the scheduler.
     *
     * @param time the clock
     * @param scheduler runs the transitions on that clock's time
     * @return the clock
     */
    public static EmulatorClock of(TimeSource time, ScheduledExecutorService scheduler) {
        return new EmulatorClock(time, scheduler, false);
    }

    /** @return the time source */
    public TimeSource timeSource() {
        return time;
    }

    /** @return the emulator's now */
    public Instant now() {
        return time.now();
    }

    /**
     * Runs a task after a delay on this clock; a task that throws is logged, never lost silently.
     *
     * @param delay zero or more
     * @param task the task
     * @return its future, to cancel it
     */
    public ScheduledFuture<?> after(Duration delay, Runnable task) {
        return scheduler.schedule(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.warn("SSM emulator transition failed", e);
            }
        }, nanos(delay), TimeUnit.NANOSECONDS);
    }

    /** A delay too long for a long of nanoseconds (some 292 years) means never. */
    private static long nanos(Duration delay) {
        return delay.compareTo(Duration.ofNanos(Long.MAX_VALUE)) >= 0 ? Long.MAX_VALUE : delay.toNanos();
    }

    /** Shuts the scheduler down when this clock created it. */
    @Override
    public void close() {
        if (owned) {
            scheduler.shutdownNow();
        }
    }
}

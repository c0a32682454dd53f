package dev.awskit.core.time;

import java.time.Instant;

/**
 * Where awskit reads the time: a monotonic clock for durations and deadlines, and the wall clock for
 * timestamps shown to people. Injected into pollers and caches so tests run in virtual time
 * (see {@link VirtualTime}) and never sleep.
 *
 * <p>Implementations must be thread-safe.
 */
public interface TimeSource {

    /**
     * Returns a monotonic reading in nanoseconds, comparable only with other readings of the same source.
     *
     * @return nanoseconds since an arbitrary origin
     */
    long nanoTime();

    /**
     * Returns the current wall-clock time.
     *
     * @return now
     */
    Instant now();

    /**
     * The system's clocks: {@link System#nanoTime()} and {@link Instant#now()}.
     *
     * @return the shared system time source
     */
    static TimeSource system() {
        return SystemTimeSource.INSTANCE;
    }
}

package dev.awskit.core.cache.internal;

import dev.awskit.core.cache.CacheStats;
import java.util.concurrent.atomic.LongAdder;

/** The counters behind {@link CacheStats}; thread-safe and contention-friendly. */
public final class StatsRecorder {
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();
    private final LongAdder loadSuccesses = new LongAdder();
    private final LongAdder loadFailures = new LongAdder();
    private final LongAdder staleServed = new LongAdder();
    private final LongAdder evictions = new LongAdder();
    private final LongAdder expirations = new LongAdder();

    /** Counts a read answered at once. */
    public void hit() {
        hits.increment();
    }

    /** Counts a read that waited for a load. */
    public void miss() {
        misses.increment();
    }

    /**
     * Counts a finished load.
     *
     * @param success whether it produced a value
     */
    public void load(boolean success) {
        (success ? loadSuccesses : loadFailures).increment();
    }

    /** Counts a read answered with a value whose refresh failed. */
    public void stale() {
        staleServed.increment();
    }

    /** Counts an entry evicted for size. */
    public void eviction() {
        evictions.increment();
    }

    /** Counts an entry dropped at its hard TTL. */
    public void expiration() {
        expirations.increment();
    }

    /**
     * Takes a snapshot.
     *
     * @param hitsRecorded whether hits were counted
     * @return a snapshot of the counters
     */
    public CacheStats snapshot(boolean hitsRecorded) {
        return new CacheStats(hitsRecorded, hits.sum(), misses.sum(), loadSuccesses.sum(), loadFailures.sum(),
                staleServed.sum(), evictions.sum(), expirations.sum());
    }
}

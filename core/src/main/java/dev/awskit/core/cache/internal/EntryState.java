package dev.awskit.core.cache.internal;

import java.util.concurrent.CompletableFuture;

/**
 * An immutable snapshot of one cache entry; entries move between snapshots by compare-and-set, so readers
 * never lock. Times are {@code TimeSource.nanoTime()} readings.
 *
 * @param phase where the entry is
 * @param value the last good value as a completed future, or null
 * @param softAt when the value becomes due for refresh
 * @param hardAt when the value stops being served (outside stale-if-error)
 * @param staleAt when the value stops being served at all
 * @param attempts failed loads in a row
 * @param retryAt when the next attempt may start (BACKOFF, FAILED)
 * @param error the last failure, or null
 * @param run the running load (LOADING, REFRESHING, BLOCKED), or null
 * @param <V> the value type
 */
public record EntryState<V>(Phase phase, CompletableFuture<V> value, long softAt, long hardAt, long staleAt,
        int attempts, long retryAt, Throwable error, LoadRun<V> run) {

    private static final EntryState<?> EMPTY = new EntryState<>(Phase.EMPTY, null, 0, 0, 0, 0, 0, null, null);
    private static final EntryState<?> DROPPED = new EntryState<>(Phase.EMPTY, null, 0, 0, 0, 0, 0, null, null);

    /**
     * Returns the final state of an entry dropped on expiry: no swap leaves it, so a reader that raced the
     * drop cannot start a load in an entry that is leaving the map. Compared by identity.
     *
     * @param <V> the value type
     * @return the dropped state
     */
    @SuppressWarnings("unchecked")
    public static <V> EntryState<V> dropped() {
        return (EntryState<V>) DROPPED;
    }

    /**
     * Returns the state of a new entry.
     *
     * @param <V> the value type
     * @return the empty state
     */
    @SuppressWarnings("unchecked")
    public static <V> EntryState<V> empty() {
        return (EntryState<V>) EMPTY;
    }

    /**
     * Returns a copy in another phase with another run.
     *
     * @param next the phase
     * @param nextRun the run, or null
     * @return the new state
     */
    public EntryState<V> with(Phase next, LoadRun<V> nextRun) {
        return new EntryState<>(next, value, softAt, hardAt, staleAt, attempts, retryAt, error, nextRun);
    }

    /**
     * Returns a copy after a failure, with the attempt count and the retry time set.
     *
     * @param next BACKOFF or FAILED
     * @param failure the failure
     * @param keepValue whether the value may still be served
     * @param nextRetryAt when the next attempt may start
     * @return the new state
     */
    public EntryState<V> failed(Phase next, Throwable failure, boolean keepValue, long nextRetryAt) {
        return new EntryState<>(next, keepValue ? value : null, softAt, hardAt, staleAt, attempts + 1,
                nextRetryAt, failure, null);
    }

    /**
     * Tells whether a refresh of this value has failed and not succeeded since.
     *
     * @return {@code true} while in stale-if-error
     */
    public boolean degraded() {
        return attempts > 0 && value != null;
    }
}

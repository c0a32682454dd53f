package dev.awskit.core.cache.internal;

import java.util.concurrent.CompletableFuture;

/**
 * An immutable snapshot of one cache entry; entries move between snapshots by compare-and-set, so readers
 * never lock. Times are {@code TimeSource.nanoTime()} readings.
 *
 * @param phase where the entry is
 * @param value the last good value as a completed future, or null
 * @param softAt when the value becomes due for refresh
 * @param hardAt when the value stops being served, unless refreshes fail with an outage
 * @param staleAt when the value stops being served at all (the maximum staleness)
 * @param attempts failed loads in a row
 * @param retryAt when the next attempt may start (BACKOFF, FAILED)
 * @param error the last failure, or null
 * @param gone whether the last failure said the item is gone or forbidden, which ends serving at the hard TTL
 * @param run the running load (LOADING, REFRESHING, BLOCKED), or null
 * @param <V> the value type
 */
public record EntryState<V>(Phase phase, CompletableFuture<V> value, long softAt, long hardAt, long staleAt,
        int attempts, long retryAt, Throwable error, boolean gone, LoadRun<V> run) {

    private static final EntryState<?> EMPTY = new EntryState<>(Phase.EMPTY, null, 0, 0, 0, 0, 0, null, false, null);
    private static final EntryState<?> DROPPED = new EntryState<>(Phase.EMPTY, null, 0, 0, 0, 0, 0, null, false, null);

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
     * Returns the state after a successful load.
     *
     * @param value the value
     * @param softAt when it becomes due for refresh
     * @param hardAt when it stops being served outside an outage
     * @param staleAt when it stops being served at all
     * @param <V> the value type
     * @return a FRESH state
     */
    public static <V> EntryState<V> fresh(V value, long softAt, long hardAt, long staleAt) {
        return new EntryState<>(Phase.FRESH, CompletableFuture.completedFuture(value), softAt, hardAt, staleAt, 0, 0,
                null, false, null);
    }

    /**
     * Returns a copy in another phase with another run.
     *
     * @param next the phase
     * @param nextRun the run, or null
     * @return the new state
     */
    public EntryState<V> with(Phase next, LoadRun<V> nextRun) {
        return new EntryState<>(next, value, softAt, hardAt, staleAt, attempts, retryAt, error, gone, nextRun);
    }

    /**
     * Returns a copy after a failure, with the attempt count and the retry time set.
     *
     * @param next BACKOFF or FAILED
     * @param failure the failure
     * @param itemGone whether the failure says the item is gone or forbidden
     * @param keepValue whether the value may still be served
     * @param nextRetryAt when the next attempt may start
     * @return the new state
     */
    public EntryState<V> failed(Phase next, Throwable failure, boolean itemGone, boolean keepValue, long nextRetryAt) {
        return new EntryState<>(next, keepValue ? value : null, softAt, hardAt, staleAt, attempts + 1,
                nextRetryAt, failure, itemGone, null);
    }

    /**
     * Tells whether a refresh of this value has failed and not succeeded since.
     *
     * @return {@code true} while the value is served through failed refreshes
     */
    public boolean degraded() {
        return attempts > 0 && value != null;
    }

    /**
     * Returns when the value stops being served: the hard TTL, or the maximum staleness while refreshes fail
     * with an outage.
     *
     * @return a {@code nanoTime} reading
     */
    public long servedUntil() {
        return degraded() && !gone ? staleAt : hardAt;
    }
}

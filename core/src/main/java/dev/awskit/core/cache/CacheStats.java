package dev.awskit.core.cache;

/**
 * A snapshot of a {@link RefreshingCache}'s counters since it was built.
 *
 * @param hitsRecorded whether hits are counted ({@code RefreshingCache.Builder#recordHits}); when not,
 *     {@code hits} is 0
 * @param hits reads answered from the cache without waiting (stale reads included)
 * @param misses reads that had to wait for a load
 * @param loadSuccesses loads and refreshes that produced a value
 * @param loadFailures loads and refreshes that failed
 * @param staleServed reads answered with a value whose refresh had failed (stale-if-error)
 * @param evictions entries removed to respect the size bound
 * @param expirations entries dropped after their hard TTL because nobody read them
 */
public record CacheStats(boolean hitsRecorded, long hits, long misses, long loadSuccesses, long loadFailures, long staleServed,
        long evictions, long expirations) {

    /**
     * Returns the number of reads.
     *
     * @return {@code hits + misses}
     */
    public long requests() {
        return hits + misses;
    }

    /**
     * Returns the share of reads answered without waiting.
     *
     * @return between 0 and 1; 1 when there were no reads; NaN when hits are not recorded
     */
    public double hitRate() {
        if (!hitsRecorded) {
            return Double.NaN;
        }
        long requests = requests();
        return requests == 0 ? 1.0 : (double) hits / requests;
    }
}

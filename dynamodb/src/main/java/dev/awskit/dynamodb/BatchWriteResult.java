package dev.awskit.dynamodb;

import java.util.List;

/**
 * What a {@link BatchWriter} did: every write it accepted is counted as written, superseded (a later write to the
 * same key replaced it before it was sent) or failed, with the failed ones listed. Nothing is dropped silently.
 *
 * @param written writes DynamoDB confirmed
 * @param superseded writes collapsed into a later (or, with {@link DuplicateKeys#FIRST_WINS}, an earlier) write to
 *     the same key
 * @param retried how many times an item was sent again (unprocessed or throttled)
 * @param requests {@code BatchWriteItem} requests made
 * @param failures the writes that could not be made
 * @param <T> the item type
 */
public record BatchWriteResult<T>(long written, long superseded, long retried, long requests,
        List<FailedWrite<T>> failures) {

    /**
     * Copies the failures.
     *
     * @param written written
     * @param superseded superseded
     * @param retried retried
     * @param requests requests
     * @param failures failures
     */
    public BatchWriteResult {
        failures = List.copyOf(failures);
    }

    /** @return whether every write was made (or superseded) */
    public boolean isComplete() {
        return failures.isEmpty();
    }

    /** Counts only; failures by key. */
    @Override
    public String toString() {
        return "BatchWriteResult[written=" + written + ", superseded=" + superseded + ", retried=" + retried
                + ", requests=" + requests + ", failed=" + failures.size() + "]";
    }
}

package dev.awskit.dynamodb.internal;

import dev.awskit.dynamodb.BatchWriteResult;
import dev.awskit.dynamodb.FailedWrite;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A batch writer's accounts: writes confirmed, superseded, retried, requests made, and every write given up with its
 * cause. Thread-safe.
 *
 * @param <T> the item type
 */
final class WriteLedger<T> {
    private final List<FailedWrite<T>> failures = new ArrayList<>();
    private long written;
    private long superseded;
    private long retried;
    private long requests;

    synchronized long written(int count) {
        written += count;
        return written;
    }

    synchronized void superseded(int count) {
        superseded += count;
    }

    synchronized void retried(int count) {
        retried += count;
    }

    synchronized void request() {
        requests++;
    }

    /**
     * Records writes given up.
     *
     * @param writes the writes
     * @param cause why
     * @return the failures recorded
     */
    @SuppressWarnings("unchecked")
    synchronized List<FailedWrite<T>> failed(List<PendingWrite> writes, Throwable cause) {
        List<FailedWrite<T>> recorded = new ArrayList<>(writes.size());
        for (PendingWrite write : writes) {
            recorded.add(new FailedWrite<>(write.key, Optional.ofNullable((T) write.item), cause, write.attempts));
        }
        failures.addAll(recorded);
        return recorded;
    }

    synchronized BatchWriteResult<T> snapshot() {
        return new BatchWriteResult<>(written, superseded, retried, requests, failures);
    }
}

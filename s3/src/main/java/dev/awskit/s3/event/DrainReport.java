package dev.awskit.s3.event;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What one drain did.
 *
 * @param messagesReceived messages received from the queue
 * @param messagesDeleted messages deleted (every record handled, or a test event)
 * @param processed records whose handler succeeded, in completion order
 * @param failures records whose handler failed; their messages stay in the queue
 * @param testEvents {@code s3:TestEvent} messages seen (and deleted)
 * @param unrecognized messages that were not S3 events; left in the queue (for its dead-letter queue)
 * @param stop why the drain ended
 * @param elapsed how long it took
 */
public record DrainReport(int messagesReceived, int messagesDeleted, List<S3EventRecord> processed,
        List<RecordFailure> failures, int testEvents, List<Unrecognized> unrecognized, Stop stop, Duration elapsed) {

    /**
     * Copies the lists.
     *
     * @throws NullPointerException if a component is null
     */
    public DrainReport {
        processed = List.copyOf(processed);
        failures = List.copyOf(failures);
        unrecognized = List.copyOf(unrecognized);
        Objects.requireNonNull(stop, "stop");
        Objects.requireNonNull(elapsed, "elapsed");
    }

    /** @return whether every record was handled and every message was an S3 event */
    public boolean isClean() {
        return failures.isEmpty() && unrecognized.isEmpty();
    }

    /** Why a drain ended. */
    public enum Stop {
        /** A long poll found the queue empty. */
        QUEUE_EMPTY,
        /** {@link S3EventDrain#stop()} was called. */
        REQUESTED
    }

    /**
     * A record whose handler failed.
     *
     * @param messageId the SQS message id
     * @param record the record
     * @param error the failure
     */
    public record RecordFailure(String messageId, S3EventRecord record, Throwable error) {
        /**
         * Checks the components.
         *
         * @throws NullPointerException if a component is null
         */
        public RecordFailure {
            Objects.requireNonNull(messageId, "messageId");
            Objects.requireNonNull(record, "record");
            Objects.requireNonNull(error, "error");
        }
    }

    /**
     * A message that was not an S3 event.
     *
     * @param messageId the SQS message id
     * @param reason why, as {@link S3EventMessage.NotAnS3Event#reason()}
     */
    public record Unrecognized(String messageId, String reason) {
        /**
         * Checks the components.
         *
         * @throws NullPointerException if a component is null
         */
        public Unrecognized {
            Objects.requireNonNull(messageId, "messageId");
            Objects.requireNonNull(reason, "reason");
        }
    }
}

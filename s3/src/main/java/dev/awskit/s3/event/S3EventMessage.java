package dev.awskit.s3.event;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an SQS message body holds, as {@link S3Events#parse(String)} reads it: S3 event records, the
 * {@code s3:TestEvent} S3 sends when notifications are configured, or something that is not an S3 event (with the
 * reason). Switch over it:
 *
 * <pre>{@code
 * switch (S3Events.parse(message.body())) {
 *     case S3EventMessage.Records r -> r.records().forEach(this::process);
 *     case S3EventMessage.TestEvent t -> log.info("notifications configured on {}", t.bucket());
 *     case S3EventMessage.NotAnS3Event n -> log.warn("message {} is not an S3 event: {}", id, n.reason());
 * }
 * }</pre>
 */
public sealed interface S3EventMessage {

    /**
     * An S3 event notification with its records.
     *
     * @param records the records, in message order
     */
    record Records(List<S3EventRecord> records) implements S3EventMessage {
        /**
         * Copies the records.
         *
         * @throws NullPointerException if {@code records} is null
         */
        public Records {
            records = List.copyOf(records);
        }
    }

    /**
     * The test message S3 sends to a destination when notifications are configured; it carries no record.
     *
     * @param bucket the bucket
     * @param time when it was sent, if the message says
     */
    record TestEvent(String bucket, Optional<Instant> time) implements S3EventMessage {
        /**
         * Checks the components.
         *
         * @throws NullPointerException if a component is null
         */
        public TestEvent {
            Objects.requireNonNull(bucket, "bucket");
            Objects.requireNonNull(time, "time");
        }
    }

    /**
     * A body that is not an S3 event notification (not JSON, another service's event, a malformed record).
     *
     * @param reason why, naming the position or field; never the body itself
     */
    record NotAnS3Event(String reason) implements S3EventMessage {
        /**
         * Checks the component.
         *
         * @throws NullPointerException if {@code reason} is null
         */
        public NotAnS3Event {
            Objects.requireNonNull(reason, "reason");
        }
    }
}

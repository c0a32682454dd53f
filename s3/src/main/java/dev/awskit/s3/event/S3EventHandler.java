package dev.awskit.s3.event;

import java.util.concurrent.CompletableFuture;

/**
 * Processes one S3 event record during a drain, typically by fetching the object it names. It succeeds when its
 * future does; a thrown exception, a failed future or a {@code null} future counts as a failure, and the message
 * stays in the queue for redelivery. A message may be delivered again (SQS is at-least-once): make the work
 * idempotent.
 */
@FunctionalInterface
public interface S3EventHandler {
    /**
     * Processes a record.
     *
     * @param record the record
     * @return completes when the record is processed
     */
    CompletableFuture<?> handle(S3EventRecord record);
}

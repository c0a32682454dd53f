package dev.awskit.dynamodb;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hears a {@link BatchWriter}'s progress. Called on the SDK's or the scheduler's threads, never under the writer's
 * lock, one event at a time per request; implementations must be quick, thread-safe and must not block. Every method
 * does nothing by default.
 */
public interface BatchWriteListener {

    /**
     * Items were confirmed written.
     *
     * @param count items in this response
     * @param totalWritten items written so far by the writer
     */
    default void onWritten(int count, long totalWritten) {
    }

    /**
     * Items will be sent again after a wait.
     *
     * @param count items retried
     * @param attempt how many attempts they have had
     * @param delay the wait before the next attempt
     * @param cause the request's failure (throttling, a 5xx), or null when DynamoDB returned them unprocessed
     */
    default void onRetry(int count, int attempt, Duration delay, Throwable cause) {
    }

    /**
     * A write could not be made and is given up.
     *
     * @param failure the write and its cause
     */
    default void onFailed(FailedWrite<?> failure) {
    }

    /** @return a listener that does nothing */
    static BatchWriteListener none() {
        return new BatchWriteListener() {
        };
    }

    /**
     * Returns a listener that logs to SLF4J logger {@code dev.awskit.dynamodb.BatchWriter}: INFO each time another
     * {@code every} items are written, DEBUG for each retry, WARN for each failed write (key and cause only).
     *
     * @param every how many written items between progress lines, 1 or more
     * @return the listener
     * @throws IllegalArgumentException if {@code every < 1}
     */
    static BatchWriteListener logging(long every) {
        if (every < 1) {
            throw new IllegalArgumentException("every must be 1 or more: " + every);
        }
        Logger log = LoggerFactory.getLogger("dev.awskit.dynamodb.BatchWriter");
        return new BatchWriteListener() {
            @Override
            public void onWritten(int count, long totalWritten) {
                if (totalWritten / every != (totalWritten - count) / every) {
                    log.info("batch writer: {} items written", totalWritten);
                }
            }

            @Override
            public void onRetry(int count, int attempt, Duration delay, Throwable cause) {
                log.debug("batch writer: {} items to retry after attempt {} in {} ms ({})", count, attempt,
                        delay.toMillis(), cause == null ? "unprocessed" : cause.getClass().getSimpleName());
            }

            @Override
            public void onFailed(FailedWrite<?> failure) {
                log.warn("batch writer: gave up {}", failure);
            }
        };
    }
}

package dev.awskit.dynamodb.internal;

import dev.awskit.core.time.TimeSource;
import dev.awskit.dynamodb.BatchRetry;
import java.time.Duration;

/** Decides whether an item is tried again, and after how long, from {@link BatchRetry}. Thread-safe. */
final class RetryRule {
    private final BatchRetry retry;
    private final TimeSource time;

    RetryRule(BatchRetry retry, TimeSource time) {
        this.retry = retry;
        this.time = time;
    }

    /**
     * Returns the wait before the next attempt of an item.
     *
     * @param attempts attempts made so far
     * @param firstSentNanos when the first was made, by the time source
     * @return the wait, or null when the item is to be given up (attempts or time used up)
     */
    Duration next(int attempts, long firstSentNanos) {
        if (attempts >= retry.maxAttempts()) {
            return null;
        }
        Duration delay = retry.backoff().delay(attempts);
        if (retry.timeout().isPresent()) {
            Duration spent = Duration.ofNanos(time.nanoTime() - firstSentNanos);
            if (spent.plus(delay).compareTo(retry.timeout().get()) > 0) {
                return null;
            }
        }
        return delay;
    }

    long now() {
        return time.nanoTime();
    }
}

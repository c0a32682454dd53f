package dev.awskit.testkit;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;

/**
 * The SDK's standard AWS retry strategy with immediate retries, recording which backoff the SDK chose:
 * the throttling one only when it classified the failure as throttling.
 */
final class RecordingRetries {
    final AtomicInteger backoffs = new AtomicInteger();
    final AtomicInteger throttlingBackoffs = new AtomicInteger();
    final RetryStrategy strategy;

    RecordingRetries(int maxAttempts) {
        BackoffStrategy regular = attempt -> {
            backoffs.incrementAndGet();
            return Duration.ZERO;
        };
        BackoffStrategy throttling = attempt -> {
            throttlingBackoffs.incrementAndGet();
            return Duration.ZERO;
        };
        strategy = AwsRetryStrategy.standardRetryStrategy().toBuilder()
                .maxAttempts(maxAttempts)
                .backoffStrategy(regular)
                .throttlingBackoffStrategy(throttling)
                .circuitBreakerEnabled(false)
                .build();
    }
}

package dev.awskit.core.backoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.retries.StandardRetryStrategy;
import software.amazon.awssdk.retries.api.AcquireInitialTokenRequest;
import software.amazon.awssdk.retries.api.RefreshRetryTokenRequest;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.retries.api.RetryToken;

/** A {@link Backoff} drives the SDK's own retry strategy through {@link Backoff#toBackoffStrategy()}. */
class BackoffSdkStrategyTest {

    @Test
    void toBackoffStrategy_answersTheWaitBeforeEachSdkAttempt() {
        Backoff seed = Backoff.stepped().step(Duration.ofMillis(2500), 4).step(Duration.ofSeconds(5), 7)
                .then(Duration.ofSeconds(15));

        var strategy = seed.toBackoffStrategy();

        assertThat(strategy.computeDelay(1)).as("before the first attempt").isZero();
        assertThat(strategy.computeDelay(2)).as("before the first retry").isEqualTo(Duration.ofMillis(2500));
        assertThat(strategy.computeDelay(6)).isEqualTo(Duration.ofSeconds(5));
        assertThat(strategy.computeDelay(13)).isEqualTo(Duration.ofSeconds(15));
        assertThat(strategy).hasToString(seed.toString());
    }

    @Test
    void standardRetryStrategy_withTheBackoff_waitsByTheSchedule() {
        Backoff backoff = Backoff.exponential(Duration.ofMillis(100), Duration.ofMillis(350)).withoutJitter();
        RetryStrategy strategy = StandardRetryStrategy.builder()
                .maxAttempts(5)
                .retryOnException(e -> true)
                .backoffStrategy(backoff.toBackoffStrategy())
                .circuitBreakerEnabled(false)
                .build();

        RetryToken token = strategy.acquireInitialToken(AcquireInitialTokenRequest.create("test")).token();
        List<Duration> delays = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            var refreshed = strategy.refreshRetryToken(
                    RefreshRetryTokenRequest.builder().token(token).failure(new IllegalStateException("boom")).build());
            delays.add(refreshed.delay());
            token = refreshed.token();
        }

        assertThat(delays).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(350),
                Duration.ofMillis(350));
    }
}

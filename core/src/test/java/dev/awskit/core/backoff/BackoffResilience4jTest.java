package dev.awskit.core.backoff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awskit.core.time.VirtualTime;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

/** A {@link Backoff} converts to resilience4j's {@link IntervalFunction}; run in virtual time. */
class BackoffResilience4jTest {

    @Test
    void asRetryIntervalFunction_spacesRetriesByTheSchedule() {
        VirtualTime time = VirtualTime.create();
        Backoff seed = Backoff.stepped().step(Duration.ofMillis(2500), 4).step(Duration.ofSeconds(5), 7)
                .then(Duration.ofSeconds(15));
        Retry retry = Retry.of("seed", RetryConfig.custom().maxAttempts(8).intervalFunction(seed.toIntervalFunction()).build());
        List<Duration> calls = new ArrayList<>();

        CompletionStage<String> result = retry.executeCompletionStage(time, () -> {
            calls.add(time.elapsed());
            return calls.size() < 7
                    ? CompletableFuture.failedFuture(new IllegalStateException("not yet"))
                    : CompletableFuture.completedFuture("done");
        });
        time.advance(Duration.ofMinutes(5));

        assertThat(result.toCompletableFuture()).isCompletedWithValue("done");
        assertThat(calls).containsExactly(Duration.ZERO, Duration.ofMillis(2500), Duration.ofSeconds(5),
                Duration.ofMillis(7500), Duration.ofSeconds(10), Duration.ofSeconds(15), Duration.ofSeconds(20));
    }

    @Test
    void asIntervalFunction_answersInMillisecondsPerAttempt() {
        IntervalFunction function = Backoff.exponential(Duration.ofMillis(200), Duration.ofSeconds(1)).withoutJitter()
                .toIntervalFunction();

        assertThat(function.apply(1)).isEqualTo(200L);
        assertThat(function.apply(2)).isEqualTo(400L);
        assertThat(function.apply(4)).isEqualTo(1000L);
    }

    @Test
    void retryConfig_usesTheBackoffForItsIntervals() {
        Backoff backoff = Backoff.fixed(Duration.ofMillis(300));

        RetryConfig config = RetryConfig.custom().intervalFunction(backoff.toIntervalFunction()).build();

        assertThat(config.getIntervalBiFunction().apply(3, null)).isEqualTo(300L);
    }
}

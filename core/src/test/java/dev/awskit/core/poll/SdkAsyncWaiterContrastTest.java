package dev.awskit.core.poll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.awskit.core.backoff.Backoff;
import dev.awskit.core.time.VirtualTime;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.waiters.AsyncWaiter;
import software.amazon.awssdk.core.waiters.WaiterAcceptor;
import software.amazon.awssdk.core.waiters.WaiterResponse;
import software.amazon.awssdk.retries.api.BackoffStrategy;

/**
 * Pins the two faults of the SDK's {@code AsyncWaiter} that made awskit write its own poller, side by side
 * with the poller on the same virtual scheduler. If an SDK upgrade fixes them, these tests say so.
 */
class SdkAsyncWaiterContrastTest {
    private final VirtualTime time = VirtualTime.create();

    private AsyncWaiter<String> sdkWaiter(int maxAttempts) {
        return AsyncWaiter.builder(String.class)
                .addAcceptor(WaiterAcceptor.successOnResponseAcceptor("DONE"::equals))
                .addAcceptor(WaiterAcceptor.retryOnResponseAcceptor(s -> !s.equals("DONE")))
                .overrideConfiguration(c -> c.maxAttempts(maxAttempts)
                        .backoffStrategyV2(BackoffStrategy.fixedDelayWithoutJitter(Duration.ofSeconds(1))))
                .scheduledExecutorService(time)
                .build();
    }

    private final PollPolicy<String> policy = PollPolicy.<String>builder()
            .classifier(s -> s.equals("DONE") ? PollOutcome.SUCCESS : PollOutcome.CONTINUE)
            .backoff(Backoff.fixed(Duration.ofSeconds(1)))
            .maxAttempts(5)
            .build();

    @Test
    void cancel_sdkWaiterKeepsPolling_pollerStops() {
        ScriptedCall<String> sdkCalls = ScriptedCall.<String>on(time).answers("RUNNING");
        ScriptedCall<String> pollerCalls = ScriptedCall.<String>on(time).answers("RUNNING");
        CompletableFuture<WaiterResponse<String>> sdk = sdkWaiter(5).runAsync(sdkCalls);
        CompletableFuture<String> ours = Poller.builder().scheduler(time).timeSource(time).build().poll(pollerCalls, policy);
        time.advance(Duration.ofMillis(1500));

        sdk.cancel(true);
        ours.cancel(true);
        time.advance(Duration.ofMinutes(1));

        assertThat(sdkCalls.calls()).as("SDK AsyncWaiter calls after cancel").isEqualTo(5);
        assertThat(pollerCalls.calls()).isEqualTo(2);
    }

    @Test
    void attemptsExhausted_sdkWaiterDropsTheLastResponse_pollerKeepsIt() {
        ScriptedCall<String> sdkCalls = ScriptedCall.<String>on(time).answers("RUNNING", "RUNNING", "STUCK");
        ScriptedCall<String> pollerCalls = ScriptedCall.<String>on(time).answers("RUNNING", "RUNNING", "STUCK");
        CompletableFuture<WaiterResponse<String>> sdk = sdkWaiter(3).runAsync(sdkCalls);
        CompletableFuture<String> ours = Poller.builder().scheduler(time).timeSource(time).build()
                .poll(pollerCalls, policy.toBuilder().maxAttempts(3).build());

        time.advance(Duration.ofMinutes(1));

        Throwable sdkFailure = catchThrowable(sdk::join);
        assertThat(sdkFailure).hasStackTraceContaining("exceeded the max retry attempts");
        assertThat(sdkFailure.toString() + sdkFailure.getCause()).doesNotContain("STUCK");
        PollTimeoutException timeout = PollerScheduleTest.failure(ours, PollTimeoutException.class);
        assertThat(timeout.lastResponse()).contains("STUCK");
    }
}

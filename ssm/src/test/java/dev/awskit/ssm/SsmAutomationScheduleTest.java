package dev.awskit.ssm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awskit.core.Futures;
import dev.awskit.core.backoff.Backoff;
import dev.awskit.core.poll.Poller;
import dev.awskit.core.time.VirtualTime;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.ssm.model.GetAutomationExecutionResponse;
import software.amazon.awssdk.services.ssm.model.SsmException;

/** The poll schedule in virtual time: the seed's stepped backoff, throttling back-off, deadlines. */
class SsmAutomationScheduleTest {
    private final VirtualTime time = VirtualTime.create();
    private final Poller poller = Poller.builder().scheduler(time).timeSource(time).build();

    @Test
    void await_byDefault_pollsOnTheSeedSchedule() {
        StubSsm ssm = new StubSsm(time, n -> StubSsm.status(n < 14 ? "InProgress" : "Success"));
        SsmAutomationHelper helper = SsmAutomationHelper.builder(ssm).poller(poller).build();

        CompletableFuture<AutomationResult> result = helper.await("e-1");
        time.advance(Duration.ofMinutes(5));

        assertThat(result).isCompleted();
        assertThat(ssm.getTimes).extracting(Duration::toMillis).containsExactly(
                0L, 2500L, 5000L, 7500L, 10000L,
                15000L, 20000L, 25000L, 30000L, 35000L, 40000L, 45000L,
                60000L, 75000L);
    }

    @Test
    void await_whenPollThrottled_waitsAtLeastErrorBackoff() {
        StubSsm ssm = new StubSsm(time, n -> n == 2 ? Futures.failed(throttling()) : StubSsm.status(
                n < 4 ? "InProgress" : "Success"));
        SsmAutomationHelper helper = SsmAutomationHelper.builder(ssm).poller(poller)
                .backoff(Backoff.fixed(Duration.ofSeconds(1)))
                .errorBackoff(Backoff.fixed(Duration.ofSeconds(10)))
                .build();

        CompletableFuture<AutomationResult> result = helper.await("e-1");
        time.advance(Duration.ofMinutes(1));

        assertThat(result).isCompleted();
        assertThat(ssm.getTimes).extracting(Duration::toMillis).containsExactly(0L, 1000L, 11000L, 12000L);
    }

    @Test
    void await_whenDeadlinePasses_failsWithTimeoutAndStopsPolling() {
        StubSsm ssm = new StubSsm(time, n -> StubSsm.status("InProgress"));
        SsmAutomationHelper helper = SsmAutomationHelper.builder(ssm).poller(poller)
                .backoff(Backoff.fixed(Duration.ofSeconds(10))).build();

        CompletableFuture<AutomationResult> result = helper.await("e-1", AwaitOptions.timeout(Duration.ofSeconds(35)));
        time.advance(Duration.ofMinutes(10));

        assertThat(result).isCompletedExceptionally();
        assertThat(Futures.unwrap(result.handle((r, e) -> e).join())).isInstanceOf(AutomationTimeoutException.class);
        assertThat(ssm.getTimes).extracting(Duration::toSeconds).containsExactly(0L, 10L, 20L, 30L);
        assertThat(ssm.stops).isZero();
    }

    @Test
    void await_whenDeadlinePassesWithStop_stopsThenPollsUntilEnded() {
        StubSsm ssm = new StubSsm(time, n -> StubSsm.status(n <= 4 ? "InProgress" : n == 5 ? "Cancelling" : "Cancelled"));
        SsmAutomationHelper helper = SsmAutomationHelper.builder(ssm).poller(poller)
                .backoff(Backoff.fixed(Duration.ofSeconds(10))).build();

        CompletableFuture<AutomationResult> result = helper.await("e-1",
                AwaitOptions.builder().timeout(Duration.ofSeconds(35)).stopOnTimeout(true).build());
        time.advance(Duration.ofMinutes(10));

        AutomationTimeoutException timeout = (AutomationTimeoutException) Futures.unwrap(
                result.handle((r, e) -> e).join());
        assertThat(timeout.stopped()).isTrue();
        assertThat(timeout.statusAfterStop()).contains("Cancelled");
        assertThat(ssm.stops).isEqualTo(1);
        assertThat(ssm.getTimes).hasSize(6);
    }

    @Test
    void await_withOptionsSetUpInPlace_startsFromTheHelpersDefaults() {
        StubSsm ssm = new StubSsm(time, n -> StubSsm.status(n <= 4 ? "InProgress" : n == 5 ? "Cancelling" : "Cancelled"));
        SsmAutomationHelper helper = SsmAutomationHelper.builder(ssm).poller(poller)
                .backoff(Backoff.fixed(Duration.ofSeconds(10)))
                .awaitDefaults(AwaitOptions.timeout(Duration.ofSeconds(35))).build();

        CompletableFuture<AutomationResult> result = helper.await("e-1", o -> o.stopOnTimeout(true));
        time.advance(Duration.ofMinutes(10));

        AutomationTimeoutException timeout = (AutomationTimeoutException) Futures.unwrap(
                result.handle((r, e) -> e).join());
        assertThat(timeout.stopped()).isTrue();
        assertThat(ssm.getTimes).extracting(Duration::toSeconds).startsWith(0L, 10L, 20L, 30L);
        assertThat(ssm.stops).isEqualTo(1);
    }

    @Test
    void await_whenCancelled_makesNoFurtherCall() {
        StubSsm ssm = new StubSsm(time, n -> StubSsm.status("InProgress"));
        SsmAutomationHelper helper = SsmAutomationHelper.builder(ssm).poller(poller)
                .backoff(Backoff.fixed(Duration.ofSeconds(10))).build();

        CompletableFuture<AutomationResult> result = helper.await("e-1");
        time.advance(Duration.ofSeconds(15));
        result.cancel(true);
        time.advance(Duration.ofHours(1));

        assertThat(ssm.getTimes).hasSize(2);
        assertThat(List.of(result.isCancelled())).containsExactly(true);
    }

    private static SsmException throttling() {
        return (SsmException) SsmException.builder().statusCode(400)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode("ThrottlingException").build()).build();
    }
}

package dev.awskit.core.poll;

import static dev.awskit.core.poll.ScriptedCall.seconds;
import static org.assertj.core.api.Assertions.assertThat;

import dev.awskit.core.backoff.Backoff;
import dev.awskit.core.time.VirtualTime;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class PollerCancellationTest {
    private final VirtualTime time = VirtualTime.create();
    private final Poller poller = Poller.builder().scheduler(time).timeSource(time).build();
    private final PollPolicy<String> everySecond = PollPolicy.<String>builder()
            .classifier(s -> s.equals("DONE") ? PollOutcome.SUCCESS : PollOutcome.CONTINUE)
            .backoff(Backoff.fixed(Duration.ofSeconds(1)))
            .timeout(Duration.ofHours(1))
            .build();

    @Test
    void cancel_betweenPolls_stopsAllFurtherCalls() {
        ScriptedCall<String> call = ScriptedCall.<String>on(time).answers("RUNNING");
        CompletableFuture<String> result = poller.poll(call, everySecond);
        time.advance(Duration.ofMillis(3500));
        assertThat(call.calls()).isEqualTo(4);

        assertThat(result.cancel(true)).isTrue();
        time.advance(Duration.ofDays(1));

        assertThat(call.callTimes()).isEqualTo(seconds(0, 1, 2, 3));
        assertThat(result).isCancelled();
        assertThat(time.pendingTasks()).as("backoff timer and deadline timer cancelled").isZero();
    }

    @Test
    void cancel_whileCallIsInFlight_cancelsThatCallAndMakesNoOther() {
        ScriptedCall<String> call = ScriptedCall.<String>on(time).answers("RUNNING", "RUNNING").hangs();
        CompletableFuture<String> result = poller.poll(call, everySecond);
        time.advance(Duration.ofSeconds(2));
        CompletableFuture<String> inFlight = call.future(3);
        assertThat(inFlight).isNotDone();

        result.cancel(true);
        time.advance(Duration.ofDays(1));

        assertThat(inFlight).isCancelled();
        assertThat(call.calls()).isEqualTo(3);
    }

    @Test
    void cancel_whenInFlightCallAnswersLater_ignoresTheAnswer() {
        CompletableFuture<String> late = new CompletableFuture<>();
        ScriptedCall<String> call = ScriptedCall.<String>on(time).step(() -> late).answers("RUNNING");
        CompletableFuture<String> result = poller.poll(call, everySecond);
        time.runDue();

        result.cancel(false);
        late.complete("DONE");
        time.advance(Duration.ofDays(1));

        assertThat(result).isCancelled();
        assertThat(call.calls()).isEqualTo(1);
    }

    @Test
    void cancel_beforeTheFirstPoll_meansNoCallIsEverMade() {
        ScriptedCall<String> call = ScriptedCall.<String>on(time).answers("DONE");
        CompletableFuture<String> result =
                poller.poll(call, everySecond.toBuilder().initialDelay(Duration.ofSeconds(10)).build());
        time.advance(Duration.ofSeconds(5));

        result.cancel(true);
        time.advance(Duration.ofDays(1));

        assertThat(call.calls()).isZero();
    }

    @Test
    void cancel_ofOneWait_leavesOthersOnTheSameSchedulerRunning() {
        ScriptedCall<String> cancelled = ScriptedCall.<String>on(time).answers("RUNNING");
        ScriptedCall<String> kept = ScriptedCall.<String>on(time).answers("RUNNING", "RUNNING", "DONE");
        CompletableFuture<String> first = poller.poll(cancelled, everySecond);
        CompletableFuture<String> second = poller.poll(kept, everySecond);
        time.advance(Duration.ofMillis(500));

        first.cancel(true);
        time.advance(Duration.ofMinutes(1));

        assertThat(cancelled.calls()).isEqualTo(1);
        assertThat(second).isCompletedWithValue("DONE");
        assertThat(kept.callTimes()).isEqualTo(seconds(0, 1, 2));
    }
}

package dev.awskit.core.poll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.awskit.core.backoff.Backoff;
import dev.awskit.core.time.VirtualTime;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

class PollerListenerTest {
    private final VirtualTime time = VirtualTime.create();
    private final Poller poller = Poller.builder().scheduler(time).timeSource(time).build();

    /** Records what it hears; optionally throws after recording. */
    private static final class Recorder implements PollListener<String> {
        final List<PollAttempt<String>> attempts = new CopyOnWriteArrayList<>();
        final List<String> changes = new CopyOnWriteArrayList<>();
        final boolean throwing;

        Recorder(boolean throwing) {
            this.throwing = throwing;
        }

        @Override
        public void onAttempt(PollAttempt<String> attempt) {
            attempts.add(attempt);
            if (throwing) {
                throw new IllegalStateException("listener bug");
            }
        }

        @Override
        public void onStatusChange(String previous, String current, PollAttempt<String> attempt) {
            changes.add(previous + "->" + current + "@" + attempt.number());
            if (throwing) {
                throw new IllegalStateException("listener bug");
            }
        }
    }

    private PollPolicy<String> policy(PollListener<String> listener) {
        return PollPolicy.<String>builder()
                .name("listened")
                .classifier(s -> s.equals("SUCCESS") ? PollOutcome.SUCCESS : PollOutcome.CONTINUE)
                .backoff(Backoff.fixed(Duration.ofSeconds(2)))
                .errorBackoff(Backoff.fixed(Duration.ofSeconds(5)))
                .status(s -> s)
                .listener(listener)
                .build();
    }

    @Test
    void listener_hearsEveryAttemptWithItsOutcomeAndNextDelay() {
        AwsServiceException throttled = SdkErrors.throttling();
        ScriptedCall<String> call = ScriptedCall.<String>on(time)
                .answers("PENDING").fails(1, throttled).answers("RUNNING", "SUCCESS");
        Recorder recorder = new Recorder(false);

        CompletableFuture<String> result = poller.poll(call, policy(recorder));
        time.advance(Duration.ofMinutes(1));

        assertThat(result).isCompletedWithValue("SUCCESS");
        assertThat(recorder.attempts)
                .extracting(PollAttempt::name, PollAttempt::number, PollAttempt::elapsed, PollAttempt::response,
                        PollAttempt::error, PollAttempt::outcome, PollAttempt::nextDelay)
                .containsExactly(
                        tuple("listened", 1, Duration.ZERO, "PENDING", null, PollOutcome.CONTINUE, Duration.ofSeconds(2)),
                        tuple("listened", 2, Duration.ofSeconds(2), null, throttled, PollOutcome.CONTINUE, Duration.ofSeconds(5)),
                        tuple("listened", 3, Duration.ofSeconds(7), "RUNNING", null, PollOutcome.CONTINUE, Duration.ofSeconds(2)),
                        tuple("listened", 4, Duration.ofSeconds(9), "SUCCESS", null, PollOutcome.SUCCESS, null));
        assertThat(recorder.attempts.get(1).errorIfPresent()).contains(throttled);
        assertThat(recorder.attempts.get(1).responseIfPresent()).isEmpty();
    }

    @Test
    void listener_hearsEachStatusChangeOnce() {
        ScriptedCall<String> call = ScriptedCall.<String>on(time)
                .answers("PENDING", "PENDING", "RUNNING", "RUNNING", "RUNNING", "SUCCESS");
        Recorder recorder = new Recorder(false);

        poller.poll(call, policy(recorder));
        time.advance(Duration.ofMinutes(1));

        assertThat(recorder.changes).containsExactly("null->PENDING@1", "PENDING->RUNNING@3", "RUNNING->SUCCESS@6");
    }

    @Test
    void listener_whenItThrows_theWaitGoesOnAndStatusChangesStillArrive() {
        ScriptedCall<String> call = ScriptedCall.<String>on(time).answers("PENDING", "RUNNING", "SUCCESS");
        Recorder recorder = new Recorder(true);

        CompletableFuture<String> result = poller.poll(call, policy(recorder));
        time.advance(Duration.ofMinutes(1));

        assertThat(result).isCompletedWithValue("SUCCESS");
        assertThat(recorder.attempts).hasSize(3);
        assertThat(recorder.changes).containsExactly("null->PENDING@1", "PENDING->RUNNING@2", "RUNNING->SUCCESS@3");
    }

    @Test
    void listener_whenStatusExtractorThrows_theWaitGoesOn() {
        ScriptedCall<String> call = ScriptedCall.<String>on(time).answers("PENDING", "SUCCESS");
        Recorder recorder = new Recorder(false);
        PollPolicy<String> policy = policy(recorder).toBuilder().status(s -> {
            throw new IllegalArgumentException("no status in " + s.length() + " chars");
        }).build();

        CompletableFuture<String> result = poller.poll(call, policy);
        time.advance(Duration.ofMinutes(1));

        assertThat(result).isCompletedWithValue("SUCCESS");
        assertThat(recorder.attempts).hasSize(2);
        assertThat(recorder.changes).isEmpty();
    }

    @Test
    void listener_onAFailedWait_hearsTheLastAttemptBeforeTheFutureFails() {
        ScriptedCall<String> call = ScriptedCall.<String>on(time).answers("RUNNING");
        List<Boolean> doneWhenHeard = new CopyOnWriteArrayList<>();
        CompletableFuture<?>[] holder = new CompletableFuture<?>[1];
        PollListener<String> listener = new PollListener<>() {
            @Override
            public void onAttempt(PollAttempt<String> attempt) {
                doneWhenHeard.add(holder[0].isDone());
            }
        };

        holder[0] = poller.poll(call, policy(listener).toBuilder().maxAttempts(2).build());
        time.advance(Duration.ofMinutes(1));

        assertThat(holder[0]).isCompletedExceptionally();
        assertThat(doneWhenHeard).containsExactly(false, false);
    }
}

package dev.awskit.core.poll;

import static dev.awskit.core.poll.ScriptedCall.seconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awskit.core.backoff.Backoff;
import dev.awskit.core.time.VirtualTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class PollerScheduleTest {
    private final VirtualTime time = VirtualTime.create();
    private final Poller poller = Poller.builder().scheduler(time).timeSource(time).build();

    private static PollOutcome byStatus(String status) {
        return switch (status) {
            case "SUCCESS" -> PollOutcome.SUCCESS;
            case "FAILED" -> PollOutcome.FAILURE;
            default -> PollOutcome.CONTINUE;
        };
    }

    private static PollPolicy.Builder<String> policy() {
        return PollPolicy.<String>builder().name("test wait").classifier(PollerScheduleTest::byStatus);
    }

    private static String[] inProgress(int times) {
        String[] answers = new String[times];
        java.util.Arrays.fill(answers, "IN_PROGRESS");
        return answers;
    }

    @Test
    void poll_withSeedSteppedBackoff_callsAtTheScalaLoopTimes() {
        ScriptedCall<String> call = ScriptedCall.<String>on(time).answers(inProgress(15)).answers("SUCCESS");
        Backoff seed = Backoff.stepped().step(Duration.ofMillis(2500), 4).step(Duration.ofSeconds(5), 7)
                .then(Duration.ofSeconds(15));

        CompletableFuture<String> result = poller.poll(call, policy().backoff(seed).timeout(Duration.ofHours(1)).build());
        time.advance(Duration.ofHours(2));

        // The seed's loop: check #retries, then sleeps 2500 ms while retries <= 3, 5000 ms while retries <= 10, else 15000 ms.
        List<Duration> expected = new ArrayList<>();
        long at = 0;
        for (int retries = 0; retries < 16; retries++) {
            expected.add(Duration.ofMillis(at));
            at += retries <= 3 ? 2500 : retries <= 10 ? 5000 : 15000;
        }
        assertThat(call.callTimes()).isEqualTo(expected);
        assertThat(call.callTimes()).endsWith(Duration.ofSeconds(105));
        assertThat(result).isCompletedWithValue("SUCCESS");
    }

    @Test
    void poll_withPolicyBuiltInPlace_pollsAsTheBuiltPolicyDoes() {
        ScriptedCall<String> call = ScriptedCall.<String>on(time).answers(inProgress(2)).answers("SUCCESS");

        CompletableFuture<String> result = poller.poll(call, p -> p.name("in place")
                .classifier(PollerScheduleTest::byStatus).backoff(Backoff.fixed(Duration.ofSeconds(3))));
        time.advance(Duration.ofMinutes(1));

        assertThat(call.callTimes()).containsExactly(Duration.ZERO, Duration.ofSeconds(3), Duration.ofSeconds(6));
        assertThat(result).isCompletedWithValue("SUCCESS");
    }

    @Test
    void poll_withJitteredBackoff_waitsExactlyWhatTheSeededScheduleDraws() {
        ScriptedCall<String> call = ScriptedCall.<String>on(time).answers(inProgress(8)).answers("SUCCESS");
        Backoff used = Backoff.exponential(Duration.ofSeconds(1), Duration.ofSeconds(20)).withRandom(new Random(7)::nextDouble);
        Backoff reference = Backoff.exponential(Duration.ofSeconds(1), Duration.ofSeconds(20)).withRandom(new Random(7)::nextDouble);

        CompletableFuture<String> result = poller.poll(call, policy().backoff(used).build());
        time.advance(Duration.ofMinutes(5));

        List<Duration> expected = new ArrayList<>();
        Duration at = Duration.ZERO;
        for (int attempt = 1; attempt <= 9; attempt++) {
            expected.add(at);
            at = at.plus(reference.delay(attempt));
        }
        assertThat(call.callTimes()).isEqualTo(expected);
        assertThat(result).isCompletedWithValue("SUCCESS");
    }

    @Test
    void poll_withInitialDelay_makesTheFirstCallAfterIt() {
        ScriptedCall<String> call = ScriptedCall.<String>on(time).answers("IN_PROGRESS", "SUCCESS");

        poller.poll(call, policy().initialDelay(Duration.ofSeconds(30)).backoff(Backoff.fixed(Duration.ofSeconds(2))).build());
        time.advance(Duration.ofSeconds(29));
        assertThat(call.calls()).isZero();
        time.advance(Duration.ofMinutes(1));

        assertThat(call.callTimes()).isEqualTo(seconds(30, 32));
    }

    @Test
    void poll_whenAnswerIsSuccessAtOnce_makesOneCallAndLeavesNoTimerBehind() {
        ScriptedCall<String> call = ScriptedCall.<String>on(time).answers("SUCCESS");

        CompletableFuture<String> result = poller.poll(call, policy().build());
        time.runDue();

        assertThat(result).isCompletedWithValue("SUCCESS");
        assertThat(call.calls()).isEqualTo(1);
        assertThat(time.pendingTasks()).isZero();
    }

    @Test
    void poll_whenAnswerArrivesLater_classifiesItOnTheSchedulerNotTheCompletingThread() {
        CompletableFuture<String> later = new CompletableFuture<>();
        ScriptedCall<String> call = ScriptedCall.<String>on(time).step(() -> later);

        CompletableFuture<String> result = poller.poll(call, policy().build());
        time.runDue();
        later.complete("SUCCESS");

        assertThat(result).as("classification waits for the scheduler").isNotDone();
        time.runDue();
        assertThat(result).isCompletedWithValue("SUCCESS");
    }

    @Test
    void poll_whenDeadlinePasses_failsWithDeadlineCarryingTheLastResponse() {
        ScriptedCall<String> call = ScriptedCall.<String>on(time).answers("PENDING", "RUNNING", "RUNNING", "STILL_RUNNING");

        CompletableFuture<String> result = poller.poll(call,
                policy().backoff(Backoff.fixed(Duration.ofSeconds(10))).timeout(Duration.ofSeconds(35)).build());
        time.advance(Duration.ofSeconds(34));
        assertThat(result).isNotDone();
        time.advance(Duration.ofSeconds(1));

        assertThat(result).isCompletedExceptionally();
        PollTimeoutException timeout = failure(result, PollTimeoutException.class);
        assertThat(timeout.limit()).isEqualTo(PollTimeoutException.Limit.DEADLINE);
        assertThat(timeout.lastResponse(String.class)).contains("STILL_RUNNING");
        assertThat(timeout.attempts()).isEqualTo(4);
        assertThat(timeout.elapsed()).isEqualTo(Duration.ofSeconds(35));
        assertThat(timeout.name()).isEqualTo("test wait");
        assertThat(timeout).hasMessageContaining("test wait").hasMessageContaining("PT35S").hasNoCause();

        time.advance(Duration.ofHours(1));
        assertThat(call.calls()).isEqualTo(4);
    }

    @Test
    void poll_whenCallHangsAtTheDeadline_cancelsTheCallInFlight() {
        ScriptedCall<String> call = ScriptedCall.<String>on(time).answers("RUNNING").hangs();

        CompletableFuture<String> result = poller.poll(call,
                policy().backoff(Backoff.fixed(Duration.ofSeconds(1))).timeout(Duration.ofSeconds(5)).build());
        time.advance(Duration.ofSeconds(2));
        assertThat(call.calls()).isEqualTo(2);
        assertThat(call.future(2)).isNotDone();

        time.advance(Duration.ofSeconds(3));

        assertThat(call.future(2)).isCancelled();
        PollTimeoutException timeout = failure(result, PollTimeoutException.class);
        assertThat(timeout.limit()).isEqualTo(PollTimeoutException.Limit.DEADLINE);
        assertThat(timeout.lastResponse()).contains("RUNNING");
        assertThat(timeout.elapsed()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void poll_whenAttemptLimitReached_failsWithAttemptsAndMakesNoMoreCalls() {
        ScriptedCall<String> call = ScriptedCall.<String>on(time).answers("A", "B", "C", "SUCCESS");

        CompletableFuture<String> result = poller.poll(call,
                policy().backoff(Backoff.fixed(Duration.ofSeconds(3))).maxAttempts(3).build());
        time.advance(Duration.ofHours(1));

        PollTimeoutException timeout = failure(result, PollTimeoutException.class);
        assertThat(timeout.limit()).isEqualTo(PollTimeoutException.Limit.ATTEMPTS);
        assertThat(timeout.attempts()).isEqualTo(3);
        assertThat(timeout.elapsed()).isEqualTo(Duration.ofSeconds(6));
        assertThat(timeout.lastResponse()).contains("C");
        assertThat(timeout).hasMessageContaining("3 attempt(s)");
        assertThat(call.callTimes()).isEqualTo(seconds(0, 3, 6));
    }

    @Test
    void poll_whenClassifierSaysFailure_failsWithThatResponseAndNoCause() {
        ScriptedCall<String> call = ScriptedCall.<String>on(time).answers("RUNNING", "FAILED", "SUCCESS");

        CompletableFuture<String> result = poller.poll(call, policy().backoff(Backoff.fixed(Duration.ofSeconds(1))).build());
        time.advance(Duration.ofMinutes(1));

        PollFailedException failed = failure(result, PollFailedException.class);
        assertThat(failed.lastResponse(String.class)).contains("FAILED");
        assertThat(failed.attempts()).isEqualTo(2);
        assertThat(failed).hasNoCause().hasMessageContaining("test wait");
        assertThat(call.calls()).isEqualTo(2);
    }

    @Test
    void poll_whenClassifierThrows_failsWithItsExceptionAsCause() {
        ScriptedCall<String> call = ScriptedCall.<String>on(time).answers("RUNNING", "GARBLED");
        IllegalStateException broken = new IllegalStateException("cannot read GARBLED");
        PollPolicy<String> throwing = PollPolicy.<String>builder().name("throwing").classifier(s -> {
            if (s.equals("GARBLED")) {
                throw broken;
            }
            return PollOutcome.CONTINUE;
        }).backoff(Backoff.fixed(Duration.ofSeconds(1))).build();

        CompletableFuture<String> result = poller.poll(call, throwing);
        time.advance(Duration.ofMinutes(1));

        PollFailedException failed = failure(result, PollFailedException.class);
        assertThat(failed).hasCause(broken).hasMessageContaining("IllegalStateException");
        assertThat(failed.lastResponse()).contains("GARBLED");
        assertThat(call.calls()).isEqualTo(2);
    }

    @Test
    void poll_whenClassifierReturnsNull_pollsAgain() {
        ScriptedCall<String> call = ScriptedCall.<String>on(time).answers("UNKNOWN", "SUCCESS");
        PollPolicy<String> nullable = PollPolicy.<String>builder()
                .classifier(s -> s.equals("SUCCESS") ? PollOutcome.SUCCESS : null)
                .backoff(Backoff.fixed(Duration.ofSeconds(1))).build();

        CompletableFuture<String> result = poller.poll(call, nullable);
        time.advance(Duration.ofMinutes(1));

        assertThat(result).isCompletedWithValue("SUCCESS");
        assertThat(call.calls()).isEqualTo(2);
    }

    @Test
    void poll_whenCallAnswersNull_failsNamingIt() {
        ScriptedCall<String> call = ScriptedCall.<String>on(time).answers((String) null);

        CompletableFuture<String> result = poller.poll(call, policy().build());
        time.advance(Duration.ofMinutes(1));

        assertThat(failure(result, PollFailedException.class)).hasCauseInstanceOf(NullPointerException.class);
        assertThat(call.calls()).isEqualTo(1);
    }

    @Test
    void poll_whenSupplierThrows_failsWithThatException() {
        IllegalArgumentException bad = new IllegalArgumentException("bad request built");
        CompletableFuture<String> result = poller.poll(() -> {
            throw bad;
        }, policy().build());
        time.advance(Duration.ofMinutes(1));

        assertThat(failure(result, PollFailedException.class)).hasCause(bad);
    }

    @Test
    void poll_withDeadlineCenturiesAway_stillPolls() {
        ScriptedCall<String> call = ScriptedCall.<String>on(time).answers("RUNNING", "SUCCESS");

        CompletableFuture<String> result = poller.poll(call,
                policy().backoff(Backoff.fixed(Duration.ofSeconds(1))).timeout(Duration.ofDays(365L * 1000)).build());
        time.advance(Duration.ofSeconds(1));

        assertThat(result).isCompletedWithValue("SUCCESS");
    }

    @Test
    void poll_withNullArguments_isRejectedBeforeAnyCall() {
        assertThatThrownBy(() -> poller.poll(null, policy().build()))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("call");
        assertThatThrownBy(() -> poller.poll(ScriptedCall.<String>on(time), (PollPolicy<String>) null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("policy");
        assertThatThrownBy(() -> poller.poll(ScriptedCall.<String>on(time),
                (java.util.function.Consumer<PollPolicy.Builder<String>>) null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("policy");
    }

    static <X extends Throwable> X failure(CompletableFuture<?> result, Class<X> type) {
        assertThat(result).isCompletedExceptionally();
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(result::join);
        assertThat(thrown).isInstanceOf(CompletionException.class).hasCauseInstanceOf(type);
        return type.cast(thrown.getCause());
    }
}

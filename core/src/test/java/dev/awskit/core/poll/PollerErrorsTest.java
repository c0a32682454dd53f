package dev.awskit.core.poll;

import static dev.awskit.core.poll.PollerScheduleTest.failure;
import static dev.awskit.core.poll.ScriptedCall.seconds;
import static org.assertj.core.api.Assertions.assertThat;

import dev.awskit.core.backoff.Backoff;
import dev.awskit.core.time.VirtualTime;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

class PollerErrorsTest {
    private final VirtualTime time = VirtualTime.create();
    private final Poller poller = Poller.builder().scheduler(time).timeSource(time).build();

    /** Polls every 100 ms; after errors waits at least 1 s, 2 s, 4 s, then 4 s for each error in a row. */
    private static PollPolicy.Builder<String> policy() {
        return PollPolicy.<String>builder()
                .name("errors wait")
                .classifier(s -> s.equals("DONE") ? PollOutcome.SUCCESS : PollOutcome.CONTINUE)
                .backoff(Backoff.fixed(Duration.ofMillis(100)))
                .errorBackoff(Backoff.exponential(Duration.ofSeconds(1), Duration.ofSeconds(4)).withoutJitter())
                .timeout(Duration.ofMinutes(5));
    }

    @Test
    void poll_whenThrottled_retriesWithGrowingErrorBackoff() {
        ScriptedCall<String> call = ScriptedCall.<String>on(time).fails(4, SdkErrors.throttling()).answers("DONE");

        CompletableFuture<String> result = poller.poll(call, policy().build());
        time.advance(Duration.ofMinutes(1));

        assertThat(result).isCompletedWithValue("DONE");
        assertThat(call.callTimes()).isEqualTo(seconds(0, 1, 3, 7, 11));
    }

    @Test
    void poll_whenServerAnswers503_retriesUntilItAnswers() {
        ScriptedCall<String> call = ScriptedCall.<String>on(time).fails(2, SdkErrors.unavailable()).answers("DONE");

        CompletableFuture<String> result = poller.poll(call, policy().build());
        time.advance(Duration.ofMinutes(1));

        assertThat(result).isCompletedWithValue("DONE");
        assertThat(call.callTimes()).isEqualTo(seconds(0, 1, 3));
    }

    @Test
    void poll_whenConnectionIsRefused_retriesUntilItAnswers() {
        ScriptedCall<String> call = ScriptedCall.<String>on(time).fails(3, SdkErrors.connectionRefused()).answers("DONE");

        CompletableFuture<String> result = poller.poll(call, policy().build());
        time.advance(Duration.ofMinutes(1));

        assertThat(result).isCompletedWithValue("DONE");
        assertThat(call.callTimes()).isEqualTo(seconds(0, 1, 3, 7));
    }

    @Test
    void poll_whenErrorArrivesWrappedInCompletionException_treatsItAsTheSdkError() {
        ScriptedCall<String> call = ScriptedCall.<String>on(time)
                .fails(1, new CompletionException(SdkErrors.throttling()))
                .fails(1, new CompletionException(SdkErrors.accessDenied()));

        CompletableFuture<String> result = poller.poll(call, policy().build());
        time.advance(Duration.ofMinutes(1));

        assertThat(failure(result, PollFailedException.class).getCause())
                .isInstanceOf(AwsServiceException.class).hasMessageContaining("AccessDeniedException");
        assertThat(call.callTimes()).isEqualTo(seconds(0, 1));
    }

    @Test
    void poll_afterAnAnswer_errorBackoffStartsOver() {
        ScriptedCall<String> call = ScriptedCall.<String>on(time)
                .fails(2, SdkErrors.throttling()).answers("RUNNING").fails(1, SdkErrors.throttling()).answers("DONE");

        CompletableFuture<String> result = poller.poll(call, policy().build());
        time.advance(Duration.ofMinutes(1));

        assertThat(result).isCompletedWithValue("DONE");
        assertThat(call.callTimes()).isEqualTo(seconds(0, 1, 3, 3.1, 4.1));
    }

    @Test
    void poll_whenErrorIsNotTransient_failsAtOnceWithThatCause() {
        AwsServiceException denied = SdkErrors.accessDenied();
        ScriptedCall<String> call = ScriptedCall.<String>on(time).answers("RUNNING").fails(1, denied).answers("DONE");

        CompletableFuture<String> result = poller.poll(call, policy().build());
        time.advance(Duration.ofMinutes(1));

        PollFailedException failed = failure(result, PollFailedException.class);
        assertThat(failed).hasCause(denied).hasMessageContaining("AccessDeniedException").hasMessageContaining("errors wait");
        assertThat(failed.lastResponse()).contains("RUNNING");
        assertThat(failed.attempts()).isEqualTo(2);
        assertThat(call.calls()).isEqualTo(2);
    }

    @Test
    void poll_whenTransientErrorsLastPastTheDeadline_timesOutWithTheLastErrorAsCause() {
        AwsServiceException throttled = SdkErrors.throttling();
        ScriptedCall<String> call = ScriptedCall.<String>on(time).answers("RUNNING").fails(1, throttled);

        CompletableFuture<String> result = poller.poll(call, policy().timeout(Duration.ofSeconds(30)).build());
        time.advance(Duration.ofMinutes(1));

        PollTimeoutException timeout = failure(result, PollTimeoutException.class);
        assertThat(timeout.limit()).isEqualTo(PollTimeoutException.Limit.DEADLINE);
        assertThat(timeout).hasCause(throttled).hasMessageContaining("ThrottlingException");
        assertThat(timeout.lastResponse()).contains("RUNNING");
        // 0.1 s, then errors at 1 s, 2 s, 4 s, 4 s ... apart: 0, 0.1, 1.1, 3.1, 7.1, 11.1, ..., 27.1.
        assertThat(call.callTimes()).isEqualTo(seconds(0, 0.1, 1.1, 3.1, 7.1, 11.1, 15.1, 19.1, 23.1, 27.1));
    }

    @Test
    void poll_whenCustomTransientTestRejectsThrottling_failsAtOnce() {
        ScriptedCall<String> call = ScriptedCall.<String>on(time).fails(1, SdkErrors.throttling()).answers("DONE");

        CompletableFuture<String> result = poller.poll(call, policy().transientErrors(e -> false).build());
        time.advance(Duration.ofMinutes(1));

        assertThat(failure(result, PollFailedException.class)).hasCauseInstanceOf(AwsServiceException.class);
        assertThat(call.calls()).isEqualTo(1);
    }

    @Test
    void poll_whenNotVisibleYetWithinWindow_ridesItOut() {
        ScriptedCall<String> call = ScriptedCall.<String>on(time).fails(3, SdkErrors.notFound()).answers("DONE");

        CompletableFuture<String> result = poller.poll(call, policy()
                .notVisibleYet(e -> "ResourceNotFoundException".equals(dev.awskit.core.TransientErrors.errorCode(e)),
                        Duration.ofSeconds(10))
                .build());
        time.advance(Duration.ofMinutes(1));

        assertThat(result).isCompletedWithValue("DONE");
        assertThat(call.callTimes()).isEqualTo(seconds(0, 1, 3, 7));
    }

    @Test
    void poll_whenNotVisibleYetOutlastsTheWindow_failsWithThatError() {
        AwsServiceException missing = SdkErrors.notFound();
        ScriptedCall<String> call = ScriptedCall.<String>on(time).fails(1, missing);

        CompletableFuture<String> result = poller.poll(call, policy()
                .notVisibleYet(e -> e == missing, Duration.ofSeconds(5))
                .build());
        time.advance(Duration.ofMinutes(1));

        PollFailedException failed = failure(result, PollFailedException.class);
        assertThat(failed).hasCause(missing);
        // Ridden out at 0, 1 and 3 s; the call at 7 s is past the 5 s window and ends the wait.
        assertThat(call.callTimes()).isEqualTo(seconds(0, 1, 3, 7));
        assertThat(failed.attempts()).isEqualTo(4);
        assertThat(failed.elapsed()).isEqualTo(Duration.ofSeconds(7));
    }

    @Test
    void poll_whenNotVisibleYetWasNotConfigured_failsAtTheFirstNotFound() {
        ScriptedCall<String> call = ScriptedCall.<String>on(time).fails(1, SdkErrors.notFound()).answers("DONE");

        CompletableFuture<String> result = poller.poll(call, policy().build());
        time.advance(Duration.ofMinutes(1));

        assertThat(result).isCompletedExceptionally();
        assertThat(call.calls()).isEqualTo(1);
    }
}

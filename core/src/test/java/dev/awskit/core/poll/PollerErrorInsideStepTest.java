package dev.awskit.core.poll;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awskit.core.AwsKitException;
import dev.awskit.core.backoff.Backoff;
import dev.awskit.core.time.VirtualTime;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Regression: an Error thrown inside a scheduled step (seen as NoClassDefFoundError while classes were being
 * rebuilt) was swallowed by the executor and the wait never completed.
 */
class PollerErrorInsideStepTest {
    private final VirtualTime time = VirtualTime.create();
    private final Poller poller = Poller.builder().scheduler(time).timeSource(time).build();

    private static PollPolicy.Builder<String> policy() {
        return PollPolicy.<String>builder()
                .name("guarded wait")
                .classifier(s -> PollOutcome.CONTINUE)
                .backoff(Backoff.fixed(Duration.ofSeconds(1)))
                .timeout(Duration.ofHours(1));
    }

    @Test
    void poll_whenCallThrowsAnError_failsTheWaitAtOnce() {
        CompletableFuture<String> result = poller.poll(() -> {
            throw new NoClassDefFoundError("dev/awskit/Missing");
        }, policy().build());
        time.runDue();

        assertThat(result).isCompletedExceptionally();
        assertThat(time.elapsed()).isEqualTo(Duration.ZERO);
        assertThat(result.handle((v, e) -> e).join())
                .isInstanceOf(AwsKitException.class)
                .hasMessageContaining("guarded wait failed inside the poller after 1 attempt(s)")
                .hasCauseInstanceOf(NoClassDefFoundError.class);
    }

    @Test
    void poll_whenClassifierThrowsAnError_failsTheWaitInsteadOfHanging() {
        PollPolicy<String> throwing = policy().classifier(s -> {
            throw new StackOverflowError();
        }).build();

        CompletableFuture<String> result = poller.poll(() -> CompletableFuture.completedFuture("ANSWER"), throwing);
        time.advance(Duration.ofSeconds(10));

        assertThat(result).isCompletedExceptionally();
        assertThat(result.handle((v, e) -> e).join()).isInstanceOf(AwsKitException.class).hasCauseInstanceOf(StackOverflowError.class);
    }

    @Test
    void poll_whenAnErrorArrivesLaterOnAnotherThread_failsTheWait() {
        CompletableFuture<String> slow = new CompletableFuture<>();
        PollPolicy<String> throwing = policy().classifier(s -> {
            throw new LinkageError("broken classifier");
        }).build();

        CompletableFuture<String> result = poller.poll(() -> slow, throwing);
        time.runDue();
        slow.complete("ANSWER");
        time.runDue();

        assertThat(result).isCompletedExceptionally();
        assertThat(result.handle((v, e) -> e).join()).isInstanceOf(AwsKitException.class).hasCauseInstanceOf(LinkageError.class);
    }
}

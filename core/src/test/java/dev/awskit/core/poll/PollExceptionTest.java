package dev.awskit.core.poll;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awskit.core.AwsKitException;
import dev.awskit.core.AwsKitTimeoutException;
import dev.awskit.core.time.VirtualTime;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PollExceptionTest {

    @Test
    void lastResponse_ofAnotherType_isEmpty() {
        PollFailedException failed = new PollFailedException("m", null, "wait", 2, Duration.ofSeconds(3), "answer");

        assertThat(failed.lastResponse(String.class)).contains("answer");
        assertThat(failed.lastResponse(Integer.class)).isEmpty();
        assertThat(failed.lastResponse()).contains("answer");
        assertThat(failed).isInstanceOf(AwsKitException.class);
        assertThat(failed.name()).isEqualTo("wait");
        assertThat(failed.attempts()).isEqualTo(2);
        assertThat(failed.elapsed()).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void lastResponse_whenNoneWasSeen_isEmpty() {
        PollTimeoutException timeout = new PollTimeoutException("m", null, PollTimeoutException.Limit.ATTEMPTS, "wait", 0,
                Duration.ZERO, null);

        assertThat(timeout.lastResponse()).isEmpty();
        assertThat(timeout.lastResponse(Object.class)).isEmpty();
        assertThat(timeout.limit()).isEqualTo(PollTimeoutException.Limit.ATTEMPTS);
    }

    @Test
    void pollTimeout_isTheSharedTimeoutType_andAFailureIsNot() {
        PollTimeoutException timeout = new PollTimeoutException("m", null, PollTimeoutException.Limit.DEADLINE,
                "wait", 3, Duration.ofSeconds(9), "answer");
        PollFailure asFailure = timeout;

        assertThat(timeout).isInstanceOf(AwsKitTimeoutException.class);
        assertThat(timeout.elapsed()).isEqualTo(Duration.ofSeconds(9));
        assertThat(asFailure.lastResponse(String.class)).contains("answer");
        assertThat(new PollFailedException("m", null, "wait", 1, Duration.ZERO, null))
                .isNotInstanceOf(AwsKitTimeoutException.class);
    }

    @Test
    void poller_exposesItsSchedulerAndTimeSourceAndDescribesItself() {
        VirtualTime time = VirtualTime.create();
        PollRateLimiter limiter = PollRateLimiter.perSecond(5);

        Poller poller = Poller.builder().scheduler(time).timeSource(time).rateLimiter(limiter).build();

        assertThat(poller.scheduler()).isSameAs(time);
        assertThat(poller.timeSource()).isSameAs(time);
        assertThat(poller.toString()).contains("ownsScheduler=false").contains("5.0/s");
        poller.close();
        assertThat(time.isShutdown()).as("closing never shuts down a given scheduler").isFalse();
    }
}

package dev.awskit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.awskit.core.client.ClientSettings;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.services.sts.StsAsyncClient;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * Latency faults. The injected delay (10 minutes) dwarfs the attempt timeout (1 s): a call can only end
 * through the SDK's attempt timeout, which proves the latency was there and that no thread is held for it.
 * The class timeout is a guard against a blocked thread, not a speed assertion.
 */
@ExtendWith(MotoExtension.class)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class FaultInjectorLatencyTest {
    private static final Duration FOREVER = Duration.ofMinutes(10);

    private final FaultInjector faults = FaultInjector.create();
    private ClientSettings settings;

    @BeforeEach
    void setUp(MotoServer moto) {
        settings = moto.settings().toBuilder().addInterceptor(faults)
                .retryStrategy(new RecordingRetries(1).strategy)
                .apiCallAttemptTimeout(Duration.ofSeconds(1))
                .build();
    }

    @Test
    void latency_onSyncClient_endsByAttemptTimeoutNotAfterDelay() {
        faults.onAny().always().latency(FOREVER);
        try (StsClient sts = settings.client(StsClient.builder())) {
            Throwable thrown = catchThrowable(sts::getCallerIdentity);

            assertThat(thrown).isInstanceOf(ApiCallAttemptTimeoutException.class);
            assertThat(faults.injected("GetCallerIdentity")).isEqualTo(1);
            assertThat(Thread.currentThread().isInterrupted()).isFalse();
        }
    }

    @Test
    void latency_onAsyncClient_endsByAttemptTimeoutWithoutBlockingCaller() {
        faults.on("GetCallerIdentity").always().latency(FOREVER);
        try (StsAsyncClient sts = settings.applyTo(StsAsyncClient.builder())
                .httpClientBuilder(NettyNioAsyncHttpClient.builder()).build()) {
            var future = sts.getCallerIdentity();

            Throwable thrown = catchThrowable(future::join);

            assertThat(thrown).isInstanceOf(CompletionException.class)
                    .hasCauseInstanceOf(ApiCallAttemptTimeoutException.class);
        }
    }

    @Test
    void latency_shorterThanTimeout_callSucceeds() throws Exception {
        faults.onAny().always().latency(Duration.ofMillis(50));
        try (StsClient sts = settings.client(StsClient.builder());
                StsAsyncClient async = settings.client(StsAsyncClient.builder())) {
            assertThat(sts.getCallerIdentity().account()).isNotBlank();
            assertThat(async.getCallerIdentity().get(30, TimeUnit.SECONDS).account()).isNotBlank();
            assertThat(faults.injected("GetCallerIdentity")).isEqualTo(2);
        }
    }
}

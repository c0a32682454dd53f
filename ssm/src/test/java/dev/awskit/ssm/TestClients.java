package dev.awskit.ssm;

import dev.awskit.core.backoff.Backoff;
import dev.awskit.core.client.ClientSettings;
import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.ssm.SsmAsyncClient;

/** SSM clients and helper settings for emulator tests: real SDK, short waits. */
final class TestClients {
    static final Backoff FAST = Backoff.fixed(Duration.ofMillis(10));

    private TestClients() {
    }

    /** Three attempts, 5 ms apart, no retry budget: SDK retries stay in the loop but cost no time. */
    static RetryStrategy fastRetries() {
        return AwsRetryStrategy.standardRetryStrategy().toBuilder()
                .maxAttempts(3)
                .backoffStrategy(BackoffStrategy.fixedDelay(Duration.ofMillis(5)))
                .throttlingBackoffStrategy(BackoffStrategy.fixedDelay(Duration.ofMillis(5)))
                .circuitBreakerEnabled(false)
                .build();
    }

    static SsmAsyncClient ssm(URI endpoint, ExecutionInterceptor... interceptors) {
        return ssm(endpoint, fastRetries(), interceptors);
    }

    static SsmAsyncClient ssm(URI endpoint, RetryStrategy retries, ExecutionInterceptor... interceptors) {
        ClientSettings.Builder settings = ClientSettings.emulator(endpoint).toBuilder().retryStrategy(retries);
        for (ExecutionInterceptor interceptor : interceptors) {
            settings.addInterceptor(interceptor);
        }
        return settings.build().client(SsmAsyncClient.builder()
                .httpClientBuilder(NettyNioAsyncHttpClient.builder().maxConcurrency(200)));
    }

    /** The helper with 10 ms between polls and 20 ms after errors. */
    static SsmAutomationHelper.Builder helper(SsmAsyncClient client) {
        return SsmAutomationHelper.builder(client)
                .backoff(FAST)
                .errorBackoff(Backoff.fixed(Duration.ofMillis(20)))
                .notFoundWindow(Duration.ofSeconds(10));
    }
}

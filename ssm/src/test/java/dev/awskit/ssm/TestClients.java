package dev.awskit.ssm;

import dev.awskit.core.client.ClientSettings;
import dev.awskit.testkit.ssm.AdvanceOnCall;
import dev.awskit.testkit.ssm.SsmAutomationEmulatorExtension;
import dev.awskit.testkit.ssm.SsmEmulatorPreset;
import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.http.nio.netty.SdkEventLoopGroup;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.ssm.SsmAsyncClient;

/** SSM clients and helper settings for emulator tests: real SDK, testkit's fast preset. */
final class TestClients {
    /** How much emulator time each {@code GetAutomationExecution} of a lockstep client lets pass. */
    static final Duration POLL_COST = Duration.ofMinutes(1);
    /** One event loop for every test client: closing a client that owns its loop waits 2 s for it to wind down. */
    private static final SdkEventLoopGroup EVENT_LOOP = SdkEventLoopGroup.builder().numberOfThreads(4).build();

    private TestClients() {
    }

    static SsmAsyncClient ssm(URI endpoint, ExecutionInterceptor... interceptors) {
        return ssm(endpoint, SsmEmulatorPreset.retryStrategy(), interceptors);
    }

    static SsmAsyncClient ssm(URI endpoint, RetryStrategy retries, ExecutionInterceptor... interceptors) {
        ClientSettings.Builder settings = SsmEmulatorPreset.settings(endpoint).toBuilder().retryStrategy(retries);
        for (ExecutionInterceptor interceptor : interceptors) {
            settings.addInterceptor(interceptor);
        }
        return settings.build().client(SsmAsyncClient.builder()
                .httpClientBuilder(NettyNioAsyncHttpClient.builder().maxConcurrency(200).eventLoopGroup(EVENT_LOOP)));
    }

    /**
     * A client on an emulator with virtual time whose every {@code GetAutomationExecution} lets
     * {@link #POLL_COST} pass once answered, so each poll of the helper sees one more step of the run, exactly.
     */
    static SsmAsyncClient lockstep(SsmAutomationEmulatorExtension ssm, RetryStrategy retries,
            ExecutionInterceptor... interceptors) {
        ExecutionInterceptor[] all = java.util.Arrays.copyOf(interceptors, interceptors.length + 1);
        all[interceptors.length] = AdvanceOnCall.after(ssm.time(), POLL_COST, "GetAutomationExecution");
        return ssm(ssm.emulator().endpoint(), retries, all);
    }

    static SsmAsyncClient lockstep(SsmAutomationEmulatorExtension ssm, ExecutionInterceptor... interceptors) {
        return lockstep(ssm, SsmEmulatorPreset.retryStrategy(), interceptors);
    }

    /** The helper with testkit's fast preset: 10 ms between polls, 20 ms after errors. */
    static SsmAutomationHelper.Builder helper(SsmAsyncClient client) {
        return SsmAutomationHelper.builder(client)
                .backoff(SsmEmulatorPreset.pollBackoff())
                .errorBackoff(SsmEmulatorPreset.errorBackoff())
                .notFoundWindow(Duration.ofSeconds(10));
    }
}

package dev.awskit.testkit.ssm;

import dev.awskit.core.backoff.Backoff;
import dev.awskit.core.client.ClientSettings;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;

/**
 * Settings that make code under test fast against an emulator, where nothing takes the seconds AWS takes: a
 * poll every 10 ms instead of a helper's production schedule (2.5 s, 5 s, 15 s for {@code SsmAutomationHelper}),
 * 20 ms after a failed poll, and SDK retries 5 ms apart. Give them to the code under test the way production
 * gives it its own:
 *
 * <pre>{@code
 * SsmAutomationHelper helper = SsmAutomationHelper.builder(client)
 *         .backoff(SsmEmulatorPreset.pollBackoff())
 *         .errorBackoff(SsmEmulatorPreset.errorBackoff())
 *         .build();
 * Poller poller = ...; PollPolicy.builder().backoff(SsmEmulatorPreset.pollBackoff())...
 * }</pre>
 *
 * The clients {@link SsmAutomationEmulatorExtension} injects already use {@link #settings(URI)}.
 */
public final class SsmEmulatorPreset {
    /** Between two polls of the code under test. */
    public static final Duration POLL_INTERVAL = Duration.ofMillis(10);
    /** After a failed poll (throttled, 5xx). */
    public static final Duration ERROR_INTERVAL = Duration.ofMillis(20);
    /** Between two SDK attempts of one call. */
    public static final Duration RETRY_INTERVAL = Duration.ofMillis(5);
    /** SDK attempts per call, the first included. */
    public static final int MAX_ATTEMPTS = 3;

    private SsmEmulatorPreset() {
    }

    /** @return a fixed {@link #POLL_INTERVAL} backoff, for a helper's or a poller's polls */
    public static Backoff pollBackoff() {
        return Backoff.fixed(POLL_INTERVAL);
    }

    /** @return a fixed {@link #ERROR_INTERVAL} backoff, for polls after a failure */
    public static Backoff errorBackoff() {
        return Backoff.fixed(ERROR_INTERVAL);
    }

    /**
     * Returns the SDK's standard retry strategy with {@link #MAX_ATTEMPTS} attempts {@link #RETRY_INTERVAL} apart
     * (throttling included) and no retry budget: the SDK's retries stay in the loop but cost no time.
     *
     * @return a new retry strategy
     */
    public static RetryStrategy retryStrategy() {
        return AwsRetryStrategy.standardRetryStrategy().toBuilder()
                .maxAttempts(MAX_ATTEMPTS)
                .backoffStrategy(BackoffStrategy.fixedDelay(RETRY_INTERVAL))
                .throttlingBackoffStrategy(BackoffStrategy.fixedDelay(RETRY_INTERVAL))
                .circuitBreakerEnabled(false)
                .build();
    }

    /**
     * Returns {@link ClientSettings#emulator(URI)} with {@link #retryStrategy()}.
     *
     * @param endpoint the emulator's endpoint
     * @return the settings
     * @throws NullPointerException if {@code endpoint} is null
     */
    public static ClientSettings settings(URI endpoint) {
        return ClientSettings.emulator(Objects.requireNonNull(endpoint, "endpoint")).toBuilder()
                .retryStrategy(retryStrategy()).build();
    }
}

package dev.awskit.benchmarks.secrets;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.secretsmanager.model.SecretsManagerException;

/**
 * The Secrets Manager every cache in the benchmark talks to: one secret, a fixed latency per call, an outage
 * switch, and call counters. The sync and async fake clients share it, so every library sees the same
 * latency.
 */
public final class FakeBackend {
    static final String SECRET_ID = "prod/db";
    static final String SECRET = "{\"username\":\"app\",\"password\":\"hunter2\"}";

    final AtomicInteger getSecretValueCalls = new AtomicInteger();
    final AtomicInteger describeSecretCalls = new AtomicInteger();
    private final Duration latency;
    private volatile boolean failing;

    FakeBackend(Duration latency) {
        this.latency = latency;
    }

    Duration latency() {
        return latency;
    }

    void fail(boolean fail) {
        this.failing = fail;
    }

    boolean failing() {
        return failing;
    }

    int calls() {
        return getSecretValueCalls.get() + describeSecretCalls.get();
    }

    void resetCounts() {
        getSecretValueCalls.set(0);
        describeSecretCalls.set(0);
    }

    static SecretsManagerException outage() {
        return (SecretsManagerException) SecretsManagerException.builder().statusCode(503)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode("ServiceUnavailable").serviceName("SecretsManager")
                        .build()).message("Service unavailable (fake outage)").build();
    }

    void pause() {
        try {
            Thread.sleep(latency.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

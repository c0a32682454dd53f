package dev.awskit.benchmarks.secrets;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerAsyncClient;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueRequest;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;

/**
 * A non-blocking Secrets Manager client over {@link FakeBackend}, for awskit: the answer arrives after the
 * same latency, from a timer thread, as a real async client's would.
 */
final class FakeSecretsManagerAsyncClient implements SecretsManagerAsyncClient {
    private static final ScheduledExecutorService TIMER = Executors.newScheduledThreadPool(2, r -> {
        Thread thread = new Thread(r, "fake-secretsmanager");
        thread.setDaemon(true);
        return thread;
    });

    private final FakeBackend backend;

    FakeSecretsManagerAsyncClient(FakeBackend backend) {
        this.backend = backend;
    }

    @Override
    public CompletableFuture<GetSecretValueResponse> getSecretValue(GetSecretValueRequest request) {
        backend.getSecretValueCalls.incrementAndGet();
        CompletableFuture<GetSecretValueResponse> answer = new CompletableFuture<>();
        TIMER.schedule(() -> {
            if (backend.failing()) {
                answer.completeExceptionally(FakeBackend.outage());
            } else {
                answer.complete(FakeSecretsManagerClient.response(request.secretId()));
            }
        }, backend.latency().toMillis(), TimeUnit.MILLISECONDS);
        return answer;
    }

    @Override
    public String serviceName() {
        return "secretsmanager";
    }

    @Override
    public void close() {
    }
}

package dev.awskit.secrets.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerAsyncClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.BatchGetSecretValueRequest;
import software.amazon.awssdk.services.secretsmanager.model.BatchGetSecretValueResponse;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueRequest;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;

/**
 * The two Secrets Manager calls the secret cache makes, over an async client (as it is) or a sync client (its
 * calls run on {@link BlockingCalls}, never on a reader's thread).
 */
public interface SecretsBackend extends AutoCloseable {

    /**
     * Calls {@code GetSecretValue}.
     *
     * @param request the request
     * @return the response
     */
    CompletableFuture<GetSecretValueResponse> getSecretValue(GetSecretValueRequest request);

    /**
     * Calls {@code BatchGetSecretValue}.
     *
     * @param request the request
     * @return the response
     */
    CompletableFuture<BatchGetSecretValueResponse> batchGetSecretValue(BatchGetSecretValueRequest request);

    /** Releases what the backend created (never the client). */
    @Override
    void close();

    /**
     * Wraps an async client.
     *
     * @param client the client
     * @return the backend
     */
    static SecretsBackend of(SecretsManagerAsyncClient client) {
        return new SecretsBackend() {
            @Override
            public CompletableFuture<GetSecretValueResponse> getSecretValue(GetSecretValueRequest request) {
                return client.getSecretValue(request);
            }

            @Override
            public CompletableFuture<BatchGetSecretValueResponse> batchGetSecretValue(BatchGetSecretValueRequest request) {
                return client.batchGetSecretValue(request);
            }

            @Override
            public void close() {
            }
        };
    }

    /**
     * Wraps a sync client whose calls run on {@code executor}, or on a small pool the backend owns.
     *
     * @param client the client
     * @param executor the caller's executor, or null
     * @return the backend
     */
    static SecretsBackend of(SecretsManagerClient client, Executor executor) {
        BlockingCalls calls = new BlockingCalls(executor, "awskit-secrets-io");
        return new SecretsBackend() {
            @Override
            public CompletableFuture<GetSecretValueResponse> getSecretValue(GetSecretValueRequest request) {
                return calls.run(() -> client.getSecretValue(request));
            }

            @Override
            public CompletableFuture<BatchGetSecretValueResponse> batchGetSecretValue(BatchGetSecretValueRequest request) {
                return calls.run(() -> client.batchGetSecretValue(request));
            }

            @Override
            public void close() {
                calls.close();
            }
        };
    }
}

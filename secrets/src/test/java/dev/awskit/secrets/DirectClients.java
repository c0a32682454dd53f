package dev.awskit.secrets;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerAsyncClient;
import software.amazon.awssdk.services.secretsmanager.model.BatchGetSecretValueRequest;
import software.amazon.awssdk.services.secretsmanager.model.BatchGetSecretValueResponse;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueRequest;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;
import software.amazon.awssdk.services.ssm.SsmAsyncClient;
import software.amazon.awssdk.services.ssm.model.GetParameterRequest;
import software.amazon.awssdk.services.ssm.model.GetParameterResponse;
import software.amazon.awssdk.services.ssm.model.GetParametersByPathRequest;
import software.amazon.awssdk.services.ssm.model.GetParametersByPathResponse;
import software.amazon.awssdk.services.ssm.model.GetParametersRequest;
import software.amazon.awssdk.services.ssm.model.GetParametersResponse;

/**
 * Real SDK clients whose calls finish on the calling thread: a refresh started by {@code VirtualTime} has
 * completed when {@code advance} returns, so virtual-time tests need no waiting on background threads.
 */
final class DirectClients {
    private DirectClients() {
    }

    static SecretsManagerAsyncClient secrets(SecretsManagerAsyncClient real) {
        return new SecretsManagerAsyncClient() {
            @Override
            public CompletableFuture<GetSecretValueResponse> getSecretValue(GetSecretValueRequest request) {
                return settle(real.getSecretValue(request));
            }

            @Override
            public CompletableFuture<BatchGetSecretValueResponse> batchGetSecretValue(BatchGetSecretValueRequest request) {
                return settle(real.batchGetSecretValue(request));
            }

            @Override
            public String serviceName() {
                return real.serviceName();
            }

            @Override
            public void close() {
                real.close();
            }
        };
    }

    static SsmAsyncClient ssm(SsmAsyncClient real) {
        return new SsmAsyncClient() {
            @Override
            public CompletableFuture<GetParameterResponse> getParameter(GetParameterRequest request) {
                return settle(real.getParameter(request));
            }

            @Override
            public CompletableFuture<GetParametersResponse> getParameters(GetParametersRequest request) {
                return settle(real.getParameters(request));
            }

            @Override
            public CompletableFuture<GetParametersByPathResponse> getParametersByPath(GetParametersByPathRequest request) {
                return settle(real.getParametersByPath(request));
            }

            @Override
            public String serviceName() {
                return real.serviceName();
            }

            @Override
            public void close() {
                real.close();
            }
        };
    }

    private static <T> CompletableFuture<T> settle(CompletableFuture<T> future) {
        try {
            return CompletableFuture.completedFuture(future.join());
        } catch (CompletionException e) {
            return CompletableFuture.failedFuture(e.getCause());
        }
    }
}

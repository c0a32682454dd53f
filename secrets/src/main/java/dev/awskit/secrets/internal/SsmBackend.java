package dev.awskit.secrets.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import software.amazon.awssdk.services.ssm.SsmAsyncClient;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.GetParameterRequest;
import software.amazon.awssdk.services.ssm.model.GetParameterResponse;
import software.amazon.awssdk.services.ssm.model.GetParametersByPathRequest;
import software.amazon.awssdk.services.ssm.model.GetParametersByPathResponse;
import software.amazon.awssdk.services.ssm.model.GetParametersRequest;
import software.amazon.awssdk.services.ssm.model.GetParametersResponse;

/**
 * The Parameter Store reads, over an async client (as it is) or a sync client (its calls run on
 * {@link BlockingCalls}, never on a reader's thread).
 */
public interface SsmBackend extends AutoCloseable {

    /**
     * Calls {@code GetParameter}.
     *
     * @param request the request
     * @return the response
     */
    CompletableFuture<GetParameterResponse> getParameter(GetParameterRequest request);

    /**
     * Calls {@code GetParameters}.
     *
     * @param request the request
     * @return the response
     */
    CompletableFuture<GetParametersResponse> getParameters(GetParametersRequest request);

    /**
     * Calls {@code GetParametersByPath}.
     *
     * @param request the request
     * @return the response
     */
    CompletableFuture<GetParametersByPathResponse> getParametersByPath(GetParametersByPathRequest request);

    /** Releases what the backend created (never the client). */
    @Override
    void close();

    /**
     * Wraps an async client.
     *
     * @param client the client
     * @return the backend
     */
    static SsmBackend of(SsmAsyncClient client) {
        return new SsmBackend() {
            @Override
            public CompletableFuture<GetParameterResponse> getParameter(GetParameterRequest request) {
                return client.getParameter(request);
            }

            @Override
            public CompletableFuture<GetParametersResponse> getParameters(GetParametersRequest request) {
                return client.getParameters(request);
            }

            @Override
            public CompletableFuture<GetParametersByPathResponse> getParametersByPath(GetParametersByPathRequest request) {
                return client.getParametersByPath(request);
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
    static SsmBackend of(SsmClient client, Executor executor) {
        BlockingCalls calls = new BlockingCalls(executor, "awskit-parameters-io");
        return new SsmBackend() {
            @Override
            public CompletableFuture<GetParameterResponse> getParameter(GetParameterRequest request) {
                return calls.run(() -> client.getParameter(request));
            }

            @Override
            public CompletableFuture<GetParametersResponse> getParameters(GetParametersRequest request) {
                return calls.run(() -> client.getParameters(request));
            }

            @Override
            public CompletableFuture<GetParametersByPathResponse> getParametersByPath(GetParametersByPathRequest request) {
                return calls.run(() -> client.getParametersByPath(request));
            }

            @Override
            public void close() {
                calls.close();
            }
        };
    }
}

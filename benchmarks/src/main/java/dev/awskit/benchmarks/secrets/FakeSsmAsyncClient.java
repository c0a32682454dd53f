package dev.awskit.benchmarks.secrets;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.services.ssm.SsmAsyncClient;
import software.amazon.awssdk.services.ssm.model.GetParameterRequest;
import software.amazon.awssdk.services.ssm.model.GetParameterResponse;
import software.amazon.awssdk.services.ssm.model.Parameter;
import software.amazon.awssdk.services.ssm.model.ParameterType;

/** A Parameter Store client over {@link FakeBackend} that answers one String parameter at once, for hit benchmarks. */
final class FakeSsmAsyncClient implements SsmAsyncClient {
    static final String NAME = "/app/log-level";

    private final FakeBackend backend;

    FakeSsmAsyncClient(FakeBackend backend) {
        this.backend = backend;
    }

    @Override
    public CompletableFuture<GetParameterResponse> getParameter(GetParameterRequest request) {
        backend.getSecretValueCalls.incrementAndGet();
        return CompletableFuture.completedFuture(GetParameterResponse.builder().parameter(Parameter.builder()
                .name(request.name()).type(ParameterType.STRING).value("info").version(1L)
                .lastModifiedDate(Instant.EPOCH).build()).build());
    }

    @Override
    public String serviceName() {
        return "ssm";
    }

    @Override
    public void close() {
    }
}

package dev.awskit.benchmarks.secrets;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.DescribeSecretRequest;
import software.amazon.awssdk.services.secretsmanager.model.DescribeSecretResponse;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueRequest;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;

/** A blocking Secrets Manager client over {@link FakeBackend}, for the AWS caching client and Powertools. */
final class FakeSecretsManagerClient implements SecretsManagerClient {
    private final FakeBackend backend;

    FakeSecretsManagerClient(FakeBackend backend) {
        this.backend = backend;
    }

    @Override
    public GetSecretValueResponse getSecretValue(GetSecretValueRequest request) {
        backend.getSecretValueCalls.incrementAndGet();
        backend.pause();
        if (backend.failing()) {
            throw FakeBackend.outage();
        }
        return response(request.secretId());
    }

    static GetSecretValueResponse response(String id) {
        return GetSecretValueResponse.builder().name(id).arn("arn:aws:secretsmanager:us-east-1:1:secret:" + id)
                .versionId("v1").versionStages("AWSCURRENT").createdDate(Instant.EPOCH)
                .secretString(FakeBackend.SECRET).build();
    }

    @Override
    public DescribeSecretResponse describeSecret(DescribeSecretRequest request) {
        backend.describeSecretCalls.incrementAndGet();
        backend.pause();
        if (backend.failing()) {
            throw FakeBackend.outage();
        }
        return DescribeSecretResponse.builder().name(request.secretId())
                .versionIdsToStages(Map.of("v1", List.of("AWSCURRENT"))).build();
    }

    @Override
    public String serviceName() {
        return "secretsmanager";
    }

    @Override
    public void close() {
    }
}

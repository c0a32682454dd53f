package dev.awskit.examples.tfstate;

import dev.awskit.core.client.AssumeRole;
import dev.awskit.core.client.ClientSettings;
import dev.awskit.dynamodb.DynamoResource;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.s3.S3AsyncClient;

/**
 * One S3 and one DynamoDB client per region, made on first use from one {@link ClientSettings} with the region
 * replaced. The clients share one HTTP client (one event loop, closed once) and, when the settings assume a role, one
 * provider of the role's credentials: every region's calls are signed with the same session, assumed once, instead of
 * one {@code AssumeRole} per region. Thread-safe; {@link #close()} closes everything it made.
 */
final class RegionClients implements AutoCloseable {
    private final ClientSettings settings;
    private final SdkAsyncHttpClient http = NettyNioAsyncHttpClient.builder().build();
    private final Map<Region, S3AsyncClient> s3 = new ConcurrentHashMap<>();
    private final Map<Region, DynamoDbAsyncClient> dynamoClients = new ConcurrentHashMap<>();
    private final Map<Region, DynamoResource> dynamo = new ConcurrentHashMap<>();

    RegionClients(ClientSettings settings) {
        AwsCredentialsProvider credentials = settings.effectiveCredentialsProvider();
        this.settings = credentials == null ? settings
                : settings.toBuilder().assumeRole((AssumeRole) null)
                        .credentialsProvider(credentials).build();
    }

    /** @return the S3 client of {@code region} */
    S3AsyncClient s3(Region region) {
        return s3.computeIfAbsent(region, r -> settings.toBuilder().region(r).build()
                .client(S3AsyncClient.builder().httpClient(http)));
    }

    /** @return the DynamoDB resource of {@code region} */
    DynamoResource dynamo(Region region) {
        return dynamo.computeIfAbsent(region, r -> DynamoResource.create(dynamoClients.computeIfAbsent(r,
                key -> settings.toBuilder().region(key).build()
                        .client(DynamoDbAsyncClient.builder().httpClient(http)))));
    }

    @Override
    public void close() {
        dynamo.values().forEach(DynamoResource::close);
        dynamoClients.values().forEach(DynamoDbAsyncClient::close);
        s3.values().forEach(S3AsyncClient::close);
        http.close();
    }
}

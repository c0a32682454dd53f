package dev.awskit.examples.tfstate;

import dev.awskit.core.client.ClientSettings;
import dev.awskit.dynamodb.DynamoTable;
import dev.awskit.dynamodb.KeySchema;
import dev.awskit.s3.S3Bucket;
import dev.awskit.s3.S3Buckets;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Seed 003's prerequisites for the scenario: per region, the environment's state bucket and lock table, and the
 * state files and lock items Terraform would have written. Made with the base identity, deleted by {@link #close()}.
 */
final class StateFixture implements AutoCloseable {
    private final RegionClients clients;
    private final StateBackend backend;
    private final String environment;
    private final List<Region> regions = new ArrayList<>();

    StateFixture(ClientSettings base, StateBackend backend, String environment) {
        this.clients = new RegionClients(base);
        this.backend = backend;
        this.environment = environment;
    }

    /** Creates the bucket and lock table of every region, all regions at once. */
    void createBackends(List<Region> backendRegions) {
        regions.addAll(backendRegions);
        List<S3Buckets> owners = new ArrayList<>();
        try {
            CompletableFuture.allOf(backendRegions.stream().map(region -> {
                S3Buckets buckets = S3Buckets.create(clients.s3(region));
                owners.add(buckets);
                return CompletableFuture.allOf(buckets.create(backend.bucket(environment, region), region),
                        clients.dynamo(region).createTable(t -> t.name(backend.lockTable(environment, region))
                                .partitionKey("LockID", ScalarAttributeType.S)));
            }).toArray(CompletableFuture[]::new)).join();
        } finally {
            owners.forEach(S3Buckets::close);
        }
    }

    /** Stores a tag's state file and its digest, as {@code terraform apply} leaves them. */
    void putState(ReleaseTag tag, Region region, String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        String bucket = backend.bucket(environment, region);
        S3Bucket.builder(clients.s3(region), bucket).region(region).build().sync()
                .putBytes(tag.stateKey(), bytes);
        locks(region).sync().put(Map.of("LockID", bucket + "/" + tag.stateKey() + "-md5",
                "Digest", TerraformState.md5(bytes)));
    }

    /** Stores a held lock on a tag's state, as a running {@code terraform apply} does. */
    void lock(ReleaseTag tag, Region region, String who) {
        String path = backend.bucket(environment, region) + "/" + tag.stateKey();
        locks(region).sync().put(Map.of("LockID", path, "Info", "{\"ID\":\"5b8e4c1a-7f6d-4e2b-9a3c-1d2e3f4a5b6c\","
                + "\"Operation\":\"OperationTypeApply\",\"Info\":\"\",\"Who\":\"" + who + "\",\"Version\":\"1.5.7\","
                + "\"Created\":\"2023-03-14T09:26:53.589793Z\",\"Path\":\"" + path + "\"}"));
    }

    private DynamoTable<Map<String, Object>> locks(Region region) {
        return clients.dynamo(region).table(backend.lockTable(environment, region), KeySchema.of("LockID"));
    }

    @Override
    public void close() {
        try {
            CompletableFuture.allOf(regions.stream().map(region -> {
                String bucket = backend.bucket(environment, region);
                CompletableFuture<?> emptied = S3Bucket.builder(clients.s3(region), bucket).region(region).build()
                        .deleteEverything()
                        .thenCompose(deleted -> clients.s3(region).deleteBucket(r -> r.bucket(bucket)));
                return CompletableFuture.allOf(emptied,
                        clients.dynamo(region).deleteTable(backend.lockTable(environment, region)));
            }).toArray(CompletableFuture[]::new)).join();
        } finally {
            clients.close();
        }
    }
}

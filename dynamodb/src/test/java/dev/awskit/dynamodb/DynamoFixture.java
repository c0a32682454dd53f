package dev.awskit.dynamodb;

import dev.awskit.core.client.ClientSettings;
import dev.awskit.testkit.FaultInjector;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * A test's view of one emulator: a client whose calls are counted, a {@link DynamoResource} on it, and the tables
 * the tests share.
 */
final class DynamoFixture implements AutoCloseable {
    /** One HTTP client for every test: closing a client's own Netty event loops takes seconds. */
    static final SdkAsyncHttpClient HTTP = NettyNioAsyncHttpClient.builder().maxConcurrency(100).build();

    final String emulator;
    final ClientSettings settings;
    final FaultInjector calls = FaultInjector.create();
    final DynamoDbAsyncClient client;
    final DynamoResource dynamo;

    DynamoFixture(String emulator, ClientSettings settings) {
        this.emulator = emulator;
        this.settings = settings;
        this.client = settings.toBuilder().addInterceptor(calls).build()
                .applyTo(DynamoDbAsyncClient.builder().httpClient(HTTP)).build();
        this.dynamo = DynamoResource.create(client);
    }

    /** A vote as seed 002 keeps it: the reserved word {@code name} as key, {@code Votes} as counter. */
    record Vote(String name, long votes) {
    }

    /** Creates {@code votes} (key {@code name}) and returns its handle. */
    DynamoTable<Vote> votes() {
        dynamo.sync().createTable(t -> t.name("votes").partitionKey("name", ScalarAttributeType.S));
        return dynamo.table("votes", Vote.class, KeySchema.of("name"));
    }

    /** Creates {@code docs} (keys {@code customer}, {@code doc}) with a global index on {@code status}. */
    DynamoTable<java.util.Map<String, Object>> docs() {
        dynamo.sync().createTable(t -> t.name("docs")
                .partitionKey("customer", ScalarAttributeType.S).sortKey("doc", ScalarAttributeType.S)
                .globalIndex("byStatus", i -> i.partitionKey("status", ScalarAttributeType.S)
                        .sortKey("doc", ScalarAttributeType.S)));
        return dynamo.table("docs", KeySchema.of("customer", "doc"));
    }

    @Override
    public void close() {
        dynamo.close();
        client.close();
    }

    @Override
    public String toString() {
        return emulator;
    }
}

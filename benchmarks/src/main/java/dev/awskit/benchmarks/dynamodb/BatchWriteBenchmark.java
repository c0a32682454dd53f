package dev.awskit.benchmarks.dynamodb;

import dev.awskit.dynamodb.BatchWriteResult;
import dev.awskit.dynamodb.BatchWriter;
import dev.awskit.dynamodb.DynamoResource;
import dev.awskit.dynamodb.DynamoTable;
import dev.awskit.dynamodb.KeySchema;
import dev.awskit.core.client.ClientSettings;
import dev.awskit.testkit.DynamoDbLocal;
import dev.awskit.testkit.FaultInjector;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbAsyncTable;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedAsyncClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.MappedTableResource;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.BatchWriteItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.WriteBatch;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Writing {@code items} items to DynamoDB Local (in this JVM), into an empty table each time, three ways:
 * <ul>
 *   <li>{@code sequentialPutItem}: one {@code PutItem} after another on the sync client, as a first loop does;</li>
 *   <li>{@code enhancedBatchLoop}: the hand loop users write around the Enhanced Client: chunks of 25 through
 *       {@code batchWriteItem}, one after another, unprocessed items sent again until none is left, on the sync
 *       client (the SDK's default sync HTTP client, Apache here);</li>
 *   <li>{@code enhancedAsyncBatchLoop}: the same loop through the Enhanced Client's async API on the very
 *       {@code DynamoDbAsyncClient} (Netty) the awskit writer uses, joining each call before the next: the same HTTP
 *       stack as awskit, so the comparison isolates what the writer does (requests in parallel);</li>
 *   <li>{@code awskitBatchWriter}: {@link BatchWriter} with its defaults, {@code maxConcurrency} requests at
 *       once (8 by default; {@code -p maxConcurrency=2,4,8} compares).</li>
 * </ul>
 * Single-shot time per run of all items; each run checks that every item was written. {@code latencyMillis} adds a
 * network delay to every call of both clients (testkit's {@link FaultInjector}).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
// DynamoDB Local leaves a non-daemon job thread behind: exit the fork at once instead of JMH's 30 s grace.
@Fork(value = 1, jvmArgsAppend = {"-Djmh.shutdownTimeout=0", "-Djmh.shutdownTimeout.step=0"})
@State(Scope.Benchmark)
public class BatchWriteBenchmark {
    private static final String TABLE = "rows";

    @Param({"10000"})
    public int items;

    /** Requests the awskit writer runs at once (its default is 8). */
    @Param({"8"})
    public int maxConcurrency;

    /**
     * Network latency added to every request and response, in milliseconds: 0 measures DynamoDB Local alone (whose
     * SQLite runs every write on one thread, so nothing can overlap there); a few milliseconds stand for the round
     * trip to DynamoDB in the same region, which requests in parallel can overlap.
     */
    @Param({"0"})
    public int latencyMillis;

    private DynamoDbLocal ddb;
    private DynamoDbClient syncClient;
    private DynamoDbAsyncClient asyncClient;
    private DynamoResource dynamo;
    private DynamoDbEnhancedClient enhancedClient;
    private DynamoDbTable<Row> enhanced;
    private DynamoDbEnhancedAsyncClient enhancedAsyncClient;
    private DynamoDbAsyncTable<Row> enhancedAsync;
    private DynamoTable<Row> awskit;
    private List<Row> rows;

    /** Starts DynamoDB Local and the clients. */
    @Setup(Level.Trial)
    public void start() {
        ddb = DynamoDbLocal.start();
        ClientSettings settings = ddb.settings();
        if (latencyMillis > 0) {
            FaultInjector network = FaultInjector.create();
            network.onAny().always().latency(Duration.ofMillis(latencyMillis));
            settings = settings.toBuilder().addInterceptor(network).build();
        }
        syncClient = settings.client(DynamoDbClient.builder());
        asyncClient = settings.client(DynamoDbAsyncClient.builder());
        dynamo = DynamoResource.create(asyncClient);
        enhancedClient = DynamoDbEnhancedClient.builder().dynamoDbClient(syncClient).build();
        enhanced = enhancedClient.table(TABLE, TableSchema.fromBean(Row.class));
        enhancedAsyncClient = DynamoDbEnhancedAsyncClient.builder().dynamoDbClient(asyncClient).build();
        enhancedAsync = enhancedAsyncClient.table(TABLE, TableSchema.fromBean(Row.class));
        awskit = dynamo.table(TABLE, Row.class, KeySchema.of("id"));
        rows = IntStream.range(0, items).mapToObj(Row::new).toList();
    }

    /** An empty table for every run. */
    @Setup(Level.Iteration)
    public void createTable() {
        dynamo.sync().createTable(t -> t.name(TABLE).partitionKey("id", ScalarAttributeType.S));
    }

    /** Checks the run wrote every item, then drops the table. */
    @TearDown(Level.Iteration)
    public void checkAndDropTable() {
        int count = syncClient.scanPaginator(r -> r.tableName(TABLE).select("COUNT")).stream()
                .mapToInt(page -> page.count()).sum();
        dynamo.sync().deleteTable(TABLE);
        if (count != items) {
            throw new IllegalStateException("the run wrote " + count + " of " + items + " items");
        }
    }

    /** Stops everything. */
    @TearDown(Level.Trial)
    public void stop() {
        dynamo.close();
        asyncClient.close();
        syncClient.close();
        ddb.close();
    }

    @Benchmark
    public int sequentialPutItem() {
        for (Row row : rows) {
            syncClient.putItem(r -> r.tableName(TABLE).item(Map.of("id", AttributeValue.fromS(row.getId()),
                    "owner", AttributeValue.fromS(row.getOwner()), "payload", AttributeValue.fromS(row.getPayload()),
                    "n", AttributeValue.fromN(Long.toString(row.getN())))));
        }
        return rows.size();
    }

    @Benchmark
    public int enhancedBatchLoop() {
        return handLoop(enhanced, request -> enhancedClient.batchWriteItem(request));
    }

    @Benchmark
    public int enhancedAsyncBatchLoop() {
        return handLoop(enhancedAsync, request -> enhancedAsyncClient.batchWriteItem(request).join());
    }

    /** Chunks of 25, one call at a time, each chunk's unprocessed items sent again until none is left. */
    private int handLoop(MappedTableResource<Row> table,
            Function<BatchWriteItemEnhancedRequest, software.amazon.awssdk.enhanced.dynamodb.model.BatchWriteResult> call) {
        for (int from = 0; from < rows.size(); from += 25) {
            List<Row> chunk = new ArrayList<>(rows.subList(from, Math.min(rows.size(), from + 25)));
            while (!chunk.isEmpty()) {
                WriteBatch.Builder<Row> batch = WriteBatch.builder(Row.class).mappedTableResource(table);
                chunk.forEach(batch::addPutItem);
                chunk = call.apply(BatchWriteItemEnhancedRequest.builder().addWriteBatch(batch.build()).build())
                        .unprocessedPutItemsForTable(table);
            }
        }
        return rows.size();
    }

    @Benchmark
    public long awskitBatchWriter() {
        BatchWriter<Row> writer = awskit.batchWriter(w -> w.maxConcurrency(maxConcurrency));
        writer.putAll(rows);
        BatchWriteResult<Row> result = writer.sync().finish();
        if (!result.isComplete()) {
            throw new IllegalStateException("failed writes: " + result.failures().size());
        }
        return result.written();
    }
}

package dev.awskit.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awskit.core.backoff.Backoff;
import dev.awskit.testkit.FaultInjector;
import dev.awskit.testkit.UnprocessedBatches;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The batch writer while half of every batch comes back unprocessed (held back before it reaches the emulator) and a
 * tenth of the requests are throttled, with the SDK's own retries off so the writer's backoff does all the work.
 */
class BatchWriterFaultTest {
    private static final Backoff BACKOFF = Backoff.exponential(Duration.ofMillis(20), Duration.ofSeconds(2))
            .withRandom(() -> 0.5);

    record Row(String id, long n) {
    }

    /** A resource on a client with the faults, no SDK retries, and a scheduler that records each wait. */
    private record Faulty(DynamoResource dynamo, DynamoDbAsyncClient client, UnprocessedBatches holdBack,
            FaultInjector throttles, SentRequests sent, RecordingScheduler scheduler) implements AutoCloseable {
        static Faulty of(DynamoFixture fx) {
            UnprocessedBatches holdBack = UnprocessedBatches.holdBack(0.5, 42L);
            FaultInjector throttles = FaultInjector.create();
            throttles.on("BatchWriteItem").withProbability(0.1, 7L).throttle();
            SentRequests sent = new SentRequests();
            DynamoDbAsyncClient client = fx.settings.toBuilder().addInterceptor(throttles).addInterceptor(holdBack)
                    .addInterceptor(sent).retryStrategy(AwsRetryStrategy.doNotRetry()).build()
                    .applyTo(DynamoDbAsyncClient.builder().httpClient(DynamoFixture.HTTP)).build();
            RecordingScheduler scheduler = new RecordingScheduler();
            return new Faulty(DynamoResource.builder(client).scheduler(scheduler).build(), client, holdBack, throttles,
                    sent, scheduler);
        }

        @Override
        public void close() {
            dynamo.close();
            client.close();
            scheduler.shutdownNow();
        }
    }

    /** One retry as the listener heard it. */
    private record Retry(int count, int attempt, Duration delay, Throwable cause) {
    }

    private static DynamoTable<Row> rows(DynamoFixture fx, DynamoResource dynamo) {
        fx.dynamo.sync().createTable(t -> t.name("rows").partitionKey("id", ScalarAttributeType.S));
        return dynamo.table("rows", Row.class, KeySchema.of("id"));
    }

    private static List<Row> rows(int count) {
        return IntStream.range(0, count).mapToObj(i -> new Row(String.format("r%05d", i), i)).toList();
    }

    @EmulatorTest
    void write_10000_whenHalfUnprocessedAndTenthThrottled_storesEveryItemOnceFollowingTheBackoff(DynamoFixture fx) {
        try (Faulty faulty = Faulty.of(fx)) {
            DynamoTable<Row> table = rows(fx, faulty.dynamo());
            List<Retry> retries = new CopyOnWriteArrayList<>();
            BatchWriter<Row> writer = table.batchWriter(w -> w.retry(r -> r.backoff(BACKOFF).maxAttempts(30))
                    .listener(new BatchWriteListener() {
                        @Override
                        public void onRetry(int count, int attempt, Duration delay, Throwable cause) {
                            retries.add(new Retry(count, attempt, delay, cause));
                        }
                    }));

            writer.putAll(rows(10_000));
            BatchWriteResult<Row> result = writer.sync().finish();

            assertThat(result.failures()).isEmpty();
            assertThat(result.written()).isEqualTo(10_000);
            List<Row> stored = fx.dynamo.table("rows", Row.class, KeySchema.of("id")).sync()
                    .scan(Scan.builder().build()).toList();
            assertThat(stored).hasSize(10_000).containsExactlyInAnyOrderElementsOf(rows(10_000));
            // Exactly once on the wire too: each item reached the emulator in one answered request, never twice.
            assertThat(faulty.sent().of(BatchWriteItemRequest.class)
                    .flatMap(request -> request.requestItems().get("rows").stream())
                    .map(write -> write.putRequest().item().get("id").s()))
                    .hasSize(10_000).doesNotHaveDuplicates();
            assertThat(faulty.holdBack().heldBackWrites()).isGreaterThan(5_000);
            assertThat(faulty.throttles().injected("BatchWriteItem")).isPositive();
            assertThat(retries).anyMatch(retry -> retry.cause() == null).anyMatch(retry -> retry.cause() != null);
            assertThat(retries).allSatisfy(retry -> assertThat(retry.delay()).isEqualTo(BACKOFF.delay(retry.attempt())));
            assertThat(retries.stream().mapToInt(Retry::attempt).max().orElseThrow()).isGreaterThan(3);
            assertThat(faulty.scheduler().delays()).containsExactlyInAnyOrderElementsOf(
                    retries.stream().map(Retry::delay).toList());
            assertThat(result.retried()).isEqualTo(retries.stream().mapToLong(Retry::count).sum());
        }
    }

    @EmulatorTest
    void write_whenAttemptLimitIsTooLow_listsExactlyTheItemsNotWritten(DynamoFixture fx) {
        try (Faulty faulty = Faulty.of(fx)) {
            DynamoTable<Row> table = rows(fx, faulty.dynamo());
            BatchWriter<Row> writer = table.batchWriter(w -> w.retry(r -> r.backoff(BACKOFF).maxAttempts(2)));

            writer.putAll(rows(2_000));
            BatchWriteResult<Row> result = writer.sync().finish();

            Set<String> stored = fx.dynamo.table("rows", Row.class, KeySchema.of("id")).sync()
                    .scan(Scan.builder().build()).map(Row::id).collect(Collectors.toSet());
            Set<String> failed = result.failures().stream().map(failure -> failure.item().orElseThrow().id())
                    .collect(Collectors.toSet());
            assertThat(failed).isNotEmpty().hasSize(result.failures().size()).doesNotContainAnyElementsOf(stored);
            Set<String> all = new HashSet<>(stored);
            all.addAll(failed);
            assertThat(all).hasSize(2_000);
            assertThat(result.written()).isEqualTo(stored.size());
            assertThat(result.failures()).allSatisfy(failure -> assertThat(failure.attempts()).isEqualTo(2));
            // What the emulator answered for is exactly what was written; no listed item ever reached it.
            Set<String> sentIds = faulty.sent().of(BatchWriteItemRequest.class)
                    .flatMap(request -> request.requestItems().get("rows").stream())
                    .map(write -> write.putRequest().item().get("id").s()).collect(Collectors.toSet());
            assertThat(sentIds).isEqualTo(stored);
            assertThat(Map.of("written", result.written(), "failed", (long) failed.size()))
                    .containsEntry("written", 2_000L - failed.size());
        }
    }
}

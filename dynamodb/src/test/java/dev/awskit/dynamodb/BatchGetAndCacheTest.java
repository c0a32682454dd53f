package dev.awskit.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awskit.core.backoff.Backoff;
import dev.awskit.core.cache.BatchResult;
import dev.awskit.core.cache.CacheLoadException;
import dev.awskit.core.preload.PreloadItem;
import dev.awskit.dynamodb.DynamoFixture.Vote;
import dev.awskit.testkit.UnprocessedBatches;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** Batch reads, the item cache and the preload source, against both emulators. */
class BatchGetAndCacheTest {

    private static DynamoTable<Vote> filled(DynamoFixture fx, int count) {
        DynamoTable<Vote> votes = fx.votes();
        try (BatchWriter<Vote> writer = votes.batchWriter()) {
            writer.putAll(IntStream.range(0, count).mapToObj(i -> new Vote("v" + i, i)).toList());
        }
        return votes;
    }

    @EmulatorTest
    void batchGet_matchesItemsToKeysAndReportsMissingOnes(DynamoFixture fx) {
        DynamoTable<Vote> votes = filled(fx, 250);
        List<ItemKey> keys = new ArrayList<>();
        IntStream.range(0, 260).forEach(i -> keys.add(ItemKey.of("v" + i)));
        keys.add(ItemKey.of("v3")); // asked twice, read once
        fx.calls.reset();

        BatchGetResult<Vote> result = votes.sync().batchGet(keys);

        assertThat(result.items()).hasSize(250).containsEntry(ItemKey.of("v7"), new Vote("v7", 7));
        assertThat(result.missing()).hasSize(10).contains(ItemKey.of("v255"));
        assertThat(result.isComplete()).isTrue();
        assertThat(fx.calls.calls("BatchGetItem")).isEqualTo(3);
    }

    @EmulatorTest
    void batchGet_whenHalfTheKeysComeBackUnprocessed_retriesUntilEveryKeyIsRead(DynamoFixture fx) {
        filled(fx, 300);
        UnprocessedBatches holdBack = UnprocessedBatches.holdBack(0.5, 3L);
        RecordingScheduler scheduler = new RecordingScheduler();
        DynamoDbAsyncClient client = fx.settings.toBuilder().addInterceptor(holdBack)
                .retryStrategy(AwsRetryStrategy.doNotRetry()).build()
                .applyTo(DynamoDbAsyncClient.builder().httpClient(DynamoFixture.HTTP)).build();
        try (DynamoResource dynamo = DynamoResource.builder(client).scheduler(scheduler).build()) {
            DynamoTable<Vote> votes = dynamo.table("votes", Vote.class, KeySchema.of("name"));
            Backoff backoff = Backoff.exponential(Duration.ofMillis(10), Duration.ofSeconds(1)).withoutJitter();
            List<ItemKey> keys = IntStream.range(0, 300).mapToObj(i -> ItemKey.of("v" + i)).toList();

            BatchGetResult<Vote> result = votes.sync().batchGet(b -> b.keys(keys).projection("votes")
                    .retry(r -> r.backoff(backoff).maxAttempts(20)));

            assertThat(result.items()).hasSize(300);
            assertThat(result.items().get(ItemKey.of("v42"))).isEqualTo(new Vote("v42", 42));
            assertThat(holdBack.heldBackKeys()).isGreaterThan(100);
            assertThat(scheduler.delays()).isNotEmpty().allSatisfy(delay ->
                    assertThat(List.of(10L, 20L, 40L, 80L, 160L, 320L, 640L, 1000L)).contains(delay.toMillis()));
        } finally {
            client.close();
            scheduler.shutdownNow();
        }
    }

    @EmulatorTest
    void batchGet_whenAttemptLimitIsTooLow_listsExactlyTheKeysNotRead(DynamoFixture fx) {
        filled(fx, 300);
        UnprocessedBatches holdBack = UnprocessedBatches.holdBack(0.5, 5L);
        SentRequests sent = new SentRequests();
        RecordingScheduler scheduler = new RecordingScheduler();
        DynamoDbAsyncClient client = fx.settings.toBuilder().addInterceptor(holdBack).addInterceptor(sent)
                .retryStrategy(AwsRetryStrategy.doNotRetry()).build()
                .applyTo(DynamoDbAsyncClient.builder().httpClient(DynamoFixture.HTTP)).build();
        try (DynamoResource dynamo = DynamoResource.builder(client).scheduler(scheduler).build()) {
            DynamoTable<Vote> votes = dynamo.table("votes", Vote.class, KeySchema.of("name"));
            List<ItemKey> keys = IntStream.range(0, 310).mapToObj(i -> ItemKey.of("v" + i)).toList();

            BatchGetResult<Vote> result = votes.sync().batchGet(b -> b.keys(keys)
                    .retry(r -> r.backoff(Backoff.fixed(Duration.ofMillis(5))).maxAttempts(2)));

            Set<ItemKey> answered = new HashSet<>(result.items().keySet());
            answered.addAll(result.missing());
            assertThat(result.isComplete()).isFalse();
            assertThat(result.failures()).isNotEmpty().doesNotContainKeys(answered.toArray(ItemKey[]::new))
                    .allSatisfy((key, cause) -> assertThat(cause).isInstanceOf(AwsKitDynamoDbException.class));
            Set<ItemKey> all = new HashSet<>(answered);
            all.addAll(result.failures().keySet());
            assertThat(all).containsExactlyInAnyOrderElementsOf(keys);
            assertThat(result.missing()).allSatisfy(key -> assertThat(key.toString()).matches("\\[v30\\d]"));
            result.items().forEach((key, vote) -> assertThat(vote.name()).isEqualTo(key.toString().replaceAll("[\\[\\]]", "")));
            // The keys listed as failed are exactly those the emulator never saw.
            Set<String> asked = sent.of(BatchGetItemRequest.class)
                    .flatMap(request -> request.requestItems().get("votes").keys().stream())
                    .map(key -> key.get("name").s()).collect(Collectors.toSet());
            assertThat(asked).hasSize(answered.size()).noneMatch(name ->
                    result.failures().containsKey(ItemKey.of(name)));
            assertThat(scheduler.delays()).isNotEmpty().containsOnly(Duration.ofMillis(5));
        } finally {
            client.close();
            scheduler.shutdownNow();
        }
    }

    @EmulatorTest
    void batchGet_whenKeyDoesNotFit_refusesBeforeAnyCall(DynamoFixture fx) {
        DynamoTable<Vote> votes = fx.votes();
        fx.calls.reset();

        assertThatThrownBy(() -> votes.batchGet(List.of(ItemKey.of("a"), ItemKey.of("b", "sort"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[b, sort]");
        assertThat(fx.calls.calls()).isEmpty();
    }

    @EmulatorTest
    void cached_servesRepeatedReadsFromMemoryAndCachesAbsence(DynamoFixture fx) {
        DynamoTable<Vote> votes = filled(fx, 3);
        fx.calls.reset();

        try (ItemCache<Vote> cache = votes.cached()) {
            for (int i = 0; i < 100; i++) {
                assertThat(cache.sync().get(ItemKey.of("v1"))).contains(new Vote("v1", 1));
                assertThat(cache.sync().get(ItemKey.of("nobody"))).isEmpty();
            }
            BatchResult<ItemKey, Optional<Vote>> all = cache.sync().getAll(List.of(ItemKey.of("v0"), ItemKey.of("v1"),
                    ItemKey.of("v2")));

            assertThat(all.values()).hasSize(3).containsEntry(ItemKey.of("v2"), Optional.of(new Vote("v2", 2)));
            assertThat(fx.calls.calls("GetItem")).isEqualTo(2);
            assertThat(fx.calls.calls("BatchGetItem")).isEqualTo(1);
            votes.sync().put(new Vote("v1", 100));
            assertThat(cache.sync().refresh(ItemKey.of("v1"))).contains(new Vote("v1", 100));
            assertThat(cache.sync().get(ItemKey.of("v1"))).contains(new Vote("v1", 100));
        }
    }

    @EmulatorTest
    void cached_whenTableIsMissing_failsWithCacheLoadExceptionCausedByTheReadFailure(DynamoFixture fx) {
        DynamoTable<Vote> missing = fx.dynamo.table("missing", Vote.class, KeySchema.of("name"));

        try (ItemCache<Vote> cache = missing.cached()) {
            assertThatThrownBy(() -> cache.sync().get(ItemKey.of("x")))
                    .isInstanceOf(CacheLoadException.class)
                    .hasCauseInstanceOf(AwsKitDynamoDbException.class);
        }
    }

    @EmulatorTest
    void preload_ofSeedConfigItem_servesItByTheExtensionsName(DynamoFixture fx) {
        fx.dynamo.sync().createTable(t -> t.name("DynamoDbTable").partitionKey("pKey", ScalarAttributeType.S)
                .sortKey("sKey", ScalarAttributeType.S));
        fx.dynamo.table("DynamoDbTable", KeySchema.of("pKey", "sKey")).sync()
                .put(Map.of("pKey", "pKey1", "sKey", "sKey1", "data", "Sample item data"));
        Map<String, Object> seedForm = new LinkedHashMap<>();
        seedForm.put("table", "DynamoDbTable");
        seedForm.put("hashkey", "pKey");
        seedForm.put("hashkeyvalue", "pKey1");
        seedForm.put("sortkey", "sKey");
        seedForm.put("sortkeyvalue", "sKey1");
        PreloadItem seedItem = new PreloadItem("dynamodb", 0, seedForm, Duration.ofMinutes(5));
        Map<String, Object> key = new LinkedHashMap<>();
        key.put("sKey", "absent"); // another order than the first entry's: the table's key order wins
        key.put("pKey", "pKey1");
        PreloadItem keyForm = new PreloadItem("dynamodb", 1, Map.of("table", "DynamoDbTable", "key", key), null);

        try (PreloadedItems items = PreloadedItems.create(fx.dynamo)) {
            items.check(seedItem);
            Map<String, Object> loaded = items.preload(seedItem).join();
            assertThatThrownBy(() -> items.sync().preload(keyForm)).isInstanceOf(AwsKitDynamoDbException.class)
                    .hasMessageContaining("dynamodb[1]").hasMessageContaining("DynamoDbTable-pKey1-absent");
            fx.calls.reset();

            for (int i = 0; i < 100; i++) {
                assertThat(items.sync().get("DynamoDbTable-pKey1-sKey1")).contains(loaded);
            }
            assertThat(loaded).containsEntry("data", "Sample item data");
            assertThat(items.names()).contains("DynamoDbTable-pKey1-sKey1");
            assertThat(fx.calls.calls()).isEmpty();
            assertThat(items.section()).isEqualTo("dynamodb");
        }
    }

    @EmulatorTest
    void preload_whenEntryIsInvalid_refusesNamingTheEntry(DynamoFixture fx) {
        try (PreloadedItems items = PreloadedItems.create(fx.dynamo)) {
            assertThatThrownBy(() -> items.check(new PreloadItem("dynamodb", 2, Map.of("hashkey", "pKey"), null)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dynamodb[2]")
                    .hasMessageContaining("'table'");
            assertThatThrownBy(() -> items.check(new PreloadItem("dynamodb", 3, Map.of("table", "T",
                    "hashkey", "pKey", "hashkeyvalue", List.of("x")), null)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dynamodb[3]")
                    .hasMessageContaining("hashkeyvalue");
            assertThatThrownBy(() -> items.sync().get("never-loaded")).isInstanceOf(IllegalArgumentException.class);
            assertThat(fx.calls.calls()).isEmpty();
        }
    }
}

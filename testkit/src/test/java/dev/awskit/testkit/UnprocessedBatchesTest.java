package dev.awskit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/** The held-back writes and keys really never reach DynamoDB Local, and come back as unprocessed. */
@ExtendWith(DynamoDbLocalExtension.class)
class UnprocessedBatchesTest {

    private static DynamoDbClient client(DynamoDbLocal ddb, UnprocessedBatches holdBack) {
        return ddb.client(DynamoDbClient.builder().overrideConfiguration(o -> o.addExecutionInterceptor(holdBack)));
    }

    private static List<WriteRequest> puts(int count) {
        return IntStream.range(0, count).mapToObj(i -> WriteRequest.builder()
                .putRequest(PutRequest.builder().item(Map.of("id", AttributeValue.fromS("i" + i))).build())
                .build()).toList();
    }

    private static Set<String> ids(List<Map<String, AttributeValue>> items) {
        Set<String> ids = new HashSet<>();
        items.forEach(item -> ids.add(item.get("id").s()));
        return ids;
    }

    private static Set<String> storedIds(DynamoDbClient client, String table) {
        return ids(client.scan(b -> b.tableName(table)).items());
    }

    @Test
    void batchWrite_heldBackWrites_areUnprocessedAndNeverStored(DynamoDbLocal ddb) {
        UnprocessedBatches holdBack = UnprocessedBatches.holdBack(0.5, 42L);
        try (DynamoDbClient client = client(ddb, holdBack)) {
            Tables.create(client, "held");

            BatchWriteItemResponse response = client.batchWriteItem(b -> b.requestItems(Map.of("held", puts(25))));

            List<WriteRequest> unprocessed = response.unprocessedItems().get("held");
            Set<String> unprocessedIds = ids(unprocessed.stream().map(w -> w.putRequest().item()).toList());
            Set<String> stored = storedIds(client, "held");
            assertThat(holdBack.heldBackWrites()).isEqualTo(unprocessed.size()).isBetween(1L, 24L);
            assertThat(stored).hasSize(25 - unprocessed.size()).doesNotContainAnyElementsOf(unprocessedIds);

            List<WriteRequest> again = unprocessed;
            int requests = 1;
            while (!again.isEmpty()) {
                List<WriteRequest> batch = again;
                again = client.batchWriteItem(b -> b.requestItems(Map.of("held", batch))).unprocessedItems()
                        .getOrDefault("held", List.of());
                requests++;
            }
            assertThat(storedIds(client, "held")).hasSize(25);
            assertThat(requests).isGreaterThan(1);
        }
    }

    @Test
    void batchGet_heldBackKeys_areUnprocessedAndNotAnswered(DynamoDbLocal ddb) {
        UnprocessedBatches holdBack = UnprocessedBatches.holdBack(0.5, 7L);
        try (DynamoDbClient plain = ddb.client(DynamoDbClient.builder()); DynamoDbClient client = client(ddb, holdBack)) {
            Tables.create(plain, "read");
            plain.batchWriteItem(b -> b.requestItems(Map.of("read", puts(20))));
            List<Map<String, AttributeValue>> keys = IntStream.range(0, 20)
                    .mapToObj(i -> Map.of("id", AttributeValue.fromS("i" + i))).toList();

            BatchGetItemResponse response = client.batchGetItem(b -> b.requestItems(
                    Map.of("read", KeysAndAttributes.builder().keys(keys).consistentRead(true).build())));

            Set<String> found = ids(response.responses().get("read"));
            KeysAndAttributes unprocessed = response.unprocessedKeys().get("read");
            Set<String> notRead = ids(unprocessed.keys());
            assertThat(holdBack.heldBackKeys()).isEqualTo(notRead.size()).isPositive();
            assertThat(unprocessed.consistentRead()).isTrue();
            assertThat(found).doesNotContainAnyElementsOf(notRead);
            Set<String> all = new HashSet<>(found);
            all.addAll(notRead);
            assertThat(all).hasSize(20);
            assertThat(holdBack.heldBackWrites()).isZero();
        }
    }

    @Test
    void holdBackEverything_stillSendsOneWritePerRequest(DynamoDbLocal ddb) {
        UnprocessedBatches holdBack = UnprocessedBatches.holdBack(1.0, 1L);
        try (DynamoDbClient client = client(ddb, holdBack)) {
            Tables.create(client, "all");
            List<WriteRequest> pending = new ArrayList<>(puts(5));
            int requests = 0;
            while (!pending.isEmpty()) {
                List<WriteRequest> batch = List.copyOf(pending);
                pending = new ArrayList<>(client.batchWriteItem(b -> b.requestItems(Map.of("all", batch)))
                        .unprocessedItems().getOrDefault("all", List.of()));
                requests++;
                assertThat(storedIds(client, "all")).hasSize(requests);
            }
            assertThat(requests).isEqualTo(5);
            assertThat(holdBack.heldBackWrites()).isEqualTo(4 + 3 + 2 + 1);
        }
    }

    @Test
    void holdBackNothing_leavesBatchesAndOtherCallsAlone(DynamoDbLocal ddb) {
        UnprocessedBatches holdBack = UnprocessedBatches.holdBack(0.0, 1L);
        try (DynamoDbClient client = client(ddb, holdBack)) {
            Tables.create(client, "none");
            client.putItem(b -> b.tableName("none").item(Map.of("id", AttributeValue.fromS("single"))));

            BatchWriteItemResponse response = client.batchWriteItem(b -> b.requestItems(Map.of("none", puts(10))));

            assertThat(response.unprocessedItems()).isEmpty();
            assertThat(storedIds(client, "none")).hasSize(11);
            assertThat(holdBack).hasToString("UnprocessedBatches[share=0.0, heldBackWrites=0, heldBackKeys=0]");
        }
    }

    @Test
    void holdBack_shareOutsideZeroToOne_isRefusedNamingIt() {
        assertThatIllegalArgumentException().isThrownBy(() -> UnprocessedBatches.holdBack(1.5, 1L))
                .withMessageContaining("1.5");
        assertThatIllegalArgumentException().isThrownBy(() -> UnprocessedBatches.holdBack(Double.NaN, 1L))
                .withMessageContaining("NaN");
        assertThatIllegalArgumentException().isThrownBy(() -> UnprocessedBatches.holdBack(-0.1, 1L))
                .withMessageContaining("-0.1");
    }
}

package dev.awskit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
import software.amazon.awssdk.services.dynamodb.waiters.DynamoDbWaiter;

@ExtendWith(DynamoDbLocalExtension.class)
class DynamoDbLocalTest {

    @Test
    void createTable_waiterThenPutGet_returnsItem(DynamoDbLocal ddb) {
        try (DynamoDbClient client = ddb.client(DynamoDbClient.builder());
                DynamoDbWaiter waiter = DynamoDbWaiter.builder().client(client).build()) {
            Tables.create(client, "carts");

            var described = waiter.waitUntilTableExists(b -> b.tableName("carts")).matched().response();
            client.putItem(b -> b.tableName("carts").item(Map.of("id", AttributeValue.fromS("c-1"),
                    "items", AttributeValue.fromN("3"))));
            var item = client.getItem(b -> b.tableName("carts").key(Map.of("id", AttributeValue.fromS("c-1")))).item();

            assertThat(described).hasValueSatisfying(r -> assertThat(r.table().tableStatus()).isEqualTo(TableStatus.ACTIVE));
            assertThat(item).containsEntry("items", AttributeValue.fromN("3"));
        }
    }

    @Test
    void reset_deletesEveryTable(DynamoDbLocal ddb) {
        try (DynamoDbClient client = ddb.client(DynamoDbClient.builder())) {
            Tables.create(client, "scratch");

            ddb.reset();

            assertThat(client.listTables().tableNames()).isEmpty();
        }
    }

    @Test
    void endpoint_isLoopbackAndSharedPerJvm(DynamoDbLocal ddb) {
        assertThat(ddb.endpoint().getHost()).isEqualTo("127.0.0.1");
        assertThat(DynamoDbLocal.shared()).isSameAs(ddb);
    }
}

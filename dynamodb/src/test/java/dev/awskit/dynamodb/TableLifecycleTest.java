package dev.awskit.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awskit.core.AwsKitTimeoutException;
import dev.awskit.core.backoff.Backoff;
import dev.awskit.testkit.FaultInjector;
import java.time.Duration;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableResponse;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

/** Creating, waiting for, configuring and deleting tables, against both emulators. */
class TableLifecycleTest {

    @EmulatorTest
    void createTable_withIndexesProvisioningAndTtl_isActiveAsDefined(DynamoFixture fx) {
        TableDescription table = fx.dynamo.sync().createTable(t -> t.name("orders")
                .partitionKey("customer", ScalarAttributeType.S).sortKey("created", ScalarAttributeType.N)
                .provisioned(5, 3)
                .globalIndex("byStatus", i -> i.partitionKey("status", ScalarAttributeType.S).keysOnly())
                .localIndex("byTotal", i -> i.partitionKey("customer", ScalarAttributeType.S)
                        .sortKey("total", ScalarAttributeType.N).include("items"))
                .timeToLive("expiresAt"));

        assertThat(table.tableStatus()).isEqualTo(TableStatus.ACTIVE);
        assertThat(table.provisionedThroughput().readCapacityUnits()).isEqualTo(5);
        assertThat(table.globalSecondaryIndexes()).singleElement()
                .satisfies(index -> assertThat(index.projection().projectionType()).isEqualTo(ProjectionType.KEYS_ONLY));
        assertThat(table.localSecondaryIndexes()).singleElement()
                .satisfies(index -> assertThat(index.projection().nonKeyAttributes()).containsExactly("items"));
        assertThat(fx.dynamo.sync().tableExists("orders")).isTrue();
        assertThat(fx.client.describeTimeToLive(r -> r.tableName("orders")).join().timeToLiveDescription()
                .timeToLiveStatus()).isIn(TimeToLiveStatus.ENABLED, TimeToLiveStatus.ENABLING);
    }

    @EmulatorTest
    void createTable_onDemand_thenDeleteTable_leavesNoTable(DynamoFixture fx) {
        TableDefinition definition = TableDefinition.builder().name("temp")
                .partitionKey("id", ScalarAttributeType.B).build();

        fx.dynamo.sync().createTable(definition);
        assertThat(fx.dynamo.sync().describeTable("temp").billingModeSummary().billingMode())
                .isEqualTo(BillingMode.PAY_PER_REQUEST);
        fx.dynamo.sync().deleteTable("temp");

        assertThat(fx.dynamo.sync().tableExists("temp")).isFalse();
        assertThat(definition.keySchema()).isEqualTo(KeySchema.of("id"));
        assertThatThrownBy(() -> fx.dynamo.sync().deleteTable("temp")).isInstanceOf(AwsKitDynamoDbException.class)
                .hasMessageContaining("temp");
        assertThatThrownBy(() -> fx.dynamo.sync().describeTable("temp")).isInstanceOf(AwsKitDynamoDbException.class);
    }

    @EmulatorTest
    void awaitActive_whenTableStaysCreating_throwsTimeoutWithLastStatus(DynamoFixture fx) {
        fx.votes();
        FaultInjector creating = FaultInjector.create();
        creating.on("DescribeTable").always().rewriteResponse((request, response) ->
                ((DescribeTableResponse) response).toBuilder().table(t -> t.tableName("votes")
                        .tableStatus(TableStatus.CREATING)).build());
        DynamoDbAsyncClient client = fx.settings.toBuilder().addInterceptor(creating).build()
                .applyTo(DynamoDbAsyncClient.builder().httpClient(DynamoFixture.HTTP)).build();
        try (DynamoResource dynamo = DynamoResource.builder(client).tableWaitTimeout(Duration.ofMillis(300))
                .tableWaitBackoff(Backoff.fixed(Duration.ofMillis(20))).build()) {

            assertThatThrownBy(() -> dynamo.sync().awaitActive("votes"))
                    .isInstanceOf(AwsKitTimeoutException.class)
                    .isInstanceOfSatisfying(TableNotReadyException.class, e -> {
                        assertThat(e.tableName()).isEqualTo("votes");
                        assertThat(e.lastStatus()).contains("CREATING");
                    });
            assertThat(creating.calls("DescribeTable")).isGreaterThan(1);
        } finally {
            client.close();
        }
    }

    @EmulatorTest
    void createTable_whenDefinitionIsInconsistent_refusesBeforeAnyCall(DynamoFixture fx) {
        fx.calls.reset();

        assertThatThrownBy(() -> fx.dynamo.createTable(t -> t.name("bad").partitionKey("id", ScalarAttributeType.S)
                .globalIndex("byId", i -> i.partitionKey("id", ScalarAttributeType.N))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'id'");
        assertThatThrownBy(() -> fx.dynamo.createTable(t -> t.name("bad").partitionKey("id", ScalarAttributeType.S)
                .localIndex("lsi", i -> i.partitionKey("id", ScalarAttributeType.S).sortKey("x", ScalarAttributeType.S))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("local index lsi");
        assertThatThrownBy(() -> fx.dynamo.createTable(t -> t.partitionKey("id", ScalarAttributeType.S)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("name");
        assertThat(fx.calls.calls()).isEmpty();
    }

    @EmulatorTest
    void timeToLive_canBeTurnedOnAndOff(DynamoFixture fx) {
        fx.votes();

        fx.dynamo.sync().enableTimeToLive("votes", "expiresAt");
        TimeToLiveStatus on = fx.client.describeTimeToLive(r -> r.tableName("votes")).join().timeToLiveDescription()
                .timeToLiveStatus();
        fx.dynamo.sync().disableTimeToLive("votes", "expiresAt");
        TimeToLiveStatus off = fx.client.describeTimeToLive(r -> r.tableName("votes")).join().timeToLiveDescription()
                .timeToLiveStatus();

        assertThat(on).isIn(TimeToLiveStatus.ENABLED, TimeToLiveStatus.ENABLING);
        assertThat(off).isIn(TimeToLiveStatus.DISABLED, TimeToLiveStatus.DISABLING);
    }
}

package dev.awskit.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awskit.dynamodb.DynamoFixture.Vote;
import dev.awskit.dynamodb.expression.Attr;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** Transactions and optimistic locking against both emulators. */
class TransactionAndLockingTest {

    record Doc(String id, String title, Long version) {
    }

    private static DynamoTable<Doc> docs(DynamoFixture fx) {
        fx.dynamo.sync().createTable(t -> t.name("versioned").partitionKey("id", ScalarAttributeType.S));
        return fx.dynamo.table("versioned", Doc.class, KeySchema.of("id")).withVersionAttribute("version");
    }

    @EmulatorTest
    void transact_whenAllActionsHold_writesThemAll(DynamoFixture fx) {
        DynamoTable<Vote> votes = fx.votes();
        votes.sync().put(new Vote("tabs", 5));
        votes.sync().put(new Vote("gone", 0));
        votes.sync().put(new Vote("guard", 1));

        fx.dynamo.sync().transact(tx -> tx
                .check(votes, ItemKey.of("guard"), Attr.name("votes").ge(1))
                .put(votes, new Vote("spaces", 1))
                .update(votes, ItemKey.of("tabs"), u -> u.increment("votes", -5))
                .delete(votes, ItemKey.of("gone")));

        assertThat(votes.sync().get(ItemKey.of("tabs"))).contains(new Vote("tabs", 0));
        assertThat(votes.sync().get(ItemKey.of("spaces"))).contains(new Vote("spaces", 1));
        assertThat(votes.sync().get(ItemKey.of("gone"))).isEmpty();
    }

    @EmulatorTest
    void transact_whenOneConditionFails_writesNothingAndNamesTheAction(DynamoFixture fx) {
        DynamoTable<Vote> votes = fx.votes();
        votes.sync().put(new Vote("tabs", 1));

        assertThatThrownBy(() -> fx.dynamo.sync().transact(tx -> tx
                .put(votes, new Vote("spaces", 1))
                .check(votes, ItemKey.of("tabs"), Attr.name("votes").ge(5))))
                .isInstanceOfSatisfying(TransactionCancelledException.class, e -> {
                    assertThat(e.reasons()).hasSize(2);
                    assertThat(e.reasons().get(0).isCause()).isFalse();
                    assertThat(e.causes()).singleElement().satisfies(reason -> {
                        assertThat(reason.index()).isEqualTo(1);
                        assertThat(reason.action()).isEqualTo("check votes {name=tabs}");
                        assertThat(reason.code()).isEqualTo("ConditionalCheckFailed");
                    });
                    assertThat(e.getMessage()).contains("check votes {name=tabs}");
                });
        assertThat(votes.sync().get(ItemKey.of("spaces"))).isEmpty();
    }

    @EmulatorTest
    void transact_whenInvalid_refusesBeforeAnyCall(DynamoFixture fx) {
        DynamoTable<Vote> votes = fx.votes();
        fx.calls.reset();

        assertThatThrownBy(() -> fx.dynamo.transact(tx -> tx.put(votes, new Vote("a", 1))
                .update(votes, ItemKey.of("a"), u -> u.increment("votes", 1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("{name=a}")
                .hasMessageContaining("already in the transaction");
        assertThatThrownBy(() -> fx.dynamo.transact(tx -> {
            for (int i = 0; i <= Transaction.MAX_ACTIONS; i++) {
                tx.put(votes, new Vote("v" + i, i));
            }
        })).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 100");
        assertThatThrownBy(() -> fx.dynamo.transact(tx -> { })).isInstanceOf(IllegalArgumentException.class);
        assertThat(fx.calls.calls()).isEmpty();
    }

    @EmulatorTest
    void put_onVersionedTable_storesVersionOneThenRefusesStaleWrites(DynamoFixture fx) {
        DynamoTable<Doc> docs = docs(fx);

        Doc first = docs.sync().put(new Doc("d1", "draft", null));
        Doc second = docs.sync().put(new Doc("d1", "final", first.version()));

        assertThat(first.version()).isEqualTo(1L);
        assertThat(second.version()).isEqualTo(2L);
        assertThatThrownBy(() -> docs.sync().put(new Doc("d1", "stale", 1L)))
                .isInstanceOfSatisfying(VersionConflictException.class, e -> {
                    assertThat(e.expectedVersion()).hasValue(1);
                    assertThat(e.actualVersion()).hasValue(2);
                    assertThat(e.key()).isEqualTo(ItemKey.of("d1"));
                });
        assertThatThrownBy(() -> docs.sync().put(new Doc("d1", "again new", null)))
                .isInstanceOfSatisfying(VersionConflictException.class,
                        e -> assertThat(e.expectedVersion()).isEmpty());
        assertThat(docs.sync().get(ItemKey.of("d1"))).contains(new Doc("d1", "final", 2L));
    }

    @EmulatorTest
    void updateAndDelete_onVersionedTable_checkExpectedVersion(DynamoFixture fx) {
        DynamoTable<Doc> docs = docs(fx);
        docs.sync().put(new Doc("d1", "draft", null));

        Doc updated = docs.sync().update(r -> r.key("d1").update(u -> u.set("title", "edited")).expectedVersion(1));
        Doc bumped = docs.sync().update(ItemKey.of("d1"), u -> u.set("title", "unchecked"));

        assertThat(updated).isEqualTo(new Doc("d1", "edited", 2L));
        assertThat(bumped.version()).isEqualTo(3L);
        assertThatThrownBy(() -> docs.sync().delete(r -> r.key("d1").expectedVersion(2)))
                .isInstanceOf(VersionConflictException.class);
        assertThat(docs.sync().delete(r -> r.key("d1").expectedVersion(3))).isPresent();
    }

    @EmulatorTest
    void transact_onVersionedTable_checksAndMovesVersion(DynamoFixture fx) {
        DynamoTable<Doc> docs = docs(fx);
        docs.sync().put(new Doc("d1", "one", null));

        fx.dynamo.sync().transact(tx -> tx.put(docs, new Doc("d1", "two", 1L)).put(docs, new Doc("d2", "new", null)));

        assertThat(docs.sync().get(ItemKey.of("d1"))).contains(new Doc("d1", "two", 2L));
        assertThatThrownBy(() -> fx.dynamo.sync().transact(tx -> tx.put(docs, new Doc("d2", "stale", null))))
                .isInstanceOfSatisfying(TransactionCancelledException.class,
                        e -> assertThat(e.causes()).singleElement().extracting(CancellationReason::code)
                                .isEqualTo("ConditionalCheckFailed"));
    }

    @EmulatorTest
    void update_whenTouchingKeyOrVersion_refusesBeforeAnyCall(DynamoFixture fx) {
        DynamoTable<Doc> docs = docs(fx);
        DynamoTable<Map<String, Object>> plain = fx.dynamo.table("versioned", KeySchema.of("id"));
        fx.calls.reset();

        assertThatThrownBy(() -> plain.update(ItemKey.of("d1"), u -> u.set("id", "other")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("key attribute 'id'");
        assertThatThrownBy(() -> docs.update(ItemKey.of("d1"), u -> u.set("version", 9)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("version attribute");
        assertThatThrownBy(() -> plain.update(r -> r.key("d1").update(u -> u.set("t", 1)).expectedVersion(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no version attribute");
        assertThat(fx.calls.calls()).isEmpty();
    }

    @EmulatorTest
    void toBuilder_copiesActionsAndKeepsTheChecks(DynamoFixture fx) {
        DynamoTable<Vote> votes = fx.votes();
        Transaction base = Transaction.builder().put(votes, new Vote("tabs", 1)).clientRequestToken("token-1").build();

        Transaction more = base.toBuilder().put(votes, new Vote("spaces", 2)).build();

        assertThat(base.actions()).hasSize(1);
        assertThat(more.actions()).hasSize(2).startsWith(base.actions().get(0));
        assertThat(more.clientRequestToken()).contains("token-1");
        assertThatThrownBy(() -> base.toBuilder().delete(votes, ItemKey.of("tabs")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already in the transaction");
        fx.dynamo.sync().transact(more);
        assertThat(votes.sync().get(ItemKey.of("spaces"))).contains(new Vote("spaces", 2));
    }
}

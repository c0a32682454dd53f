package dev.awskit.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awskit.dynamodb.DynamoFixture.Vote;
import dev.awskit.dynamodb.expression.Attr;
import dev.awskit.dynamodb.expression.Condition;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Single-item reads and writes against both emulators. */
class ItemOperationsTest {

    record Profile(String id, BigDecimal balance, double ratio, byte[] avatar, Set<String> tags, Set<Long> lucky,
            Map<String, Object> settings, List<Object> history, Instant created) {
    }

    @EmulatorTest
    void put_thenGet_returnsEqualItemWithExactValues(DynamoFixture fx) {
        fx.dynamo.sync().createTable(t -> t.name("profiles").partitionKey("id",
                software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType.S));
        DynamoTable<Profile> profiles = fx.dynamo.table("profiles", Profile.class, KeySchema.of("id"));
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("theme", "dark");
        settings.put("size", 12L);
        Profile profile = new Profile("p1", new BigDecimal("12345678901234567890.12345678901234567"), 0.1,
                new byte[] {1, 2, 3}, Set.of("a", "b"), Set.of(7L, 11L), settings, List.of("x", 1L),
                Instant.parse("2026-03-01T10:15:30Z"));

        profiles.sync().put(profile);
        Profile read = profiles.sync().get(r -> r.key("p1").consistentRead(true)).orElseThrow();

        assertThat(read.balance()).isEqualByComparingTo(profile.balance());
        assertThat(read.ratio()).isEqualTo(0.1);
        assertThat(read.avatar()).containsExactly(1, 2, 3);
        assertThat(read.tags()).containsExactlyInAnyOrder("a", "b");
        assertThat(read.lucky()).containsExactlyInAnyOrder(7L, 11L);
        assertThat(read.settings()).isEqualTo(settings);
        assertThat(read.history()).containsExactly("x", 1L);
        assertThat(read.created()).isEqualTo(profile.created());
    }

    @EmulatorTest
    void put_whenNumbersAreAtDynamoDbsLimits_readsThemBackExactly(DynamoFixture fx) {
        DynamoTable<Map<String, Object>> votes = fx.dynamo.table("votes", KeySchema.of("name"));
        fx.votes();
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("name", "limits");
        item.put("huge", 1.5e100);
        item.put("tiny", new BigDecimal("1E-129"));
        item.put("digits", new BigDecimal("12345678901234567890123456789012345678"));
        item.put("zero", -0.0);

        votes.sync().put(item);
        Map<String, Object> read = votes.sync().get(r -> r.key("limits").consistentRead(true)).orElseThrow();

        assertThat((BigDecimal) read.get("huge")).isEqualByComparingTo("1.5E+100");
        assertThat((BigDecimal) read.get("tiny")).isEqualByComparingTo("1E-129");
        assertThat(read.get("digits")).isEqualTo(new BigDecimal("12345678901234567890123456789012345678"));
        assertThat(read.get("zero")).isEqualTo(0L);
    }

    @EmulatorTest
    void put_whenItemCannotBeStored_refusesNamingItBeforeAnyCall(DynamoFixture fx) {
        DynamoTable<Map<String, Object>> votes = fx.dynamo.table("votes", KeySchema.of("name"));
        fx.votes();
        fx.calls.reset();

        assertThatThrownBy(() -> votes.put(Map.of("votes", 1L)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("key attribute 'name'");
        assertThatThrownBy(() -> votes.put(Map.of("name", Map.of("nested", "map"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("string, number or binary");
        assertThatThrownBy(() -> votes.put(Map.of("name", "x", "ratio", Double.POSITIVE_INFINITY)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'ratio'");
        assertThatThrownBy(() -> votes.put(Map.of("name", "x", "tags", Set.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'tags'");
        assertThatThrownBy(() -> votes.put(Map.of("name", "x", "blob", new byte[410_000])))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("{name=x}");
        assertThatThrownBy(() -> votes.get(ItemKey.of("x", "no sort key here")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sort value");
        assertThat(fx.calls.calls()).isEmpty();
    }

    @EmulatorTest
    void get_whenItemIsAbsent_returnsEmpty(DynamoFixture fx) {
        DynamoTable<Vote> votes = fx.votes();

        assertThat(votes.sync().get(ItemKey.of("nobody"))).isEmpty();
    }

    @EmulatorTest
    void get_withProjection_readsOnlyThoseAttributes(DynamoFixture fx) {
        DynamoTable<Map<String, Object>> docs = fx.docs();
        docs.sync().put(Map.of("customer", "C1", "doc", "D1", "status", "open", "size", 3L));

        Map<String, Object> read = docs.sync().get(r -> r.key("C1", "D1").projection("status")).orElseThrow();

        assertThat(read).containsOnlyKeys("status");
    }

    @EmulatorTest
    void update_whenReservedWordsAreAttributes_countsVotes(DynamoFixture fx) {
        DynamoTable<Map<String, Object>> votes = fx.dynamo.table("votes", KeySchema.of("name"));
        fx.votes();

        votes.sync().update(ItemKey.of("tabs"), u -> u.increment("Votes", 1));
        Map<String, Object> after = votes.sync().update(ItemKey.of("tabs"), u -> u.increment("Votes", 2)
                .set("status", "open").append("comment", List.of("first")));

        assertThat(after).containsEntry("name", "tabs").containsEntry("Votes", 3L).containsEntry("status", "open")
                .containsEntry("comment", List.of("first"));
    }

    @EmulatorTest
    void update_withRemoveAddAndSetIfNotExists_appliesEachAction(DynamoFixture fx) {
        DynamoTable<Map<String, Object>> docs = fx.docs();
        docs.sync().put(Map.of("customer", "C1", "doc", "D1", "draft", true, "tags", Set.of("a"), "owner", "ann"));

        Map<String, Object> after = docs.sync().update(ItemKey.of("C1", "D1"), u -> u.remove("draft")
                .add("tags", Set.of("b")).setIfNotExists("owner", "bob").setIfNotExists("created", "today")
                .prepend("log", List.of("edited")));

        assertThat(after).doesNotContainKey("draft").containsEntry("owner", "ann").containsEntry("created", "today")
                .containsEntry("log", List.of("edited"));
        assertThat(after.get("tags")).isEqualTo(Set.of("a", "b"));
    }

    @EmulatorTest
    void conditionsFiltersAndProjections_whenNamesAreReservedWords_workWithEveryFunction(DynamoFixture fx) {
        DynamoTable<Map<String, Object>> docs = fx.docs();
        // size, data, year, name, comment, status and count are all DynamoDB reserved words.
        docs.sync().put(Map.of("customer", "C1", "doc", "D1", "size", 3L, "data", Map.of("year", 2024L, "name", "xen"),
                "comment", List.of("a", "b"), "status", "open", "tags", Set.of("x", "y"), "count", 0L));
        List<Condition> holding = List.of(
                Attr.name("data.year").eq(2024),
                Attr.name("size").between(1, 5).and(Attr.name("status").in("open", "closed")),
                Attr.name("comment").size().eq(2),
                Attr.name("comment[1]").eq("b"),
                Attr.name("tags").contains("x"),
                Attr.name("data.name").beginsWith("x"),
                Attr.name("missing").notExists().and(Attr.name("status").exists()),
                Attr.name("status").isType("S"),
                Attr.name("status").eq("closed").not(),
                Attr.name("size").gt(5).or(Attr.name("data.year").ge(2024)));
        List<Condition> failing = List.of(
                Attr.name("size").gt(5).or(Attr.name("data.year").lt(2000)),
                Attr.name("comment").size().gt(2),
                Attr.name("status").ne("open"),
                Attr.name("tags").contains("z"),
                Attr.name("data").notExists());

        for (Condition condition : holding) {
            docs.sync().update(r -> r.key("C1", "D1").update(u -> u.increment("count", 1)).condition(condition));
        }
        for (Condition condition : failing) {
            assertThatThrownBy(() -> docs.sync().update(r -> r.key("C1", "D1")
                    .update(u -> u.increment("count", 100)).condition(condition)))
                    .as(condition.toString()).isInstanceOf(ConditionFailedException.class);
        }
        List<Map<String, Object>> found = docs.sync().scan(Scan.builder()
                .filter(Attr.name("data.year").eq(2024).and(Attr.name("comment").size().ge(1)))
                .projection("size", "data.year", "count").build()).toList();

        assertThat(found).singleElement().isEqualTo(Map.of("size", 3L, "data", Map.of("year", 2024L),
                "count", (long) holding.size()));
    }

    @EmulatorTest
    void putIfAbsent_whenItemExists_returnsFalseAndKeepsIt(DynamoFixture fx) {
        DynamoTable<Vote> votes = fx.votes();

        boolean first = votes.sync().putIfAbsent(new Vote("tabs", 1));
        boolean second = votes.sync().putIfAbsent(new Vote("tabs", 99));

        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(votes.sync().get(ItemKey.of("tabs"))).contains(new Vote("tabs", 1));
    }

    @EmulatorTest
    void put_whenConditionFails_throwsConditionFailedWithCurrentItem(DynamoFixture fx) {
        DynamoTable<Vote> votes = fx.votes();
        votes.sync().put(new Vote("tabs", 5));

        assertThatThrownBy(() -> votes.sync().put(r -> r.item(new Vote("tabs", 6)).condition(Attr.name("votes").lt(3))))
                .isInstanceOfSatisfying(ConditionFailedException.class, e -> {
                    assertThat(e.key()).isEqualTo(ItemKey.of("tabs"));
                    assertThat(e.tableName()).contains("votes");
                    assertThat(e.currentItem()).hasValueSatisfying(item -> assertThat(item.get("votes").n()).isEqualTo("5"));
                    assertThat(e.getMessage()).contains("votes").contains("{name=tabs}");
                });
        assertThat(votes.sync().get(ItemKey.of("tabs"))).contains(new Vote("tabs", 5));
    }

    @EmulatorTest
    void delete_returnsOldItem_andWithFailedConditionKeepsIt(DynamoFixture fx) {
        DynamoTable<Vote> votes = fx.votes();
        votes.sync().put(new Vote("tabs", 5));
        votes.sync().put(new Vote("spaces", 0));

        assertThatThrownBy(() -> votes.sync().delete(r -> r.key("tabs").condition(Attr.name("votes").eq(0))))
                .isInstanceOf(ConditionFailedException.class);
        Optional<Vote> deleted = votes.sync().delete(r -> r.key("spaces").condition(Attr.name("votes").eq(0)));

        assertThat(deleted).contains(new Vote("spaces", 0));
        assertThat(votes.sync().get(ItemKey.of("spaces"))).isEmpty();
        assertThat(votes.sync().get(ItemKey.of("tabs"))).isPresent();
        assertThat(votes.sync().delete(ItemKey.of("spaces"))).isEmpty();
    }

    @EmulatorTest
    void raw_readsAndWritesAttributeMaps(DynamoFixture fx) {
        DynamoTable<Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue>> raw = fx.votes().raw();

        raw.sync().put(Map.of("name", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS("tabs"),
                "votes", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromN("4")));

        assertThat(raw.sync().get(ItemKey.of("tabs")).orElseThrow().get("votes").n()).isEqualTo("4");
    }

    @EmulatorTest
    void get_whenTableIsMissing_throwsNamingTable(DynamoFixture fx) {
        DynamoTable<Vote> missing = fx.dynamo.table("missing", Vote.class, KeySchema.of("name"));

        assertThatThrownBy(() -> missing.sync().get(ItemKey.of("x")))
                .isInstanceOf(AwsKitDynamoDbException.class)
                .hasMessageContaining("missing")
                .hasMessageContaining("does not exist");
    }
}

package dev.awskit.dynamodb.expression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awskit.dynamodb.ItemMapper;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Rendering of conditions, key conditions and updates into placeholders. */
class ExpressionsTest {
    private final Placeholders p = Placeholders.create(ItemMapper.plain()::toValue);

    @Test
    void condition_whenNamesAreReservedWords_rendersEveryNameAsPlaceholder() {
        String text = Attr.name("name").eq("tabs").and(Attr.name("status").ne("closed")).render(p);

        assertThat(text).isEqualTo("(#n0 = :v0) AND (#n1 <> :v1)");
        assertThat(p.names()).isEqualTo(Map.of("#n0", "name", "#n1", "status"));
        assertThat(p.values()).isEqualTo(Map.of(":v0", AttributeValue.fromS("tabs"), ":v1", AttributeValue.fromS("closed")));
    }

    @Test
    void condition_withEveryFunction_rendersDynamoDbSyntax() {
        Condition all = Condition.allOf(
                Attr.name("a.b[2]").between(1, 5),
                Attr.name("tags").contains("x"),
                Attr.name("title").beginsWith("The"),
                Attr.name("gone").notExists().or(Attr.name("here").exists()),
                Attr.name("tags").size().gt(3),
                Attr.name("kind").in("a", "b"),
                Attr.name("n").isType("N").not());

        String text = all.render(p);

        assertThat(text).isEqualTo("(#n0.#n1[2] BETWEEN :v0 AND :v1) AND (contains(#n2, :v2)) AND "
                + "(begins_with(#n3, :v3)) AND ((attribute_not_exists(#n4)) OR (attribute_exists(#n5))) AND "
                + "(size(#n2) > :v4) AND (#n6 IN (:v5, :v6)) AND (NOT (attribute_type(#n7, :v7)))");
        assertThat(all.toString()).doesNotContain("The").contains("?");
    }

    @Test
    void condition_whenValueCannotBeStored_throwsNamingTheAttribute() {
        Condition nan = Attr.name("score").gt(Double.NaN);

        assertThatThrownBy(() -> nan.render(p)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("condition on 'score'");
    }

    @Test
    void keyCondition_withSortCondition_rendersBothParts() {
        KeyCondition key = Key.name("pk").eq("C#1").and(Key.name("sk").beginsWith("D#"));

        assertThat(key.render(p)).isEqualTo("#n0 = :v0 AND begins_with(#n1, :v1)");
        assertThat(key.attributes()).containsExactly("pk", "sk");
        assertThat(key.isEquality("pk")).isTrue();
        assertThat(key.isEquality("sk")).isFalse();
    }

    @Test
    void keyCondition_whenMalformed_isRefused() {
        assertThatThrownBy(() -> Key.name("a").gt(1).and(Key.name("b").lt(2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("equality");
        assertThatThrownBy(() -> Key.name("a").eq(1).and(Key.name("a").lt(2)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Key.name("a").eq(1).and(Key.name("b").lt(2)).and(Key.name("c").eq(3)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void update_groupsActionsByClause() {
        Update update = Update.builder().set("status", "open").remove("draft").increment("Votes", 1)
                .add("tags", Set.of("x")).deleteFromSet("old", Set.of("y")).append("log", List.of("e")).build();

        String text = update.render(p);

        assertThat(text).isEqualTo("SET #n0 = :v0, #n1 = if_not_exists(#n1, :v1) + :v2, "
                + "#n2 = list_append(if_not_exists(#n2, :v3), :v4) REMOVE #n3 ADD #n4 :v5 DELETE #n5 :v6");
        assertThat(p.values().get(":v3")).isEqualTo(AttributeValue.fromL(List.of()));
    }

    @Test
    void update_whenPathsOverlapOrAddTakesAString_isRefused() {
        assertThatThrownBy(() -> Update.builder().set("a.b", 1).remove("a").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'a.b'").hasMessageContaining("'a'");
        assertThatThrownBy(() -> Update.builder().add("n", "text")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Update.builder().build()).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void path_parsesNestedPathsAndRefusesBadOnes() {
        assertThat(Path.parse("a.b[0][1].c").toString()).isEqualTo("a.b[0][1].c");
        assertThat(Path.of("weird.name").isTopLevel()).isTrue();
        assertThat(Path.of("weird.name").render(p)).isEqualTo("#n0");
        assertThat(Path.parse("a").child("b").element(2)).isEqualTo(Path.parse("a.b[2]"));
        for (String bad : List.of("", "a.", ".a", "a[x]", "a[1", "a..b", "a[-1]")) {
            assertThatThrownBy(() -> Path.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void in_withTooManyValues_isRefused() {
        assertThatThrownBy(() -> Attr.name("x").in(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Attr.name("x").in(java.util.Collections.nCopies(101, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("101");
        assertThatThrownBy(() -> Attr.name("x").isType("X")).isInstanceOf(IllegalArgumentException.class);
    }
}

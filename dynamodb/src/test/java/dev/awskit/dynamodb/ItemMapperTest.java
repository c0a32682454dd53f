package dev.awskit.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class ItemMapperTest {

    record Address(String city, List<String> lines) {
    }

    record Everything(String name, int count, long big, double ratio, BigDecimal price, boolean active,
            byte[] blob, Set<String> tags, Set<Integer> scores, List<Object> mixed, Map<String, Object> extra,
            Address address, Instant updated, Optional<String> note, String missing) {
    }

    /** A POJO with a no-argument constructor and setters, as the Enhanced Client's beans are. */
    public static final class Bean {
        private String id;
        private long votes;

        public String getId() {
            return id;
        }

        public void setId(String id) {
            this.id = id;
        }

        public long getVotes() {
            return votes;
        }

        public void setVotes(long votes) {
            this.votes = votes;
        }
    }

    private static Everything everything() {
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("n", 7L);
        extra.put("flag", true);
        return new Everything("a", 3, 9_007_199_254_740_993L, 0.1, new BigDecimal("12345678901234567890.123456789"),
                true, "hi".getBytes(StandardCharsets.UTF_8), new TreeSet<>(Set.of("x", "y")), new TreeSet<>(Set.of(1, 2)),
                List.of("s", 1L), extra, new Address("Oslo", List.of("l1", "l2")),
                Instant.parse("2026-01-02T03:04:05.123Z"), Optional.of("n"), null);
    }

    @Test
    void toItem_whenRecordHasEveryKind_writesExactAttributeTypes() {
        Map<String, AttributeValue> item = ItemMapper.of(Everything.class).toItem(everything());

        assertThat(item.get("name")).isEqualTo(AttributeValue.fromS("a"));
        assertThat(item.get("count")).isEqualTo(AttributeValue.fromN("3"));
        assertThat(item.get("big")).isEqualTo(AttributeValue.fromN("9007199254740993"));
        assertThat(item.get("ratio")).isEqualTo(AttributeValue.fromN("0.1"));
        assertThat(item.get("price")).isEqualTo(AttributeValue.fromN("12345678901234567890.123456789"));
        assertThat(item.get("active")).isEqualTo(AttributeValue.fromBool(true));
        assertThat(item.get("blob")).isEqualTo(AttributeValue.fromB(SdkBytes.fromUtf8String("hi")));
        assertThat(item.get("tags")).isEqualTo(AttributeValue.fromSs(List.of("x", "y")));
        assertThat(item.get("scores")).isEqualTo(AttributeValue.fromNs(List.of("1", "2")));
        assertThat(item.get("mixed")).isEqualTo(AttributeValue.fromL(List.of(AttributeValue.fromS("s"),
                AttributeValue.fromN("1"))));
        assertThat(item.get("extra").m()).containsEntry("n", AttributeValue.fromN("7"));
        assertThat(item.get("address").m().get("lines").l()).hasSize(2);
        assertThat(item.get("updated")).isEqualTo(AttributeValue.fromS("2026-01-02T03:04:05.123Z"));
        assertThat(item.get("note")).isEqualTo(AttributeValue.fromS("n"));
        assertThat(item).doesNotContainKey("missing");
    }

    @Test
    void fromItem_whenWrittenRecordIsRead_returnsEqualValues() {
        ItemMapper<Everything> mapper = ItemMapper.of(Everything.class);
        Everything original = everything();

        Everything read = mapper.fromItem(mapper.toItem(original));

        assertThat(read).usingRecursiveComparison().ignoringCollectionOrder().ignoringFields("blob").isEqualTo(original);
        assertThat(read.blob()).isEqualTo(original.blob());
        assertThat(read.price()).isEqualTo(original.price());
    }

    @Test
    void fromItem_whenPojoIsRead_usesSetters() {
        ItemMapper<Bean> mapper = ItemMapper.of(Bean.class);
        Bean bean = new Bean();
        bean.setId("b1");
        bean.setVotes(5);

        Bean read = mapper.fromItem(mapper.toItem(bean));

        assertThat(read.getId()).isEqualTo("b1");
        assertThat(read.getVotes()).isEqualTo(5);
    }

    @Test
    void plain_whenMapIsWrittenAndRead_keepsSetsExactNumbersAndBinary() {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("s", "text");
        item.put("whole", 42L);
        item.put("decimal", new BigDecimal("0.30000000000000000001"));
        item.put("bytes", new byte[] {1, 2});
        item.put("strings", new LinkedHashSet<>(List.of("a", "b")));
        item.put("numbers", new LinkedHashSet<>(List.of(1L, 2L)));
        item.put("nested", Map.of("k", List.of(1L, "two")));
        item.put("nothing", null);

        Map<String, Object> read = ItemMapper.plain().fromItem(ItemMapper.plain().toItem(item));

        assertThat(read.get("s")).isEqualTo("text");
        assertThat(read.get("whole")).isEqualTo(42L);
        assertThat(read.get("decimal")).isEqualTo(new BigDecimal("0.30000000000000000001"));
        assertThat((byte[]) read.get("bytes")).containsExactly(1, 2);
        assertThat(read.get("strings")).isEqualTo(Set.of("a", "b"));
        assertThat(read.get("numbers")).isEqualTo(Set.of(1L, 2L));
        assertThat(read.get("nested")).isEqualTo(Map.of("k", List.of(1L, "two")));
        assertThat(read).doesNotContainKey("nothing");
    }

    record Counts(int small, int negative, int widest) {
    }

    record Nested(List<Map<String, Object>> rows, List<String> names, Map<String, Object> inner, byte[] first,
            byte[] second) {
    }

    @Test
    void toItem_whenValuesOfOneTypeRepeat_eachAttributeKeepsItsOwnValue() {
        Map<String, Object> row1 = new LinkedHashMap<>();
        row1.put("s", "one");
        row1.put("n", 1L);
        Map<String, Object> row2 = new LinkedHashMap<>();
        row2.put("s", "two");
        row2.put("n", 2.5);
        row2.put("on", false);
        Nested nested = new Nested(List.of(row1, row2, Map.of()), List.of("a", "b", "c"),
                Map.of("deep", Map.of("x", List.of())), new byte[] {1}, new byte[] {2});

        Map<String, AttributeValue> item = ItemMapper.of(Nested.class).toItem(nested);

        Map<String, AttributeValue> expectedRow2 = new LinkedHashMap<>();
        expectedRow2.put("s", AttributeValue.fromS("two"));
        expectedRow2.put("n", AttributeValue.fromN("2.5"));
        expectedRow2.put("on", AttributeValue.fromBool(false));
        assertThat(item).isEqualTo(Map.of(
                "rows", AttributeValue.fromL(List.of(
                        AttributeValue.fromM(Map.of("s", AttributeValue.fromS("one"), "n", AttributeValue.fromN("1"))),
                        AttributeValue.fromM(expectedRow2),
                        AttributeValue.fromM(Map.of()))),
                "names", AttributeValue.fromL(List.of(AttributeValue.fromS("a"), AttributeValue.fromS("b"),
                        AttributeValue.fromS("c"))),
                "inner", AttributeValue.fromM(Map.of("deep", AttributeValue.fromM(
                        Map.of("x", AttributeValue.fromL(List.of()))))),
                "first", AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] {1})),
                "second", AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] {2}))));
        assertThat(item.get("rows").l().get(2).type()).isEqualTo(AttributeValue.Type.M);
        assertThat(item.get("inner").m().get("deep").m().get("x").type()).isEqualTo(AttributeValue.Type.L);
    }

    @Test
    void fromItem_whenIntAttributeIsWholeAndFits_readsItExactly() {
        Map<String, AttributeValue> item = Map.of("small", AttributeValue.fromN("123456789"),
                "negative", AttributeValue.fromN("-12345678"), "widest", AttributeValue.fromN("-2147483648"));

        assertThat(ItemMapper.of(Counts.class).fromItem(item)).isEqualTo(new Counts(123456789, -12345678,
                Integer.MIN_VALUE));
    }

    @Test
    void fromItem_whenIntAttributeOverflowsOrHasFraction_throwsNamingAttribute() {
        ItemMapper<Counts> mapper = ItemMapper.of(Counts.class);
        Map<String, AttributeValue> tooBig = Map.of("small", AttributeValue.fromN("2147483648"));
        Map<String, AttributeValue> fraction = Map.of("small", AttributeValue.fromN("7.5"));

        assertThatThrownBy(() -> mapper.fromItem(tooBig)).isInstanceOf(ItemMappingException.class)
                .hasMessageContaining("small");
        assertThatThrownBy(() -> mapper.fromItem(fraction)).isInstanceOf(ItemMappingException.class)
                .hasMessageContaining("small");
    }

    @Test
    void toItem_whenNullsAreStored_writesNullAttribute() {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", "x");
        item.put("gone", null);

        Map<String, AttributeValue> written = ItemMapper.plain().withNulls(Nulls.STORE).toItem(item);

        assertThat(written.get("gone")).isEqualTo(AttributeValue.fromNul(true));
    }

    @Test
    void toItem_whenNumberIsNaN_throwsNamingAttributePath() {
        Map<String, Object> item = Map.of("id", "x", "stats", Map.of("scores", List.of(1.0, Double.NaN)));

        assertThatThrownBy(() -> ItemMapper.plain().toItem(item))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("stats.scores[1]")
                .hasMessageContaining("NaN");
    }

    @Test
    void toItem_whenSetIsEmpty_throwsNamingAttribute() {
        Map<String, Object> item = Map.of("id", "x", "tags", Set.of());

        assertThatThrownBy(() -> ItemMapper.plain().toItem(item))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'tags'")
                .hasMessageContaining("empty set");
    }

    @Test
    void toItem_whenNumberHasTooManyDigits_throwsNamingAttribute() {
        Map<String, Object> item = Map.of("id", "x", "n", new BigDecimal("1234567890123456789012345678901234567890"));

        assertThatThrownBy(() -> ItemMapper.plain().toItem(item))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'n'")
                .hasMessageContaining("38");
    }

    @Test
    void fromItem_whenAttributeHasWrongType_throwsNamingAttributeNotValue() {
        Map<String, AttributeValue> item = Map.of("id", AttributeValue.fromS("b1"),
                "votes", AttributeValue.fromS("secret-looking-text"));

        assertThatThrownBy(() -> ItemMapper.of(Bean.class).fromItem(item))
                .isInstanceOf(ItemMappingException.class)
                .hasMessageContaining("votes")
                .hasMessageNotContaining("secret-looking-text");
    }

    @Test
    void toValue_whenDoubleHasBinaryExpansion_writesShortestDecimal() {
        assertThat(ItemMapper.plain().toValue(0.1 + 0.2).n()).isEqualTo("0.30000000000000004");
        assertThat(ItemMapper.plain().toValue(100.0).n()).isEqualTo("100");
        assertThat(ItemMapper.plain().toValue(1e-5).n()).isEqualTo("0.00001");
        assertThat(ItemMapper.plain().toValue(-0.0).n()).isEqualTo("0");
        assertThat(ItemMapper.plain().toValue(1.5e100).n()).isEqualTo("1.5E+100");
        assertThatThrownBy(() -> ItemMapper.plain().toValue(1.5e300)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("range");
        assertThat(ItemMapper.plain().toValue(71.5f).n()).isEqualTo("71.5");
    }

    @Test
    void raw_returnsTheAttributesAsGiven() {
        Map<String, AttributeValue> item = Map.of("id", AttributeValue.fromS("x"));

        assertThat(ItemMapper.raw().toItem(item)).isEqualTo(item);
        assertThat(ItemMapper.raw().fromItem(item)).isSameAs(item);
    }

    @Test
    void fromItem_whenBinarySetIsReadAsPlainMap_returnsComparableBuffers() {
        Map<String, AttributeValue> item = Map.of("bs", AttributeValue.fromBs(List.of(SdkBytes.fromUtf8String("a"))));

        Object read = ItemMapper.plain().fromItem(item).get("bs");

        assertThat(read).isInstanceOf(Set.class);
        assertThat(ItemMapper.plain().toItem(Map.of("bs", read)).get("bs").bs())
                .extracting(SdkBytes::asUtf8String).containsExactly("a");
    }
}

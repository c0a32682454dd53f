package dev.awskit.dynamodb.expression;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Conditions on one attribute, for condition and filter expressions (boto3's {@code Attr}):
 *
 * <pre>{@code
 * Attr.name("Votes").gt(10)
 * Attr.name("status").in("open", "pending")
 * Attr.name("address.city").beginsWith("San")      // a document path
 * Attr.name("tags").size().between(1, 5)
 * Attr.name("name").notExists()                     // "only if absent"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Attr {
    private static final Set<String> TYPES = Set.of("S", "SS", "N", "NS", "B", "BS", "BOOL", "NULL", "L", "M");

    private final Path path;

    private Attr(Path path) {
        this.path = path;
    }

    /**
     * Names the attribute by a document path ({@link Path#parse(String)}): {@code Votes}, {@code address.city},
     * {@code scores[0]}.
     *
     * @param path the path
     * @return the attribute
     * @throws IllegalArgumentException if {@code path} is not a document path
     */
    public static Attr name(String path) {
        return new Attr(Path.parse(path));
    }

    /**
     * Names the attribute by a path object, e.g. {@code Path.of("name.with.dots")}.
     *
     * @param path the path
     * @return the attribute
     */
    public static Attr of(Path path) {
        return new Attr(Objects.requireNonNull(path, "path"));
    }

    /**
     * Returns {@code path = value}.
     *
     * @param value the value
     * @return the condition
     */
    public Condition eq(Object value) {
        return compare("=", value);
    }

    /**
     * Returns {@code path <> value}.
     *
     * @param value the value
     * @return the condition
     */
    public Condition ne(Object value) {
        return compare("<>", value);
    }

    /**
     * Returns {@code path < value}.
     *
     * @param value the value
     * @return the condition
     */
    public Condition lt(Object value) {
        return compare("<", value);
    }

    /**
     * Returns {@code path <= value}.
     *
     * @param value the value
     * @return the condition
     */
    public Condition le(Object value) {
        return compare("<=", value);
    }

    /**
     * Returns {@code path > value}.
     *
     * @param value the value
     * @return the condition
     */
    public Condition gt(Object value) {
        return compare(">", value);
    }

    /**
     * Returns {@code path >= value}.
     *
     * @param value the value
     * @return the condition
     */
    public Condition ge(Object value) {
        return compare(">=", value);
    }

    private Condition compare(String operator, Object value) {
        String where = "condition on '" + path + "'";
        return new Condition(p -> path.render(p) + " " + operator + " " + p.value(value, where),
                path + " " + operator + " ?");
    }

    /**
     * Returns {@code path BETWEEN low AND high} (both ends included).
     *
     * @param low the lowest value
     * @param high the highest value
     * @return the condition
     */
    public Condition between(Object low, Object high) {
        String where = "condition on '" + path + "'";
        return new Condition(p -> path.render(p) + " BETWEEN " + p.value(low, where) + " AND " + p.value(high, where),
                path + " BETWEEN ? AND ?");
    }

    /**
     * Returns {@code path IN (values)}.
     *
     * @param values 1 to 100 values
     * @return the condition
     * @throws IllegalArgumentException if there are no values or more than 100
     */
    public Condition in(Object... values) {
        return in(List.of(values));
    }

    /**
     * Returns {@code path IN (values)}.
     *
     * @param values 1 to 100 values
     * @return the condition
     * @throws IllegalArgumentException if there are no values or more than 100
     */
    public Condition in(Collection<?> values) {
        List<?> copy = List.copyOf(values);
        if (copy.isEmpty() || copy.size() > 100) {
            throw new IllegalArgumentException("IN takes 1 to 100 values, not " + copy.size() + " (on '" + path + "')");
        }
        String where = "condition on '" + path + "'";
        return new Condition(p -> {
            StringBuilder text = new StringBuilder(path.render(p)).append(" IN (");
            for (int i = 0; i < copy.size(); i++) {
                text.append(i == 0 ? "" : ", ").append(p.value(copy.get(i), where));
            }
            return text.append(')').toString();
        }, path + " IN (" + copy.size() + " values)");
    }

    /**
     * Returns {@code begins_with(path, prefix)}.
     *
     * @param prefix the prefix
     * @return the condition
     */
    public Condition beginsWith(String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        return function("begins_with", prefix);
    }

    /**
     * Returns {@code contains(path, value)}: a substring of a string, or an element of a set or list.
     *
     * @param value the value
     * @return the condition
     */
    public Condition contains(Object value) {
        return function("contains", value);
    }

    /** @return {@code attribute_exists(path)} */
    public Condition exists() {
        return new Condition(p -> "attribute_exists(" + path.render(p) + ")", "attribute_exists(" + path + ")");
    }

    /** @return {@code attribute_not_exists(path)}: with the partition key, "only if the item is absent" */
    public Condition notExists() {
        return new Condition(p -> "attribute_not_exists(" + path.render(p) + ")", "attribute_not_exists(" + path + ")");
    }

    /**
     * Returns {@code attribute_type(path, type)}.
     *
     * @param type one of {@code S SS N NS B BS BOOL NULL L M}
     * @return the condition
     * @throws IllegalArgumentException if {@code type} is not a DynamoDB type
     */
    public Condition isType(String type) {
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("type must be one of " + TYPES + ": '" + type + "'");
        }
        return function("attribute_type", type);
    }

    private Condition function(String name, Object value) {
        String where = name + " on '" + path + "'";
        return new Condition(p -> name + "(" + path.render(p) + ", " + p.value(value, where) + ")",
                name + "(" + path + ", ?)");
    }

    /**
     * Returns the size of the attribute (string length, bytes of a binary, elements of a set, list or map) for
     * comparison.
     *
     * @return the size operand
     */
    public Size size() {
        return new Size(path);
    }

    /** The size of an attribute, compared with a number. Immutable. */
    public static final class Size {
        private final Path path;

        private Size(Path path) {
            this.path = path;
        }

        /**
         * Returns {@code size(path) = size}.
         *
         * @param size the size
         * @return the condition
         */
        public Condition eq(long size) {
            return compare("=", size);
        }

        /**
         * Returns {@code size(path) <> size}.
         *
         * @param size the size
         * @return the condition
         */
        public Condition ne(long size) {
            return compare("<>", size);
        }

        /**
         * Returns {@code size(path) < size}.
         *
         * @param size the size
         * @return the condition
         */
        public Condition lt(long size) {
            return compare("<", size);
        }

        /**
         * Returns {@code size(path) <= size}.
         *
         * @param size the size
         * @return the condition
         */
        public Condition le(long size) {
            return compare("<=", size);
        }

        /**
         * Returns {@code size(path) > size}.
         *
         * @param size the size
         * @return the condition
         */
        public Condition gt(long size) {
            return compare(">", size);
        }

        /**
         * Returns {@code size(path) >= size}.
         *
         * @param size the size
         * @return the condition
         */
        public Condition ge(long size) {
            return compare(">=", size);
        }

        /**
         * Returns {@code size(path) BETWEEN low AND high}.
         *
         * @param low the least size
         * @param high the greatest size
         * @return the condition
         */
        public Condition between(long low, long high) {
            String where = "size of '" + path + "'";
            return new Condition(p -> "size(" + path.render(p) + ") BETWEEN " + p.value(low, where) + " AND "
                    + p.value(high, where), "size(" + path + ") BETWEEN ? AND ?");
        }

        private Condition compare(String operator, long size) {
            String where = "size of '" + path + "'";
            return new Condition(p -> "size(" + path.render(p) + ") " + operator + " " + p.value(size, where),
                    "size(" + path + ") " + operator + " ?");
        }
    }
}

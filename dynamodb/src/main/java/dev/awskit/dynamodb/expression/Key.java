package dev.awskit.dynamodb.expression;

import java.util.Objects;

/**
 * Key conditions for queries (boto3's {@code Key}): equality on the partition key, optionally and-ed with one
 * condition on the sort key.
 *
 * <pre>{@code
 * Key.name("customer").eq("C#42")
 * Key.name("customer").eq("C#42").and(Key.name("doc").beginsWith("D#2026"))
 * Key.name("pk").eq(7).and(Key.name("created").between(from, to))
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Key {
    private final String attribute;

    private Key(String attribute) {
        this.attribute = attribute;
    }

    /**
     * Names a key attribute (a top-level name, taken literally).
     *
     * @param attribute the attribute name
     * @return the key attribute
     * @throws NullPointerException if {@code attribute} is null
     * @throws IllegalArgumentException if {@code attribute} is empty
     */
    public static Key name(String attribute) {
        Objects.requireNonNull(attribute, "attribute");
        if (attribute.isEmpty()) {
            throw new IllegalArgumentException("key attribute name must not be empty");
        }
        return new Key(attribute);
    }

    /**
     * Returns {@code attribute = value}: the partition key condition, or an exact sort key.
     *
     * @param value the value
     * @return the key condition
     */
    public KeyCondition eq(Object value) {
        return KeyCondition.of(attribute, "=", value);
    }

    /**
     * Returns {@code attribute < value}, for the sort key.
     *
     * @param value the value
     * @return the key condition
     */
    public KeyCondition lt(Object value) {
        return KeyCondition.of(attribute, "<", value);
    }

    /**
     * Returns {@code attribute <= value}, for the sort key.
     *
     * @param value the value
     * @return the key condition
     */
    public KeyCondition le(Object value) {
        return KeyCondition.of(attribute, "<=", value);
    }

    /**
     * Returns {@code attribute > value}, for the sort key.
     *
     * @param value the value
     * @return the key condition
     */
    public KeyCondition gt(Object value) {
        return KeyCondition.of(attribute, ">", value);
    }

    /**
     * Returns {@code attribute >= value}, for the sort key.
     *
     * @param value the value
     * @return the key condition
     */
    public KeyCondition ge(Object value) {
        return KeyCondition.of(attribute, ">=", value);
    }

    /**
     * Returns {@code attribute BETWEEN low AND high}, for the sort key.
     *
     * @param low the lowest value
     * @param high the highest value
     * @return the key condition
     */
    public KeyCondition between(Object low, Object high) {
        return KeyCondition.of(attribute, "BETWEEN", low, high);
    }

    /**
     * Returns {@code begins_with(attribute, prefix)}, for a string or binary sort key.
     *
     * @param prefix the prefix
     * @return the key condition
     */
    public KeyCondition beginsWith(Object prefix) {
        return KeyCondition.of(attribute, "begins_with", prefix);
    }
}

package dev.awskit.dynamodb;

import dev.awskit.core.spi.Checks;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The names of a table's key attributes: the partition key and, optionally, the sort key. Declared once per table
 * handle; items, keys and cursors are checked against it.
 *
 * <pre>{@code
 * KeySchema.of("name");            // partition key only
 * KeySchema.of("pKey", "sKey");    // partition and sort key
 * }</pre>
 *
 * <p>Immutable, with value equality.
 */
public final class KeySchema {
    private final String partition;
    private final String sort;

    private KeySchema(String partition, String sort) {
        this.partition = partition;
        this.sort = sort;
    }

    /**
     * Declares a key of one attribute.
     *
     * @param partition the partition key attribute's name
     * @return the schema
     * @throws NullPointerException if {@code partition} is null
     * @throws IllegalArgumentException if {@code partition} is blank
     */
    public static KeySchema of(String partition) {
        return new KeySchema(Checks.notBlank(partition, "partition"), null);
    }

    /**
     * Declares a key of a partition and a sort attribute.
     *
     * @param partition the partition key attribute's name
     * @param sort the sort key attribute's name
     * @return the schema
     * @throws NullPointerException if a name is null
     * @throws IllegalArgumentException if a name is blank or both are the same
     */
    public static KeySchema of(String partition, String sort) {
        Checks.notBlank(partition, "partition");
        Checks.notBlank(sort, "sort");
        if (partition.equals(sort)) {
            throw new IllegalArgumentException("partition and sort key must differ: '" + sort + "'");
        }
        return new KeySchema(partition, sort);
    }

    /** @return the partition key attribute's name */
    public String partition() {
        return partition;
    }

    /** @return the sort key attribute's name, or empty */
    public Optional<String> sort() {
        return Optional.ofNullable(sort);
    }

    /**
     * Tells whether {@code attribute} is one of the key attributes.
     *
     * @param attribute a name
     * @return {@code true} for the partition or sort key
     */
    public boolean isKey(String attribute) {
        return partition.equals(attribute) || attribute.equals(sort);
    }

    /**
     * Returns the key of an item.
     *
     * @param item the item's attributes
     * @return its key
     * @throws IllegalArgumentException naming the key attribute that is missing, empty or not a string, number or
     *     binary
     */
    public ItemKey keyOf(Map<String, AttributeValue> item) {
        AttributeValue partitionValue = required(item, partition);
        AttributeValue sortValue = sort == null ? null : required(item, sort);
        return ItemKey.ofAttributes(partitionValue, sortValue);
    }

    private static AttributeValue required(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        if (value == null || value.nul() != null) {
            throw new IllegalArgumentException("the item has no key attribute '" + name + "'");
        }
        boolean scalar = value.s() != null || value.n() != null || value.b() != null;
        if (!scalar) {
            throw new IllegalArgumentException("key attribute '" + name + "' must be a string, number or binary, not "
                    + value.type());
        }
        if ((value.s() != null && value.s().isEmpty())
                || (value.b() != null && value.b().asByteArrayUnsafe().length == 0)) {
            throw new IllegalArgumentException("key attribute '" + name + "' must not be empty");
        }
        return value;
    }

    /**
     * Returns the key attributes of {@code key}, as requests take them.
     *
     * @param key the key
     * @return a new map of the key attributes
     * @throws NullPointerException if {@code key} is null
     * @throws IllegalArgumentException if the key has a sort value and this schema has no sort key, or the other
     *     way round
     */
    public Map<String, AttributeValue> toAttributes(ItemKey key) {
        Objects.requireNonNull(key, "key");
        if (sort == null && key.sortValue().isPresent()) {
            throw new IllegalArgumentException("key " + key + " has a sort value, but the table's key is only '"
                    + partition + "'");
        }
        if (sort != null && key.sortValue().isEmpty()) {
            throw new IllegalArgumentException("key " + key + " needs a sort value for '" + sort
                    + "': use ItemKey.of(partition, sort)");
        }
        Map<String, AttributeValue> attributes = new HashMap<>(4);
        attributes.put(partition, key.partitionValue());
        if (sort != null) {
            attributes.put(sort, key.sortValue().get());
        }
        return attributes;
    }

    /**
     * Describes a key with the attribute names, for messages: {@code {pKey=pKey1, sKey=sKey1}}.
     *
     * @param key the key
     * @return the description
     */
    public String describe(ItemKey key) {
        return "{" + partition + "=" + ItemKey.text(key.partitionValue())
                + (sort == null || key.sortValue().isEmpty() ? "" : ", " + sort + "=" + ItemKey.text(key.sortValue().get()))
                + "}";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KeySchema that && partition.equals(that.partition) && Objects.equals(sort, that.sort);
    }

    @Override
    public int hashCode() {
        return partition.hashCode() * 31 + Objects.hashCode(sort);
    }

    @Override
    public String toString() {
        return "KeySchema[" + partition + (sort == null ? "" : ", " + sort) + "]";
    }
}

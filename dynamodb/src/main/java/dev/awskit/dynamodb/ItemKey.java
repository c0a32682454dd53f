package dev.awskit.dynamodb;

import dev.awskit.dynamodb.internal.Numbers;
import dev.awskit.dynamodb.internal.PlainValues;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The key of one item: its partition key value and, for tables with a sort key, its sort key value. The attribute
 * names come from the table's {@link KeySchema}. Values are strings, numbers or binaries; numbers are compared as
 * DynamoDB compares them ({@code ItemKey.of(1)} equals {@code ItemKey.of(new BigDecimal("1.0"))}).
 *
 * <pre>{@code
 * ItemKey.of("tabs");                 // partition key only
 * ItemKey.of("C#42", "D#2026-01-01"); // partition and sort key
 * }</pre>
 *
 * <p>Immutable, with value equality.
 */
public final class ItemKey {
    private final AttributeValue partition;
    private final AttributeValue sort;

    private ItemKey(AttributeValue partition, AttributeValue sort) {
        this.partition = partition;
        this.sort = sort;
    }

    /**
     * Creates the key of an item in a table without a sort key.
     *
     * @param partition the partition key value: a {@code String}, a {@code Number}, {@code byte[]},
     *     {@code ByteBuffer}, {@code SdkBytes} or a scalar {@code AttributeValue}
     * @return the key
     * @throws NullPointerException if {@code partition} is null
     * @throws IllegalArgumentException if the value is empty or not a string, number or binary
     */
    public static ItemKey of(Object partition) {
        return new ItemKey(value(partition, "partition key"), null);
    }

    /**
     * Creates the key of an item in a table with a sort key.
     *
     * @param partition the partition key value
     * @param sort the sort key value
     * @return the key
     * @throws NullPointerException if a value is null
     * @throws IllegalArgumentException if a value is empty or not a string, number or binary
     */
    public static ItemKey of(Object partition, Object sort) {
        return new ItemKey(value(partition, "partition key"), value(sort, "sort key"));
    }

    /**
     * Creates a key from attribute values, as found in an item.
     *
     * @param partition the partition key value
     * @param sort the sort key value, or null
     * @return the key
     * @throws IllegalArgumentException if a value is not a non-empty string, number or binary
     */
    static ItemKey ofAttributes(AttributeValue partition, AttributeValue sort) {
        return new ItemKey(value(partition, "partition key"), sort == null ? null : value(sort, "sort key"));
    }

    private static AttributeValue value(Object value, String what) {
        Objects.requireNonNull(value, what);
        AttributeValue attribute;
        if (value instanceof AttributeValue given) {
            attribute = switch (given.type()) {
                case S, B -> given;
                case N -> AttributeValue.fromN(number(given.n(), what));
                default -> throw new IllegalArgumentException(what + " must be a string, number or binary, not "
                        + given.type());
            };
        } else if (value instanceof String text) {
            attribute = AttributeValue.fromS(text);
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            attribute = AttributeValue.fromN(value.toString());
        } else if (value instanceof BigDecimal || value instanceof BigInteger || value instanceof Number) {
            attribute = AttributeValue.fromN(number(value.toString(), what));
        } else if (value instanceof byte[] bytes) {
            attribute = AttributeValue.fromB(SdkBytes.fromByteArray(bytes));
        } else if (value instanceof ByteBuffer buffer) {
            attribute = AttributeValue.fromB(SdkBytes.fromByteBuffer(buffer));
        } else if (value instanceof SdkBytes bytes) {
            attribute = AttributeValue.fromB(bytes);
        } else {
            throw new IllegalArgumentException(what + " must be a string, number or binary, not "
                    + value.getClass().getName());
        }
        boolean empty = attribute.s() != null ? attribute.s().isEmpty()
                : attribute.b() != null && attribute.b().asByteArrayUnsafe().length == 0;
        if (empty) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
        return attribute;
    }

    private static String number(String text, String what) {
        try {
            // Whole numbers without trailing zeros, so equal numbers give equal keys.
            return Numbers.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + ": " + e.getMessage(), e);
        }
    }

    /**
     * Returns the partition key value as a Java value.
     *
     * @return a {@code String}, a {@code Long} or {@code BigDecimal}, or a {@code byte[]}
     */
    public Object partition() {
        return PlainValues.value(partition);
    }

    /**
     * Returns the sort key value as a Java value.
     *
     * @return a {@code String}, a {@code Long} or {@code BigDecimal}, or a {@code byte[]}; empty without sort key
     */
    public Optional<Object> sort() {
        return sort == null ? Optional.empty() : Optional.of(PlainValues.value(sort));
    }

    /**
     * Returns the partition key value as DynamoDB holds it.
     *
     * @return the attribute value
     */
    public AttributeValue partitionValue() {
        return partition;
    }

    /**
     * Returns the sort key value as DynamoDB holds it.
     *
     * @return the attribute value, or empty
     */
    public Optional<AttributeValue> sortValue() {
        return Optional.ofNullable(sort);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ItemKey that && partition.equals(that.partition) && Objects.equals(sort, that.sort);
    }

    @Override
    public int hashCode() {
        return partition.hashCode() * 31 + Objects.hashCode(sort);
    }

    /** Prints the key's values, e.g. {@code [C#42, D#2026-01-01]}; binaries in base64. */
    @Override
    public String toString() {
        return "[" + text(partition) + (sort == null ? "" : ", " + text(sort)) + "]";
    }

    static String text(AttributeValue value) {
        if (value.s() != null) {
            return value.s();
        }
        if (value.n() != null) {
            return value.n();
        }
        return "b64:" + Base64.getEncoder().encodeToString(value.b().asByteArrayUnsafe());
    }
}

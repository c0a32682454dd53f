package dev.awskit.dynamodb.internal;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Reads attribute values as plain Java values, for {@code Map<String, Object>} items: {@code S} as
 * {@code String}, {@code N} as {@code Long} when whole and in range, else {@code BigDecimal} (never a double),
 * {@code B} as {@code byte[]}, {@code BOOL} as {@code Boolean}, {@code NULL} as {@code null}, {@code M} as a
 * {@code LinkedHashMap}, {@code L} as an {@code ArrayList}, {@code SS}/{@code NS} as a {@code LinkedHashSet} of
 * strings/numbers and {@code BS} as a {@code LinkedHashSet<ByteBuffer>} (arrays have no value equality). Written
 * back, each becomes the same attribute type again.
 */
public final class PlainValues {
    private PlainValues() {
    }

    /**
     * Reads an item.
     *
     * @param item the attributes
     * @return a new mutable map, in the item's order
     */
    public static Map<String, Object> item(Map<String, AttributeValue> item) {
        Map<String, Object> values = new LinkedHashMap<>(Math.max(16, item.size() * 2));
        item.forEach((name, value) -> values.put(name, value(value)));
        return values;
    }

    /**
     * Reads one value.
     *
     * @param value the attribute value
     * @return the Java value
     */
    public static Object value(AttributeValue value) {
        return switch (value.type()) {
            case S -> value.s();
            case N -> number(value.n());
            case B -> value.b().asByteArray();
            case BOOL -> value.bool();
            case NUL -> null;
            case M -> item(value.m());
            case L -> list(value.l());
            case SS -> new LinkedHashSet<>(value.ss());
            case NS -> numbers(value.ns());
            case BS -> binaries(value.bs());
            default -> throw new IllegalArgumentException("attribute of a type this SDK does not know: " + value);
        };
    }

    /**
     * Reads number text as a {@code Long} when it is whole and fits, else as a {@code BigDecimal}.
     *
     * @param text DynamoDB number text
     * @return the number
     */
    public static Number number(String text) {
        if (Numbers.isWhole(text) && text.length() <= 18) {
            return Long.parseLong(text);
        }
        BigDecimal decimal = new BigDecimal(text);
        if (Numbers.isWhole(text)) {
            try {
                return decimal.longValueExact();
            } catch (ArithmeticException tooBig) {
                return decimal;
            }
        }
        return decimal;
    }

    private static List<Object> list(List<AttributeValue> values) {
        List<Object> list = new ArrayList<>(values.size());
        for (AttributeValue value : values) {
            list.add(value(value));
        }
        return list;
    }

    private static Set<Number> numbers(List<String> values) {
        Set<Number> set = new LinkedHashSet<>();
        for (String value : values) {
            set.add(number(value));
        }
        return set;
    }

    private static Set<ByteBuffer> binaries(List<SdkBytes> values) {
        Set<ByteBuffer> set = new LinkedHashSet<>();
        for (SdkBytes value : values) {
            set.add(ByteBuffer.wrap(value.asByteArray()).asReadOnlyBuffer());
        }
        return set;
    }
}

package dev.awskit.dynamodb.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An item's size as DynamoDB counts it against the 400 KB item limit: attribute names and string values in UTF-8
 * bytes, binaries by length, numbers about one byte per two significant digits plus one, one byte for booleans and
 * nulls, three bytes per list or map plus one per element.
 */
public final class ItemSize {
    /** The largest item DynamoDB stores: 400 KB. */
    public static final int MAX_ITEM_BYTES = 400 * 1024;

    private ItemSize() {
    }

    /**
     * Returns an item's size.
     *
     * @param item the attributes
     * @return its size in bytes
     */
    public static long of(Map<String, AttributeValue> item) {
        long size = 0;
        for (Map.Entry<String, AttributeValue> attribute : item.entrySet()) {
            size += utf8(attribute.getKey()) + of(attribute.getValue());
        }
        return size;
    }

    /**
     * Returns a value's size.
     *
     * @param value the value
     * @return its size in bytes
     */
    public static long of(AttributeValue value) {
        return switch (value.type()) {
            case S -> utf8(value.s());
            case N -> number(value.n());
            case B -> value.b().asByteArrayUnsafe().length;
            case BOOL, NUL -> 1;
            case SS -> strings(value.ss());
            case NS -> value.ns().stream().mapToLong(ItemSize::number).sum();
            case BS -> value.bs().stream().mapToLong(ItemSize::binary).sum();
            case L -> 3 + value.l().stream().mapToLong(element -> 1 + of(element)).sum();
            case M -> 3 + value.m().entrySet().stream()
                    .mapToLong(entry -> 1 + utf8(entry.getKey()) + of(entry.getValue())).sum();
            default -> 0;
        };
    }

    private static long strings(List<String> values) {
        long size = 0;
        for (String value : values) {
            size += utf8(value);
        }
        return size;
    }

    private static long binary(SdkBytes value) {
        return value.asByteArrayUnsafe().length;
    }

    private static long number(String text) {
        int digits = 0;
        boolean leading = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 'e' || c == 'E') {
                break;
            }
            if (c >= '0' && c <= '9' && !(leading && c == '0')) {
                leading = false;
                digits++;
            }
        }
        return Math.min(21, (digits + 1) / 2 + 1);
    }

    /** UTF-8 length without encoding: ASCII-only strings (the common case) cost one pass and no allocation. */
    private static long utf8(String text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            if (text.charAt(i) >= 0x80) {
                return text.getBytes(StandardCharsets.UTF_8).length;
            }
        }
        return length;
    }
}

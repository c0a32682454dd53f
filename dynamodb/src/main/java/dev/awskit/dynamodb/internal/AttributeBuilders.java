package dev.awskit.dynamodb.internal;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Makes the attribute values of one item through one SDK builder per attribute type, reused for every value of that
 * type. {@code AttributeValue.fromS(..)} creates a builder per value, and a new builder's union bookkeeping (an
 * {@code EnumSet} allocated and updated on the first setter) cost about half of mapping an item. A builder that only
 * ever sets one member keeps its type, so a later setter skips that bookkeeping, and {@code build()} copies the
 * member into a new immutable value (maps and lists are copied by the setter), so values built earlier never change.
 * Booleans are shared constants. Not thread-safe: one per {@link ItemWriter}.
 */
final class AttributeBuilders {
    private static final AttributeValue TRUE = AttributeValue.fromBool(true);
    private static final AttributeValue FALSE = AttributeValue.fromBool(false);

    private AttributeValue.Builder s;
    private AttributeValue.Builder n;
    private AttributeValue.Builder b;
    private AttributeValue.Builder m;
    private AttributeValue.Builder l;

    AttributeValue s(String text) {
        if (s == null) {
            s = AttributeValue.builder();
        }
        return s.s(text).build();
    }

    AttributeValue n(String number) {
        if (n == null) {
            n = AttributeValue.builder();
        }
        return n.n(number).build();
    }

    AttributeValue b(SdkBytes bytes) {
        if (b == null) {
            b = AttributeValue.builder();
        }
        return b.b(bytes).build();
    }

    AttributeValue m(Map<String, AttributeValue> map) {
        if (m == null) {
            m = AttributeValue.builder();
        }
        return m.m(map).build();
    }

    AttributeValue l(List<AttributeValue> list) {
        if (l == null) {
            l = AttributeValue.builder();
        }
        return l.l(list).build();
    }

    static AttributeValue bool(boolean state) {
        return state ? TRUE : FALSE;
    }
}

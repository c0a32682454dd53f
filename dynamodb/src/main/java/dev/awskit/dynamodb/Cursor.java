package dev.awskit.dynamodb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awskit.core.json.AwsKitJson;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Where a query or scan stopped, as a string another process can resume from: the key DynamoDB evaluated last,
 * plus the index and scan segment it belongs to, so it cannot be resumed against the wrong ones.
 *
 * <pre>{@code
 * Page<Order> page = orders.sync().queryPage(q -> q.keyCondition(Key.name("customer").eq("C#42")).limit(20));
 * String token = page.next().map(Cursor::asString).orElse(null);          // hand it to the next request
 * Page<Order> more = orders.sync().queryPage(q -> q.keyCondition(...).limit(20).startAfter(Cursor.parse(token)));
 * }</pre>
 *
 * <p>The string is URL-safe base64 of JSON; it holds key attribute values (never other attributes). Immutable, with
 * value equality.
 */
public final class Cursor {
    private final Map<String, AttributeValue> lastKey;
    private final String index;
    private final Integer segment;

    Cursor(Map<String, AttributeValue> lastKey, String index, Integer segment) {
        this.lastKey = Collections.unmodifiableMap(new LinkedHashMap<>(lastKey));
        this.index = index;
        this.segment = segment;
    }

    /**
     * Reads a cursor written by {@link #asString()}.
     *
     * @param text the cursor's text
     * @return the cursor
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if the text is not a cursor
     */
    public static Cursor parse(String text) {
        Objects.requireNonNull(text, "text");
        try {
            JsonNode root = AwsKitJson.mapper().readTree(Base64.getUrlDecoder().decode(text));
            Map<String, AttributeValue> key = new LinkedHashMap<>();
            root.get("k").fields().forEachRemaining(field -> key.put(field.getKey(), value(field.getValue())));
            if (key.isEmpty()) {
                throw new IllegalArgumentException("no key");
            }
            String index = root.hasNonNull("i") ? root.get("i").asText() : null;
            Integer segment = root.hasNonNull("s") ? root.get("s").asInt() : null;
            return new Cursor(key, index, segment);
        } catch (java.io.IOException | RuntimeException e) {
            throw new IllegalArgumentException("not a cursor: '" + text + "'", e);
        }
    }

    private static AttributeValue value(JsonNode node) {
        if (node.hasNonNull("S")) {
            return AttributeValue.fromS(node.get("S").asText());
        }
        if (node.hasNonNull("N")) {
            return AttributeValue.fromN(node.get("N").asText());
        }
        return AttributeValue.fromB(SdkBytes.fromByteArray(Base64.getDecoder().decode(node.get("B").asText())));
    }

    /**
     * Writes the cursor as URL-safe text.
     *
     * @return the text, for {@link #parse(String)}
     */
    public String asString() {
        ObjectNode root = AwsKitJson.mapper().createObjectNode();
        ObjectNode key = root.putObject("k");
        lastKey.forEach((name, value) -> {
            ObjectNode typed = key.putObject(name);
            if (value.s() != null) {
                typed.put("S", value.s());
            } else if (value.n() != null) {
                typed.put("N", value.n());
            } else {
                typed.put("B", Base64.getEncoder().encodeToString(value.b().asByteArrayUnsafe()));
            }
        });
        if (index != null) {
            root.put("i", index);
        }
        if (segment != null) {
            root.put("s", segment);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(root.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** @return the last evaluated key, as DynamoDB's {@code ExclusiveStartKey} takes it */
    public Map<String, AttributeValue> lastKey() {
        return lastKey;
    }

    /** @return the index the read went through, or empty for the table */
    public Optional<String> index() {
        return Optional.ofNullable(index);
    }

    /** @return the scan segment the cursor belongs to, or empty */
    public OptionalInt segment() {
        return segment == null ? OptionalInt.empty() : OptionalInt.of(segment);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Cursor that && lastKey.equals(that.lastKey) && Objects.equals(index, that.index)
                && Objects.equals(segment, that.segment);
    }

    @Override
    public int hashCode() {
        return Objects.hash(lastKey, index, segment);
    }

    /** Prints {@link #asString()}. */
    @Override
    public String toString() {
        return asString();
    }
}

package dev.awskit.dynamodb.expression;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The {@code #name} and {@code :value} placeholders of the expressions of one request (key condition, filter,
 * condition, update, projection share them). awskit's tables create one per request; you need one only to render an
 * expression yourself for a plain SDK request:
 *
 * <pre>{@code
 * Placeholders p = Placeholders.create(ItemMapper.plain()::toValue);
 * String condition = Attr.name("status").eq("open").render(p);
 * sdkRequest.conditionExpression(condition).expressionAttributeNames(p.names()).expressionAttributeValues(p.values());
 * }</pre>
 *
 * <p>The same attribute name always gets the same placeholder. Not thread-safe: one request, one instance.
 */
public final class Placeholders {
    private final Function<Object, AttributeValue> converter;
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, AttributeValue> values = new HashMap<>();

    private Placeholders(Function<Object, AttributeValue> converter) {
        this.converter = converter;
    }

    /**
     * Creates empty placeholders.
     *
     * @param converter turns a Java value into an attribute value, refusing what DynamoDB cannot store with an
     *     {@link IllegalArgumentException}
     * @return the placeholders
     * @throws NullPointerException if {@code converter} is null
     */
    public static Placeholders create(Function<Object, AttributeValue> converter) {
        return new Placeholders(Objects.requireNonNull(converter, "converter"));
    }

    /**
     * Returns the placeholder of an attribute name, adding it on first use.
     *
     * @param name the name
     * @return its placeholder, e.g. {@code #n0}
     */
    public String name(String name) {
        String placeholder = names.get(name);
        if (placeholder == null) {
            placeholder = "#n" + names.size();
            names.put(name, placeholder);
        }
        return placeholder;
    }

    /**
     * Adds a value and returns its placeholder.
     *
     * @param value the value
     * @param where what the value is for, e.g. {@code "condition on 'Votes'"}, named if it is refused
     * @return its placeholder, e.g. {@code :v0}
     * @throws IllegalArgumentException naming {@code where}, if DynamoDB cannot store the value
     */
    public String value(Object value, String where) {
        AttributeValue converted;
        try {
            converted = converter.apply(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
        String placeholder = ":v" + values.size();
        values.put(placeholder, converted);
        return placeholder;
    }

    /**
     * Returns the name placeholders, as {@code expressionAttributeNames} takes them.
     *
     * @return placeholder to name; null when there are none (the SDK then sends nothing)
     */
    public Map<String, String> names() {
        if (names.isEmpty()) {
            return null;
        }
        Map<String, String> byPlaceholder = new HashMap<>();
        names.forEach((name, placeholder) -> byPlaceholder.put(placeholder, name));
        return byPlaceholder;
    }

    /**
     * Returns the value placeholders, as {@code expressionAttributeValues} takes them.
     *
     * @return placeholder to value; null when there are none
     */
    public Map<String, AttributeValue> values() {
        return values.isEmpty() ? null : new HashMap<>(values);
    }

    @Override
    public String toString() {
        return "Placeholders[names=" + names.size() + ", values=" + values.size() + "]";
    }
}

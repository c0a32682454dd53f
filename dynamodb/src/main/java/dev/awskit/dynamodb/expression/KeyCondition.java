package dev.awskit.dynamodb.expression;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A query's key condition: equality on the partition key and at most one condition on the sort key, made with
 * {@link Key}. Immutable and thread-safe; {@link #toString()} shows values as {@code ?}.
 */
public final class KeyCondition {
    private final List<Part> parts;

    private KeyCondition(List<Part> parts) {
        this.parts = List.copyOf(parts);
    }

    /** One comparison on one key attribute. */
    private record Part(String attribute, String operator, List<Object> values) {
        String render(Placeholders p) {
            String name = p.name(attribute);
            String where = "key condition on '" + attribute + "'";
            return switch (operator) {
                case "BETWEEN" -> name + " BETWEEN " + p.value(values.get(0), where) + " AND "
                        + p.value(values.get(1), where);
                case "begins_with" -> "begins_with(" + name + ", " + p.value(values.get(0), where) + ")";
                default -> name + " " + operator + " " + p.value(values.get(0), where);
            };
        }

        @Override
        public String toString() {
            return switch (operator) {
                case "BETWEEN" -> attribute + " BETWEEN ? AND ?";
                case "begins_with" -> "begins_with(" + attribute + ", ?)";
                default -> attribute + " " + operator + " ?";
            };
        }
    }

    static KeyCondition of(String attribute, String operator, Object... values) {
        for (Object value : values) {
            Objects.requireNonNull(value, "key condition value for '" + attribute + "'");
        }
        return new KeyCondition(List.of(new Part(attribute, operator, List.of(values))));
    }

    /**
     * Returns this condition and {@code other}: the partition key's equality with the sort key's condition.
     *
     * @param other the other key's condition
     * @return both
     * @throws IllegalArgumentException if the result would hold more than two conditions, two on one attribute,
     *     or no equality
     */
    public KeyCondition and(KeyCondition other) {
        Objects.requireNonNull(other, "other");
        List<Part> both = new ArrayList<>(parts);
        both.addAll(other.parts);
        if (both.size() > 2) {
            throw new IllegalArgumentException("a key condition holds the partition key and at most one sort key "
                    + "condition, not " + both);
        }
        if (both.get(0).attribute().equals(both.get(1).attribute())) {
            throw new IllegalArgumentException("a key condition compares two different key attributes: " + both);
        }
        if (both.stream().noneMatch(part -> part.operator().equals("="))) {
            throw new IllegalArgumentException("a key condition needs equality on the partition key: " + both);
        }
        return new KeyCondition(both);
    }

    /**
     * Returns the attributes compared, in order.
     *
     * @return one or two attribute names
     */
    public List<String> attributes() {
        return parts.stream().map(Part::attribute).toList();
    }

    /**
     * Tells whether {@code attribute} is compared with {@code =}, as the partition key must be.
     *
     * @param attribute a key attribute
     * @return {@code true} for an equality on it
     */
    public boolean isEquality(String attribute) {
        return parts.stream().anyMatch(part -> part.attribute().equals(attribute) && part.operator().equals("="));
    }

    /**
     * Writes the expression, adding its names and values to {@code placeholders}.
     *
     * @param placeholders the request's placeholders
     * @return the expression text
     * @throws IllegalArgumentException naming the attribute, if a value cannot be stored in DynamoDB
     */
    public String render(Placeholders placeholders) {
        StringBuilder text = new StringBuilder();
        for (Part part : parts) {
            text.append(text.length() == 0 ? "" : " AND ").append(part.render(placeholders));
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return String.join(" AND ", parts.stream().map(Part::toString).toList());
    }
}

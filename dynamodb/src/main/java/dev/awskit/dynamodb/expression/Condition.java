package dev.awskit.dynamodb.expression;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.Function;

/**
 * A condition or filter expression, built with {@link Attr} and combined with {@link #and(Condition)},
 * {@link #or(Condition)} and {@link #not()}:
 *
 * <pre>{@code
 * Condition open = Attr.name("status").eq("open").and(Attr.name("Votes").gt(10));
 * Condition absent = Attr.name("name").notExists();
 * Condition either = Condition.anyOf(Attr.name("a").exists(), Attr.name("tags").size().gt(3)).not();
 * }</pre>
 *
 * <p>Every name and value goes through placeholders when rendered, so reserved words need no escaping. Immutable
 * and thread-safe; {@link #toString()} shows the structure with values as {@code ?}.
 */
public final class Condition {
    private final Function<Placeholders, String> renderer;
    private final String description;

    Condition(Function<Placeholders, String> renderer, String description) {
        this.renderer = renderer;
        this.description = description;
    }

    /**
     * Returns a condition true when all of {@code conditions} are.
     *
     * @param conditions at least one condition
     * @return the conjunction
     * @throws IllegalArgumentException if {@code conditions} is empty
     */
    public static Condition allOf(Condition... conditions) {
        return join(" AND ", conditions);
    }

    /**
     * Returns a condition true when any of {@code conditions} is.
     *
     * @param conditions at least one condition
     * @return the disjunction
     * @throws IllegalArgumentException if {@code conditions} is empty
     */
    public static Condition anyOf(Condition... conditions) {
        return join(" OR ", conditions);
    }

    private static Condition join(String operator, Condition... conditions) {
        if (conditions.length == 0) {
            throw new IllegalArgumentException("at least one condition is needed");
        }
        Condition[] parts = conditions.clone();
        Arrays.stream(parts).forEach(part -> Objects.requireNonNull(part, "condition"));
        if (parts.length == 1) {
            return parts[0];
        }
        return new Condition(placeholders -> {
            StringBuilder text = new StringBuilder();
            for (Condition part : parts) {
                text.append(text.length() == 0 ? "" : operator).append('(').append(part.render(placeholders)).append(')');
            }
            return text.toString();
        }, String.join(operator, Arrays.stream(parts).map(part -> "(" + part + ")").toList()));
    }

    /**
     * Returns this condition and {@code other}.
     *
     * @param other the other condition
     * @return the conjunction
     */
    public Condition and(Condition other) {
        return allOf(this, other);
    }

    /**
     * Returns this condition or {@code other}.
     *
     * @param other the other condition
     * @return the disjunction
     */
    public Condition or(Condition other) {
        return anyOf(this, other);
    }

    /**
     * Returns the negation of this condition.
     *
     * @return {@code NOT (this)}
     */
    public Condition not() {
        Condition inner = this;
        return new Condition(placeholders -> "NOT (" + inner.render(placeholders) + ")", "NOT (" + inner + ")");
    }

    /**
     * Writes the expression, adding its names and values to {@code placeholders}.
     *
     * @param placeholders the request's placeholders
     * @return the expression text
     * @throws IllegalArgumentException naming the attribute, if a value cannot be stored in DynamoDB
     */
    public String render(Placeholders placeholders) {
        return renderer.apply(placeholders);
    }

    /** Shows the structure, values as {@code ?}: {@code status = ? AND Votes > ?}. */
    @Override
    public String toString() {
        return description;
    }
}

package dev.awskit.dynamodb;

import dev.awskit.dynamodb.expression.Condition;
import java.util.Objects;
import java.util.Optional;

/**
 * A write of one whole item, optionally conditional:
 * {@code table.put(r -> r.item(vote).ifAbsent())} or {@code r.item(vote).condition(Attr.name("Votes").lt(10))}.
 * On a table with a version attribute the write is also conditional on the item's version (see
 * {@link DynamoTable#withVersionAttribute(String)}). Immutable; built with {@link #builder()}.
 *
 * @param <T> the item type
 */
public final class PutItem<T> {
    private final T item;
    private final Condition condition;
    private final boolean ifAbsent;

    private PutItem(Builder<T> builder) {
        this.item = Objects.requireNonNull(builder.item, "item is required");
        this.condition = builder.condition;
        this.ifAbsent = builder.ifAbsent;
    }

    /**
     * Starts a request.
     *
     * @param <T> the item type
     * @return a builder
     */
    public static <T> Builder<T> builder() {
        return new Builder<>();
    }

    /** @return a builder holding this request's settings */
    public Builder<T> toBuilder() {
        Builder<T> builder = new Builder<T>().item(item);
        builder.condition = condition;
        builder.ifAbsent = ifAbsent;
        return builder;
    }

    /** @return the item */
    public T item() {
        return item;
    }

    /** @return the condition the item must meet, if any */
    public Optional<Condition> condition() {
        return Optional.ofNullable(condition);
    }

    /** @return whether the write happens only when no item with the key exists */
    public boolean ifAbsent() {
        return ifAbsent;
    }

    @Override
    public String toString() {
        return "PutItem[condition=" + condition + ", ifAbsent=" + ifAbsent + "]";
    }

    /**
     * Builds a {@link PutItem}. Not thread-safe.
     *
     * @param <T> the item type
     */
    public static final class Builder<T> {
        private T item;
        private Condition condition;
        private boolean ifAbsent;

        private Builder() {
        }

        /**
         * Sets the item. Required.
         *
         * @param item the item
         * @return this builder
         */
        public Builder<T> item(T item) {
            this.item = Objects.requireNonNull(item, "item");
            return this;
        }

        /**
         * Writes only if the item now stored meets {@code condition}; otherwise the write fails with
         * {@link ConditionFailedException}.
         *
         * @param condition the condition
         * @return this builder
         */
        public Builder<T> condition(Condition condition) {
            this.condition = Objects.requireNonNull(condition, "condition");
            return this;
        }

        /**
         * Writes only if no item with the same key exists (and the condition, if any, holds).
         *
         * @return this builder
         */
        public Builder<T> ifAbsent() {
            this.ifAbsent = true;
            return this;
        }

        /**
         * Builds the request.
         *
         * @return the request
         * @throws NullPointerException if no item was set
         */
        public PutItem<T> build() {
            return new PutItem<>(this);
        }
    }
}

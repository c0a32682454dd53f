package dev.awskit.dynamodb;

import dev.awskit.dynamodb.expression.KeyCondition;
import java.util.Objects;

/**
 * A query of a table or index by key condition:
 *
 * <pre>{@code
 * table.query(q -> q.keyCondition(Key.name("customer").eq("C#42").and(Key.name("doc").beginsWith("D#")))
 *         .filter(Attr.name("status").eq("open"))
 *         .descending()
 *         .limit(100));
 * }</pre>
 *
 * <p>Immutable; built with {@link #builder()}.
 */
public final class Query extends ReadRequest {
    private final KeyCondition keyCondition;
    private final boolean ascending;

    private Query(Builder builder) {
        super(builder);
        this.keyCondition = Objects.requireNonNull(builder.keyCondition, "keyCondition is required");
        this.ascending = builder.ascending;
        if (builder.startAfter() != null && !Objects.equals(builder.startAfter().index().orElse(null), builder.index())) {
            throw new IllegalArgumentException("cursor belongs to index " + builder.startAfter().index().orElse("(table)")
                    + ", not " + (builder.index() == null ? "the table" : builder.index()));
        }
    }

    /** @return a builder with the defaults: ascending, no limit, 1 MB pages, eventually consistent */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this query's settings */
    public Builder toBuilder() {
        Builder builder = new Builder().keyCondition(keyCondition);
        builder.ascending = ascending;
        copyTo(builder);
        return builder;
    }

    /** @return the key condition */
    public KeyCondition keyCondition() {
        return keyCondition;
    }

    /** @return whether items come in ascending sort key order */
    public boolean ascending() {
        return ascending;
    }

    @Override
    public String toString() {
        return "Query[keyCondition=" + keyCondition + ", ascending=" + ascending + ", " + describe() + "]";
    }

    /** Builds a {@link Query}. Not thread-safe. */
    public static final class Builder extends ReadRequest.Builder<Builder> {
        private KeyCondition keyCondition;
        private boolean ascending = true;

        private Builder() {
        }

        /**
         * Sets the key condition. Required.
         *
         * @param keyCondition equality on the partition key, optionally and-ed with a sort key condition
         * @return this builder
         */
        public Builder keyCondition(KeyCondition keyCondition) {
            this.keyCondition = Objects.requireNonNull(keyCondition, "keyCondition");
            return this;
        }

        /**
         * Returns items in descending sort key order (default ascending).
         *
         * @return this builder
         */
        public Builder descending() {
            this.ascending = false;
            return this;
        }

        /**
         * Sets the sort key order.
         *
         * @param ascending true for ascending
         * @return this builder
         */
        public Builder ascending(boolean ascending) {
            this.ascending = ascending;
            return this;
        }

        /**
         * Builds the query.
         *
         * @return the query
         * @throws NullPointerException if no key condition was set
         * @throws IllegalArgumentException if the start cursor belongs to another index
         */
        public Query build() {
            return new Query(this);
        }
    }
}

package dev.awskit.dynamodb;

import java.util.List;
import java.util.Objects;

/**
 * A read of one item by key: {@code table.get(r -> r.key("tabs").consistentRead(true).projection("Votes"))}.
 * Immutable; built with {@link #builder()}.
 */
public final class GetItem {
    private final ItemKey key;
    private final boolean consistentRead;
    private final List<String> projection;

    private GetItem(Builder builder) {
        this.key = Objects.requireNonNull(builder.key, "key is required");
        this.consistentRead = builder.consistentRead;
        this.projection = List.copyOf(builder.projection);
    }

    /** @return a builder with the defaults: eventually consistent, every attribute */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this request's settings */
    public Builder toBuilder() {
        return new Builder().key(key).consistentRead(consistentRead).projection(projection.toArray(String[]::new));
    }

    /** @return the item's key */
    public ItemKey key() {
        return key;
    }

    /** @return whether the read is strongly consistent */
    public boolean consistentRead() {
        return consistentRead;
    }

    /** @return the document paths to read; empty for the whole item */
    public List<String> projection() {
        return projection;
    }

    @Override
    public String toString() {
        return "GetItem[key=" + key + ", consistentRead=" + consistentRead + ", projection=" + projection + "]";
    }

    /** Builds a {@link GetItem}. Not thread-safe. */
    public static final class Builder {
        private ItemKey key;
        private boolean consistentRead;
        private List<String> projection = List.of();

        private Builder() {
        }

        /**
         * Sets the key. Required.
         *
         * @param key the key
         * @return this builder
         */
        public Builder key(ItemKey key) {
            this.key = Objects.requireNonNull(key, "key");
            return this;
        }

        /**
         * Sets the key of a table without sort key.
         *
         * @param partition the partition key value
         * @return this builder
         */
        public Builder key(Object partition) {
            return key(ItemKey.of(partition));
        }

        /**
         * Sets the key of a table with a sort key.
         *
         * @param partition the partition key value
         * @param sort the sort key value
         * @return this builder
         */
        public Builder key(Object partition, Object sort) {
            return key(ItemKey.of(partition, sort));
        }

        /**
         * Asks for a strongly consistent read (default false: eventually consistent, half the cost).
         *
         * @param consistentRead whether to read consistently
         * @return this builder
         */
        public Builder consistentRead(boolean consistentRead) {
            this.consistentRead = consistentRead;
            return this;
        }

        /**
         * Reads only these document paths (default: the whole item). Attributes left out are null or defaults
         * in the item read.
         *
         * @param paths document paths, e.g. {@code "Votes"}, {@code "address.city"}
         * @return this builder
         */
        public Builder projection(String... paths) {
            this.projection = List.of(paths);
            return this;
        }

        /**
         * Builds the request.
         *
         * @return the request
         * @throws NullPointerException if no key was set
         */
        public GetItem build() {
            return new GetItem(this);
        }
    }
}

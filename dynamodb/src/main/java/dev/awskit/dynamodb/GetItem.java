package dev.awskit.dynamodb;

import java.util.List;

/**
 * A read of one item by key: {@code table.get(r -> r.key("tabs").consistentRead(true).projection("Votes"))}.
 * Immutable; built with {@link #builder()}.
 */
public final class GetItem extends KeyedRequest {
    private final boolean consistentRead;
    private final List<String> projection;

    private GetItem(Builder builder) {
        super(builder);
        this.consistentRead = builder.consistentRead;
        this.projection = List.copyOf(builder.projection);
    }

    /** @return a builder with the defaults: eventually consistent, every attribute */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this request's settings */
    public Builder toBuilder() {
        Builder builder = new Builder().consistentRead(consistentRead).projection(projection.toArray(String[]::new));
        copyTo(builder);
        return builder;
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
        return "GetItem[key=" + key() + ", consistentRead=" + consistentRead + ", projection=" + projection + "]";
    }

    /** Builds a {@link GetItem}. Not thread-safe. */
    public static final class Builder extends KeyedRequest.Builder<Builder> {
        private boolean consistentRead;
        private List<String> projection = List.of();

        private Builder() {
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

package dev.awskit.dynamodb;

import dev.awskit.dynamodb.expression.Condition;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A delete of one item, optionally conditional; the old item comes back:
 * {@code table.delete(r -> r.key("tabs").condition(Attr.name("Votes").eq(0)))}. Immutable; built with
 * {@link #builder()}.
 */
public final class DeleteItem {
    private final ItemKey key;
    private final Condition condition;
    private final Long expectedVersion;

    private DeleteItem(Builder builder) {
        this.key = Objects.requireNonNull(builder.key, "key is required");
        this.condition = builder.condition;
        this.expectedVersion = builder.expectedVersion;
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this request's settings */
    public Builder toBuilder() {
        Builder builder = new Builder().key(key);
        builder.condition = condition;
        builder.expectedVersion = expectedVersion;
        return builder;
    }

    /** @return the item's key */
    public ItemKey key() {
        return key;
    }

    /** @return the condition the stored item must meet, if any */
    public Optional<Condition> condition() {
        return Optional.ofNullable(condition);
    }

    /** @return the version the stored item must have, on a versioned table; empty for no version check */
    public OptionalLong expectedVersion() {
        return expectedVersion == null ? OptionalLong.empty() : OptionalLong.of(expectedVersion);
    }

    @Override
    public String toString() {
        return "DeleteItem[key=" + key + ", condition=" + condition + ", expectedVersion=" + expectedVersion + "]";
    }

    /** Builds a {@link DeleteItem}. Not thread-safe. */
    public static final class Builder {
        private ItemKey key;
        private Condition condition;
        private Long expectedVersion;

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
         * Deletes only if the stored item meets {@code condition}; otherwise fails with
         * {@link ConditionFailedException}.
         *
         * @param condition the condition
         * @return this builder
         */
        public Builder condition(Condition condition) {
            this.condition = Objects.requireNonNull(condition, "condition");
            return this;
        }

        /**
         * On a versioned table, deletes only if the stored item has this version (else
         * {@link VersionConflictException}).
         *
         * @param version the version read before, 1 or more
         * @return this builder
         * @throws IllegalArgumentException if {@code version < 1}
         */
        public Builder expectedVersion(long version) {
            if (version < 1) {
                throw new IllegalArgumentException("expectedVersion must be 1 or more: " + version);
            }
            this.expectedVersion = version;
            return this;
        }

        /**
         * Builds the request.
         *
         * @return the request
         * @throws NullPointerException if no key was set
         */
        public DeleteItem build() {
            return new DeleteItem(this);
        }
    }
}

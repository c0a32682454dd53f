package dev.awskit.dynamodb;

import dev.awskit.dynamodb.expression.Condition;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What requests on one item share: the key, and for writes the condition and the expected version. The public
 * {@link GetItem}, {@link UpdateItem} and {@link DeleteItem} extend it.
 */
abstract class KeyedRequest {
    private final ItemKey key;
    private final Condition condition;
    private final Long expectedVersion;

    KeyedRequest(Builder<?> builder) {
        this.key = Objects.requireNonNull(builder.key, "key is required");
        this.condition = builder.condition;
        this.expectedVersion = builder.expectedVersion;
    }

    /** @return the item's key */
    public ItemKey key() {
        return key;
    }

    Optional<Condition> conditionIfAny() {
        return Optional.ofNullable(condition);
    }

    OptionalLong expectedVersionIfAny() {
        return expectedVersion == null ? OptionalLong.empty() : OptionalLong.of(expectedVersion);
    }

    void copyTo(Builder<?> builder) {
        builder.key = key;
        builder.condition = condition;
        builder.expectedVersion = expectedVersion;
    }

    /**
     * Sets the key; write requests also take a condition and an expected version. Not thread-safe.
     *
     * @param <B> the concrete builder
     */
    abstract static class Builder<B extends Builder<B>> {
        private ItemKey key;
        private Condition condition;
        private Long expectedVersion;

        Builder() {
        }

        @SuppressWarnings("unchecked")
        private B self() {
            return (B) this;
        }

        /**
         * Sets the key. Required.
         *
         * @param key the key
         * @return this builder
         */
        public B key(ItemKey key) {
            this.key = Objects.requireNonNull(key, "key");
            return self();
        }

        /**
         * Sets the key of a table without sort key.
         *
         * @param partition the partition key value
         * @return this builder
         */
        public B key(Object partition) {
            return key(ItemKey.of(partition));
        }

        /**
         * Sets the key of a table with a sort key.
         *
         * @param partition the partition key value
         * @param sort the sort key value
         * @return this builder
         */
        public B key(Object partition, Object sort) {
            return key(ItemKey.of(partition, sort));
        }

        B condition(Condition condition) {
            this.condition = Objects.requireNonNull(condition, "condition");
            return self();
        }

        B expectedVersion(long version) {
            if (version < 1) {
                throw new IllegalArgumentException("expectedVersion must be 1 or more: " + version);
            }
            this.expectedVersion = version;
            return self();
        }
    }
}

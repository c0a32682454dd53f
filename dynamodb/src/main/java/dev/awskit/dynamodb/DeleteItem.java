package dev.awskit.dynamodb;

import dev.awskit.dynamodb.expression.Condition;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A delete of one item, optionally conditional; the old item comes back:
 * {@code table.delete(r -> r.key("tabs").condition(Attr.name("Votes").eq(0)))}. Immutable; built with
 * {@link #builder()}.
 */
public final class DeleteItem extends KeyedRequest {
    private DeleteItem(Builder builder) {
        super(builder);
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this request's settings */
    public Builder toBuilder() {
        Builder builder = new Builder();
        copyTo(builder);
        return builder;
    }

    /** @return the condition the stored item must meet, if any */
    public Optional<Condition> condition() {
        return conditionIfAny();
    }

    /** @return the version the stored item must have, on a versioned table; empty for no version check */
    public OptionalLong expectedVersion() {
        return expectedVersionIfAny();
    }

    @Override
    public String toString() {
        return "DeleteItem[key=" + key() + ", condition=" + conditionIfAny().orElse(null) + ", expectedVersion="
                + expectedVersionIfAny() + "]";
    }

    /** Builds a {@link DeleteItem}. Not thread-safe. */
    public static final class Builder extends KeyedRequest.Builder<Builder> {
        private Builder() {
        }

        /**
         * Deletes only if the stored item meets {@code condition}; otherwise fails with
         * {@link ConditionFailedException}.
         *
         * @param condition the condition
         * @return this builder
         */
        public Builder condition(Condition condition) {
            return super.condition(condition);
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
            return super.expectedVersion(version);
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

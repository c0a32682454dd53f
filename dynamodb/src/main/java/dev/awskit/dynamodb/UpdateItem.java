package dev.awskit.dynamodb;

import dev.awskit.dynamodb.expression.Condition;
import dev.awskit.dynamodb.expression.Update;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;

/**
 * An update of one item through an update expression, optionally conditional; the item is created if absent (as
 * DynamoDB's {@code UpdateItem} does) unless a condition says otherwise:
 *
 * <pre>{@code
 * table.update(r -> r.key("tabs").update(u -> u.increment("Votes", 1)));
 * table.update(r -> r.key("doc-1").update(u -> u.set("title", "New")).expectedVersion(4));   // optimistic lock
 * }</pre>
 *
 * <p>Immutable; built with {@link #builder()}.
 */
public final class UpdateItem extends KeyedRequest {
    private final Update update;

    private UpdateItem(Builder builder) {
        super(builder);
        this.update = Objects.requireNonNull(builder.update, "update is required");
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this request's settings */
    public Builder toBuilder() {
        Builder builder = new Builder().update(update);
        copyTo(builder);
        return builder;
    }

    /** @return the update expression */
    public Update update() {
        return update;
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
        return "UpdateItem[key=" + key() + ", update=" + update + ", condition=" + conditionIfAny().orElse(null)
                + ", expectedVersion=" + expectedVersionIfAny() + "]";
    }

    /** Builds an {@link UpdateItem}. Not thread-safe. */
    public static final class Builder extends KeyedRequest.Builder<Builder> {
        private Update update;

        private Builder() {
        }

        /**
         * Sets the update expression. Required.
         *
         * @param update the update
         * @return this builder
         */
        public Builder update(Update update) {
            this.update = Objects.requireNonNull(update, "update");
            return this;
        }

        /**
         * Builds and sets the update expression.
         *
         * @param update configures an {@link Update.Builder}
         * @return this builder
         * @throws IllegalArgumentException if the update is empty or has overlapping paths
         */
        public Builder update(Consumer<Update.Builder> update) {
            Update.Builder builder = Update.builder();
            update.accept(builder);
            return update(builder.build());
        }

        /**
         * Updates only if the stored item meets {@code condition}; otherwise fails with
         * {@link ConditionFailedException}.
         *
         * @param condition the condition
         * @return this builder
         */
        public Builder condition(Condition condition) {
            return super.condition(condition);
        }

        /**
         * On a versioned table, updates only if the stored item has this version (else
         * {@link VersionConflictException}); the version then goes up by one. Without it, the version goes up by one
         * unconditionally.
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
         * @throws NullPointerException if the key or the update is missing
         */
        public UpdateItem build() {
            return new UpdateItem(this);
        }
    }
}

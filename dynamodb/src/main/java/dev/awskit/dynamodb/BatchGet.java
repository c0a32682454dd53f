package dev.awskit.dynamodb;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A read of many items by key through {@code BatchGetItem}: 100 keys per request, unprocessed keys retried with
 * backoff ({@link BatchRetry}), repeated keys read once. Immutable; built with {@link #builder()}.
 *
 * <pre>{@code
 * BatchGetResult<Vote> found = votes.sync().batchGet(b -> b.keys(keys).consistentRead(true));
 * }</pre>
 */
public final class BatchGet {
    private final List<ItemKey> keys;
    private final boolean consistentRead;
    private final List<String> projection;
    private final BatchRetry retry;

    private BatchGet(Builder builder) {
        this.keys = List.copyOf(builder.keys);
        this.consistentRead = builder.consistentRead;
        this.projection = List.copyOf(builder.projection);
        this.retry = builder.retry;
    }

    /** @return a builder: no keys, eventually consistent, whole items, {@link BatchRetry#defaults()} */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this request's settings */
    public Builder toBuilder() {
        return new Builder().keys(keys).consistentRead(consistentRead).projection(projection.toArray(String[]::new))
                .retry(retry);
    }

    /** @return the keys, as given */
    public List<ItemKey> keys() {
        return keys;
    }

    /** @return whether reads are strongly consistent */
    public boolean consistentRead() {
        return consistentRead;
    }

    /** @return the document paths read (key attributes are always read too); empty for whole items */
    public List<String> projection() {
        return projection;
    }

    /** @return how unprocessed keys are retried */
    public BatchRetry retry() {
        return retry;
    }

    @Override
    public String toString() {
        return "BatchGet[keys=" + keys.size() + ", consistentRead=" + consistentRead + ", projection=" + projection + "]";
    }

    /** Builds a {@link BatchGet}. Not thread-safe. */
    public static final class Builder {
        private List<ItemKey> keys = List.of();
        private boolean consistentRead;
        private List<String> projection = List.of();
        private BatchRetry retry = BatchRetry.defaults();

        private Builder() {
        }

        /**
         * Sets the keys to read.
         *
         * @param keys the keys; repeats are read once
         * @return this builder
         */
        public Builder keys(Collection<ItemKey> keys) {
            this.keys = List.copyOf(Objects.requireNonNull(keys, "keys"));
            return this;
        }

        /**
         * Asks for strongly consistent reads.
         *
         * @param consistentRead whether to read consistently
         * @return this builder
         */
        public Builder consistentRead(boolean consistentRead) {
            this.consistentRead = consistentRead;
            return this;
        }

        /**
         * Reads only these document paths (and the key attributes, to match items to keys).
         *
         * @param paths document paths
         * @return this builder
         */
        public Builder projection(String... paths) {
            this.projection = List.of(paths);
            return this;
        }

        /**
         * Sets how unprocessed keys and throttled requests are retried.
         *
         * @param retry the settings
         * @return this builder
         */
        public Builder retry(BatchRetry retry) {
            this.retry = Objects.requireNonNull(retry, "retry");
            return this;
        }

        /**
         * Adjusts the retry settings, starting from the defaults.
         *
         * @param retry configures the settings
         * @return this builder
         */
        public Builder retry(Consumer<BatchRetry.Builder> retry) {
            BatchRetry.Builder builder = BatchRetry.builder();
            retry.accept(builder);
            return retry(builder.build());
        }

        /**
         * Builds the request.
         *
         * @return the request
         */
        public BatchGet build() {
            return new BatchGet(this);
        }
    }
}

package dev.awskit.dynamodb;

import dev.awskit.dynamodb.expression.Condition;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What queries and scans share: index, filter, projection, total limit, page size, consistency, start cursor.
 * The public {@link Query} and {@link Scan} extend it.
 */
abstract class ReadRequest {
    private final String index;
    private final Condition filter;
    private final List<String> projection;
    private final int limit;
    private final int pageSize;
    private final boolean consistentRead;
    private final Cursor startAfter;

    ReadRequest(Builder<?> builder) {
        this.index = builder.index;
        this.filter = builder.filter;
        this.projection = List.copyOf(builder.projection);
        this.limit = builder.limit;
        this.pageSize = builder.pageSize;
        this.consistentRead = builder.consistentRead;
        this.startAfter = builder.startAfter;
    }

    /** @return the index read, or empty for the table */
    public Optional<String> index() {
        return Optional.ofNullable(index);
    }

    /** @return the filter applied after reading, if any */
    public Optional<Condition> filter() {
        return Optional.ofNullable(filter);
    }

    /** @return the document paths read; empty for whole items */
    public List<String> projection() {
        return projection;
    }

    /** @return the most items returned in all, or empty for no limit */
    public OptionalInt limit() {
        return limit == 0 ? OptionalInt.empty() : OptionalInt.of(limit);
    }

    /** @return the most items DynamoDB evaluates per request, or empty for DynamoDB's 1 MB pages */
    public OptionalInt pageSize() {
        return pageSize == 0 ? OptionalInt.empty() : OptionalInt.of(pageSize);
    }

    /** @return whether reads are strongly consistent */
    public boolean consistentRead() {
        return consistentRead;
    }

    /** @return where to resume, if anywhere */
    public Optional<Cursor> startAfter() {
        return Optional.ofNullable(startAfter);
    }

    void copyTo(Builder<?> builder) {
        builder.index = index;
        builder.filter = filter;
        builder.projection = projection;
        builder.limit = limit;
        builder.pageSize = pageSize;
        builder.consistentRead = consistentRead;
        builder.startAfter = startAfter;
    }

    String describe() {
        return "index=" + index + ", filter=" + filter + ", projection=" + projection + ", limit=" + limit
                + ", pageSize=" + pageSize + ", consistentRead=" + consistentRead + ", startAfter="
                + (startAfter != null);
    }

    /**
     * The settings queries and scans share. Not thread-safe.
     *
     * @param <B> the concrete builder
     */
    abstract static class Builder<B extends Builder<B>> {
        private String index;
        private Condition filter;
        private List<String> projection = List.of();
        private int limit;
        private int pageSize;
        private boolean consistentRead;
        private Cursor startAfter;

        Builder() {
        }

        @SuppressWarnings("unchecked")
        private B self() {
            return (B) this;
        }

        /**
         * Reads a global or local secondary index instead of the table.
         *
         * @param index the index name
         * @return this builder
         * @throws IllegalArgumentException if {@code index} is blank
         */
        public B index(String index) {
            this.index = dev.awskit.core.spi.Checks.notBlank(index, "index");
            return self();
        }

        /**
         * Keeps only items meeting {@code filter}. DynamoDB applies it after reading, so filtered-out items still
         * count against the page size and the read capacity.
         *
         * @param filter the filter
         * @return this builder
         */
        public B filter(Condition filter) {
            this.filter = Objects.requireNonNull(filter, "filter");
            return self();
        }

        /**
         * Reads only these document paths.
         *
         * @param paths document paths
         * @return this builder
         */
        public B projection(String... paths) {
            this.projection = List.of(paths);
            return self();
        }

        /**
         * Returns at most {@code limit} items in all, however many requests that takes (unlike DynamoDB's
         * {@code Limit}, which is {@link #pageSize(int)} here). A page read with a limit holds at most that many.
         *
         * @param limit 1 or more
         * @return this builder
         * @throws IllegalArgumentException if {@code limit < 1}
         */
        public B limit(int limit) {
            if (limit < 1) {
                throw new IllegalArgumentException("limit must be 1 or more: " + limit);
            }
            this.limit = limit;
            return self();
        }

        /**
         * Evaluates at most {@code pageSize} items per request (DynamoDB's {@code Limit}); by default a request
         * reads up to 1 MB.
         *
         * @param pageSize 1 or more
         * @return this builder
         * @throws IllegalArgumentException if {@code pageSize < 1}
         */
        public B pageSize(int pageSize) {
            if (pageSize < 1) {
                throw new IllegalArgumentException("pageSize must be 1 or more: " + pageSize);
            }
            this.pageSize = pageSize;
            return self();
        }

        /**
         * Asks for strongly consistent reads (default false; not available on global secondary indexes).
         *
         * @param consistentRead whether to read consistently
         * @return this builder
         */
        public B consistentRead(boolean consistentRead) {
            this.consistentRead = consistentRead;
            return self();
        }

        /**
         * Resumes after a cursor from an earlier page, possibly read by another process.
         *
         * @param cursor the cursor
         * @return this builder
         */
        public B startAfter(Cursor cursor) {
            this.startAfter = Objects.requireNonNull(cursor, "cursor");
            return self();
        }

        String index() {
            return index;
        }

        Cursor startAfter() {
            return startAfter;
        }
    }
}

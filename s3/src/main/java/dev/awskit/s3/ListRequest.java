package dev.awskit.s3;

import dev.awskit.core.spi.Checks;
import java.util.Objects;
import java.util.Optional;

/**
 * What to list: a prefix, optionally a delimiter (to see "folders"), where to start, and the page size. Immutable.
 *
 * <pre>{@code
 * bucket.list(r -> r.prefix("logs/2026/").delimiter("/"))   // the objects and "folders" right under logs/2026/
 * }</pre>
 *
 * <p>Defaults: the whole bucket, no delimiter (every key below the prefix, however deep), pages of 1,000 keys.
 */
public final class ListRequest {
    private final String prefix;
    private final String delimiter;
    private final String startAfter;
    private final int pageSize;

    private ListRequest(Builder b) {
        this.prefix = b.prefix;
        this.delimiter = b.delimiter;
        this.startAfter = b.startAfter;
        this.pageSize = b.pageSize;
    }

    /**
     * Starts a request.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a request for everything below {@code prefix}.
     *
     * @param prefix the prefix; empty for the whole bucket
     * @return the request
     */
    public static ListRequest prefix(String prefix) {
        return builder().prefix(prefix).build();
    }

    /**
     * Returns a builder holding this request.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** @return the prefix; empty for the whole bucket */
    public String prefix() {
        return prefix;
    }

    /** @return the delimiter, if "folders" are wanted */
    public Optional<String> delimiter() {
        return Optional.ofNullable(delimiter);
    }

    /** @return the key to start after, if any */
    public Optional<String> startAfter() {
        return Optional.ofNullable(startAfter);
    }

    /** @return the most keys per page (one {@code ListObjectsV2} call) */
    public int pageSize() {
        return pageSize;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ListRequest other && prefix.equals(other.prefix)
                && Objects.equals(delimiter, other.delimiter) && Objects.equals(startAfter, other.startAfter)
                && pageSize == other.pageSize;
    }

    @Override
    public int hashCode() {
        return Objects.hash(prefix, delimiter, startAfter, pageSize);
    }

    @Override
    public String toString() {
        return "ListRequest[prefix=" + prefix + ", delimiter=" + delimiter + ", startAfter=" + startAfter
                + ", pageSize=" + pageSize + "]";
    }

    /** Builds a {@link ListRequest}. Not thread-safe; {@link #build()} copies the state. */
    public static final class Builder {
        private String prefix = "";
        private String delimiter;
        private String startAfter;
        private int pageSize = 1000;

        private Builder() {
        }

        private Builder(ListRequest r) {
            prefix = r.prefix;
            delimiter = r.delimiter;
            startAfter = r.startAfter;
            pageSize = r.pageSize;
        }

        /**
         * Lists the keys starting with {@code prefix}.
         *
         * @param prefix the prefix; empty for the whole bucket
         * @return this builder
         * @throws NullPointerException if {@code prefix} is null
         */
        public Builder prefix(String prefix) {
            this.prefix = Objects.requireNonNull(prefix, "prefix");
            return this;
        }

        /**
         * Groups keys by {@code delimiter} after the prefix: keys with the delimiter past the prefix come back once,
         * as a folder entry of their common prefix.
         *
         * @param delimiter usually {@code "/"}
         * @return this builder
         * @throws IllegalArgumentException if {@code delimiter} is empty
         */
        public Builder delimiter(String delimiter) {
            Objects.requireNonNull(delimiter, "delimiter");
            if (delimiter.isEmpty()) {
                throw new IllegalArgumentException("delimiter must not be empty: '" + delimiter + "'");
            }
            this.delimiter = delimiter;
            return this;
        }

        /**
         * Starts the listing after {@code key} (exclusive), in S3's key order.
         *
         * @param key the key
         * @return this builder
         * @throws IllegalArgumentException if {@code key} is blank
         */
        public Builder startAfter(String key) {
            this.startAfter = Checks.notBlank(key, "startAfter");
            return this;
        }

        /**
         * Sets the most keys per page; default and maximum 1,000.
         *
         * @param pageSize 1 to 1,000
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder pageSize(int pageSize) {
            this.pageSize = Checks.inRange(pageSize, 1, 1000, "pageSize");
            return this;
        }

        /**
         * Builds the request.
         *
         * @return an immutable request
         */
        public ListRequest build() {
            return new ListRequest(this);
        }
    }
}

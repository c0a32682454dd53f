package dev.awskit.s3;

import dev.awskit.core.spi.Checks;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How an object is stored: its content type, user metadata, and whether the body is gzip-compressed on the way (with
 * {@code Content-Encoding: gzip}, which every get of {@link S3Bucket} undoes once). Immutable and thread-safe.
 *
 * <pre>{@code
 * bucket.putString("reports/2026-01.csv.gz", csv, o -> o.contentType("text/csv").gzip(true).metadata("job", "42"));
 * }</pre>
 *
 * <p>Defaults: the content type of the method ({@code text/plain; charset=utf-8} for strings,
 * {@code application/json} for JSON, {@code application/octet-stream} otherwise), no metadata, not compressed.
 * Checksums are left to the SDK.
 */
public final class PutOptions {
    private static final PutOptions DEFAULTS = builder().build();

    private final String contentType;
    private final Map<String, String> metadata;
    private final boolean gzip;

    private PutOptions(Builder b) {
        this.contentType = b.contentType;
        this.metadata = Collections.unmodifiableMap(new LinkedHashMap<>(b.metadata));
        this.gzip = b.gzip;
    }

    /**
     * Returns the defaults.
     *
     * @return options that set nothing
     */
    public static PutOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Starts options.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding these options.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Returns the content type.
     *
     * @return the content type, or empty for the method's default
     */
    public Optional<String> contentType() {
        return Optional.ofNullable(contentType);
    }

    /** @return the user metadata (stored as {@code x-amz-meta-*}), unmodifiable, in insertion order */
    public Map<String, String> metadata() {
        return metadata;
    }

    /** @return whether the body is stored gzip-compressed with {@code Content-Encoding: gzip} */
    public boolean gzip() {
        return gzip;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PutOptions other && Objects.equals(contentType, other.contentType)
                && metadata.equals(other.metadata) && gzip == other.gzip;
    }

    @Override
    public int hashCode() {
        return Objects.hash(contentType, metadata, gzip);
    }

    @Override
    public String toString() {
        return "PutOptions[contentType=" + contentType + ", metadata=" + metadata.keySet() + ", gzip=" + gzip + "]";
    }

    /** Builds {@link PutOptions}. Not thread-safe; {@link #build()} copies the state. */
    public static final class Builder {
        private String contentType;
        private final Map<String, String> metadata = new LinkedHashMap<>();
        private boolean gzip;

        private Builder() {
        }

        private Builder(PutOptions o) {
            contentType = o.contentType;
            metadata.putAll(o.metadata);
            gzip = o.gzip;
        }

        /**
         * Sets the content type, e.g. {@code text/csv}.
         *
         * @param contentType a MIME type
         * @return this builder
         * @throws IllegalArgumentException if {@code contentType} is blank
         */
        public Builder contentType(String contentType) {
            this.contentType = Checks.notBlank(contentType, "contentType");
            return this;
        }

        /**
         * Adds one user metadata entry. S3 stores names in lower case.
         *
         * @param name the name, without the {@code x-amz-meta-} prefix
         * @param value the value (S3 keeps US-ASCII only)
         * @return this builder
         * @throws IllegalArgumentException if {@code name} is blank
         * @throws NullPointerException if {@code value} is null
         */
        public Builder metadata(String name, String value) {
            metadata.put(Checks.notBlank(name, "metadata name"), Objects.requireNonNull(value, "metadata value"));
            return this;
        }

        /**
         * Adds user metadata entries.
         *
         * @param entries name to value
         * @return this builder
         * @throws IllegalArgumentException if a name is blank
         */
        public Builder metadata(Map<String, String> entries) {
            entries.forEach(this::metadata);
            return this;
        }

        /**
         * Stores the body gzip-compressed with {@code Content-Encoding: gzip}; default {@code false}.
         *
         * @param gzip whether to compress
         * @return this builder
         */
        public Builder gzip(boolean gzip) {
            this.gzip = gzip;
            return this;
        }

        /**
         * Builds the options.
         *
         * @return immutable options
         */
        public PutOptions build() {
            return new PutOptions(this);
        }
    }
}

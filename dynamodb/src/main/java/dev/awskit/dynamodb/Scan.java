package dev.awskit.dynamodb;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A scan of a table or index, whole or one segment of a parallel scan:
 *
 * <pre>{@code
 * table.scan(s -> s.filter(Attr.name("Votes").gt(0)));
 * List<Scan> parts = Scan.builder().build().split(16);      // give each worker (or machine) its segments
 * table.scan(parts.get(3));
 * }</pre>
 *
 * <p>Segments are independent: any process can read any segment, and a cursor from one segment resumes only that
 * segment. Immutable; built with {@link #builder()}.
 */
public final class Scan extends ReadRequest {
    private final int segment;
    private final int totalSegments;

    private Scan(Builder builder) {
        super(builder);
        this.segment = builder.segment;
        this.totalSegments = builder.totalSegments;
        Cursor start = builder.startAfter();
        if (start != null) {
            if (!Objects.equals(start.index().orElse(null), builder.index())) {
                throw new IllegalArgumentException("cursor belongs to index " + start.index().orElse("(table)")
                        + ", not " + (builder.index() == null ? "the table" : builder.index()));
            }
            Integer cursorSegment = start.segment().isPresent() ? start.segment().getAsInt() : null;
            Integer ownSegment = totalSegments == 0 ? null : segment;
            if (!Objects.equals(cursorSegment, ownSegment)) {
                throw new IllegalArgumentException("cursor belongs to segment " + cursorSegment + ", not " + ownSegment);
            }
        }
    }

    /** @return a builder with the defaults: whole table, no limit, 1 MB pages, eventually consistent */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this scan's settings */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.segment = segment;
        builder.totalSegments = totalSegments;
        copyTo(builder);
        return builder;
    }

    /**
     * Splits this scan into the segments of a parallel scan, each a scan of its own.
     *
     * @param totalSegments 1 to 1,000,000
     * @return the scans of segments {@code 0 .. totalSegments - 1}
     * @throws IllegalArgumentException if {@code totalSegments} is out of range, or this scan has a start cursor
     */
    public List<Scan> split(int totalSegments) {
        if (startAfter().isPresent()) {
            throw new IllegalArgumentException("a scan resumed from a cursor cannot be split");
        }
        List<Scan> scans = new ArrayList<>(totalSegments);
        for (int i = 0; i < totalSegments; i++) {
            scans.add(toBuilder().segment(i, totalSegments).build());
        }
        return scans;
    }

    /** @return this scan's segment, or empty for a whole scan */
    public OptionalInt segment() {
        return totalSegments == 0 ? OptionalInt.empty() : OptionalInt.of(segment);
    }

    /** @return the number of segments of the parallel scan, or empty for a whole scan */
    public OptionalInt totalSegments() {
        return totalSegments == 0 ? OptionalInt.empty() : OptionalInt.of(totalSegments);
    }

    @Override
    public String toString() {
        return "Scan[segment=" + segment + "/" + totalSegments + ", " + describe() + "]";
    }

    /** Builds a {@link Scan}. Not thread-safe. */
    public static final class Builder extends ReadRequest.Builder<Builder> {
        private int segment;
        private int totalSegments;

        private Builder() {
        }

        /**
         * Reads one segment of a parallel scan.
         *
         * @param segment the segment, from 0
         * @param totalSegments how many segments the scan has, 1 to 1,000,000
         * @return this builder
         * @throws IllegalArgumentException if a number is out of range
         */
        public Builder segment(int segment, int totalSegments) {
            dev.awskit.core.spi.Checks.inRange(totalSegments, 1, 1_000_000, "totalSegments");
            dev.awskit.core.spi.Checks.inRange(segment, 0, totalSegments - 1, "segment");
            this.segment = segment;
            this.totalSegments = totalSegments;
            return this;
        }

        /**
         * Builds the scan.
         *
         * @return the scan
         * @throws IllegalArgumentException if the start cursor belongs to another index or segment
         */
        public Scan build() {
            return new Scan(this);
        }
    }
}

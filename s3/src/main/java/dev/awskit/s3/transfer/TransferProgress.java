package dev.awskit.s3.transfer;

import java.time.Duration;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Where a transfer stands.
 *
 * @param direction upload or download
 * @param bucket the bucket
 * @param key the key
 * @param transferredBytes bytes moved so far
 * @param totalBytes the size, when known
 * @param elapsed time since the transfer started
 */
public record TransferProgress(Direction direction, String bucket, String key, long transferredBytes,
        OptionalLong totalBytes, Duration elapsed) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public TransferProgress {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(totalBytes, "totalBytes");
        Objects.requireNonNull(elapsed, "elapsed");
    }

    /** @return the share done, 0 to 100, when the size is known */
    public OptionalDouble percent() {
        return totalBytes.isPresent() && totalBytes.getAsLong() > 0
                ? OptionalDouble.of(100.0 * transferredBytes / totalBytes.getAsLong()) : OptionalDouble.empty();
    }

    /** @return the average throughput so far, in bytes per second */
    public double bytesPerSecond() {
        long nanos = Math.max(1, elapsed.toNanos());
        return transferredBytes * 1e9 / nanos;
    }

    /** Which way a transfer goes. */
    public enum Direction {
        /** From a file to S3. */
        UPLOAD,
        /** From S3 to a file. */
        DOWNLOAD
    }
}

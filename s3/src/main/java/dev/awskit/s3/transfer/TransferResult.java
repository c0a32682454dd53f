package dev.awskit.s3.transfer;

import java.time.Duration;
import java.util.Objects;

/**
 * A finished transfer.
 *
 * @param bucket the bucket
 * @param key the key
 * @param bytes the bytes moved
 * @param eTag the object's ETag
 * @param elapsed how long it took
 */
public record TransferResult(String bucket, String key, long bytes, String eTag, Duration elapsed) {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public TransferResult {
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(eTag, "eTag");
        Objects.requireNonNull(elapsed, "elapsed");
    }
}

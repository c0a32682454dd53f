package dev.awskit.s3;

import dev.awskit.core.AwsKitTimeoutException;
import java.time.Duration;
import java.util.Objects;

/**
 * A bucket did not become visible before the wait's deadline (after {@link S3Buckets#create(String)}). Like every
 * awskit timeout, an {@link AwsKitTimeoutException}; it names the bucket as {@link AwsKitS3Exception} does.
 */
public class BucketTimeoutException extends AwsKitTimeoutException {
    private static final long serialVersionUID = 1L;

    private final String bucket;

    /**
     * Creates the exception.
     *
     * @param bucket the bucket waited for
     * @param elapsed how long the wait lasted
     * @param cause the last error seen while waiting, or {@code null}
     * @throws NullPointerException if {@code bucket} or {@code elapsed} is null
     */
    public BucketTimeoutException(String bucket, Duration elapsed, Throwable cause) {
        super("Bucket '" + bucket + "' did not exist after " + elapsed, cause, elapsed);
        this.bucket = Objects.requireNonNull(bucket, "bucket");
    }

    /** @return the bucket waited for */
    public String bucket() {
        return bucket;
    }
}

package dev.awskit.s3;

import dev.awskit.core.AwsKitException;
import java.util.Objects;
import java.util.Optional;

/**
 * The root of every failure the s3 module raises (timeouts aside, which are {@link BucketTimeoutException}s). Names
 * the bucket and, where one was involved, the key; its cause is the SDK's exception when the service answered.
 * Failures of an SQS drain name the queue instead ({@link dev.awskit.s3.event.DrainFailedException}).
 */
public class AwsKitS3Exception extends AwsKitException {
    private static final long serialVersionUID = 1L;

    private final String bucket;
    private final String key;

    /**
     * Creates the exception.
     *
     * @param message what failed, with the bucket and key
     * @param cause the underlying failure, or {@code null}
     * @param bucket the bucket
     * @param key the key, or {@code null} for a bucket-level operation
     * @throws NullPointerException if {@code bucket} is null
     */
    public AwsKitS3Exception(String message, Throwable cause, String bucket, String key) {
        super(message, cause);
        this.bucket = Objects.requireNonNull(bucket, "bucket");
        this.key = key;
    }

    /**
     * Creates an exception that concerns no bucket (a queue, the account's bucket list).
     *
     * @param message what failed, with its identifiers
     * @param cause the underlying failure, or {@code null}
     */
    public AwsKitS3Exception(String message, Throwable cause) {
        super(message, cause);
        this.bucket = null;
        this.key = null;
    }

    /**
     * Returns the bucket the failing operation worked on.
     *
     * @return the bucket name, or empty when the failure concerns no bucket
     */
    public Optional<String> bucket() {
        return Optional.ofNullable(bucket);
    }

    /**
     * Returns the key the failing operation worked on.
     *
     * @return the key, or empty for a bucket-level operation (listing, deleting a prefix, creating a bucket)
     */
    public Optional<String> key() {
        return Optional.ofNullable(key);
    }
}

package dev.awskit.s3;

/** The bucket does not exist, or not for these credentials ({@code NoSuchBucket}, or 404 on a head). */
public class BucketNotFoundException extends AwsKitS3Exception {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param bucket the unknown bucket
     * @param cause the SDK's exception
     */
    public BucketNotFoundException(String bucket, Throwable cause) {
        super("No bucket '" + bucket + "'", cause, bucket, null);
    }
}

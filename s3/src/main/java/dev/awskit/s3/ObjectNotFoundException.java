package dev.awskit.s3;

/** The object does not exist ({@code NoSuchKey}, or 404 on a head). */
public class ObjectNotFoundException extends AwsKitS3Exception {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param bucket the bucket
     * @param key the missing key
     * @param cause the SDK's exception
     */
    public ObjectNotFoundException(String bucket, String key, Throwable cause) {
        super("No object s3://" + bucket + "/" + key, cause, bucket, key);
    }
}

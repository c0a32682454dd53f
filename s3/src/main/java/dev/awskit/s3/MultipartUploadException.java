package dev.awskit.s3;

/**
 * A multipart upload failed (reading the stream, uploading a part, or completing) and was aborted, so no part is left
 * behind to be billed. {@link #aborted()} is {@code false} only when the abort itself failed too (its failure is
 * suppressed on this exception): then the upload id names what a lifecycle rule or a manual
 * {@code AbortMultipartUpload} must clean up.
 */
public class MultipartUploadException extends AwsKitS3Exception {
    private static final long serialVersionUID = 1L;

    private final String uploadId;
    private final int partsUploaded;
    private final boolean aborted;

    /**
     * Creates the exception.
     *
     * @param bucket the bucket
     * @param key the key being uploaded
     * @param uploadId the multipart upload id
     * @param partsUploaded parts the service had accepted before the failure
     * @param aborted whether the upload was aborted
     * @param cause what failed
     */
    public MultipartUploadException(String bucket, String key, String uploadId, int partsUploaded, boolean aborted,
            Throwable cause) {
        super("Upload of s3://" + bucket + "/" + key + " failed after " + partsUploaded + " part(s); multipart upload "
                + uploadId + (aborted ? " aborted" : " NOT aborted") + ": " + describe(cause), cause, bucket, key);
        this.uploadId = uploadId;
        this.partsUploaded = partsUploaded;
        this.aborted = aborted;
    }

    private static String describe(Throwable cause) {
        return cause == null ? "unknown" : cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    /** @return the multipart upload id */
    public String uploadId() {
        return uploadId;
    }

    /** @return how many parts the service had accepted before the failure */
    public int partsUploaded() {
        return partsUploaded;
    }

    /** @return whether the upload was aborted (its parts deleted) */
    public boolean aborted() {
        return aborted;
    }
}

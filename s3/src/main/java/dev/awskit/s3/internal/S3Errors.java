package dev.awskit.s3.internal;

import dev.awskit.core.Futures;
import dev.awskit.core.TransientErrors;
import dev.awskit.s3.AwsKitS3Exception;
import dev.awskit.s3.BucketNotFoundException;
import dev.awskit.s3.ObjectNotFoundException;
import java.util.concurrent.CancellationException;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** Turns what an S3 call failed with into the module's exceptions, naming the bucket, the key and the action. */
public final class S3Errors {
    private S3Errors() {
    }

    /**
     * Maps a failure. Cancellations and awskit exceptions pass unchanged.
     *
     * @param error the failure, possibly wrapped
     * @param action what was being done, e.g. {@code "get"}
     * @param bucket the bucket
     * @param key the key, or {@code null}
     * @return the exception to fail with
     */
    public static RuntimeException map(Throwable error, String action, String bucket, String key) {
        Throwable cause = Futures.unwrap(error);
        if (cause instanceof CancellationException || cause instanceof AwsKitS3Exception) {
            return (RuntimeException) cause;
        }
        if (isNoSuchBucket(cause)) {
            return new BucketNotFoundException(bucket, cause);
        }
        if (key != null && (cause instanceof NoSuchKeyException || statusOf(cause) == 404)) {
            return new ObjectNotFoundException(bucket, key, cause);
        }
        String code = TransientErrors.errorCode(cause);
        String what = code != null ? code : cause.getClass().getSimpleName() + ": " + cause.getMessage();
        return new AwsKitS3Exception(capitalized(action) + " of " + location(bucket, key) + " failed: " + what, cause,
                bucket, key);
    }

    /**
     * Tells whether a failure says the bucket does not exist.
     *
     * @param cause the unwrapped failure
     * @return whether it is {@code NoSuchBucket}
     */
    public static boolean isNoSuchBucket(Throwable cause) {
        return cause instanceof NoSuchBucketException
                || cause instanceof S3Exception s3 && s3.awsErrorDetails() != null
                        && "NoSuchBucket".equals(s3.awsErrorDetails().errorCode());
    }

    /**
     * Returns the HTTP status of a service failure.
     *
     * @param cause the unwrapped failure
     * @return the status, or 0 when the service did not answer
     */
    public static int statusOf(Throwable cause) {
        return cause instanceof S3Exception s3 ? s3.statusCode() : 0;
    }

    private static String location(String bucket, String key) {
        return key == null ? "bucket '" + bucket + "'" : "s3://" + bucket + "/" + key;
    }

    private static String capitalized(String action) {
        return Character.toUpperCase(action.charAt(0)) + action.substring(1);
    }
}

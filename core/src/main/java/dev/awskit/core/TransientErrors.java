package dev.awskit.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Tells failures worth retrying (throttling, server errors, timeouts, broken connections) from failures that
 * will happen again (not found, access denied, validation). Pollers and caches use it to decide between
 * waiting and giving up.
 */
public final class TransientErrors {
    private static final Set<String> TRANSIENT_CODES = Set.of(
            "RequestTimeout", "RequestTimeoutException", "PriorRequestNotComplete", "ServiceUnavailable",
            "InternalError", "InternalFailure", "InternalServerError", "SlowDown", "EC2ThrottledException",
            "TransactionInProgressException", "IDPCommunicationError", "RequestLimitExceeded",
            "ProvisionedThroughputExceededException", "TooManyRequestsException", "ThrottlingException",
            "Throttling", "ThrottledException", "LimitExceededException", "BandwidthLimitExceeded");

    private TransientErrors() {
    }

    /**
     * Tells whether {@code failure} is transient: throttling (HTTP 429 or a throttling error code), an HTTP 5xx
     * answer, an API call or attempt timeout, or an I/O failure such as a refused or reset connection.
     * {@link java.util.concurrent.CompletionException} wrappers are looked through.
     *
     * @param failure the failure; {@code null} is not transient
     * @return {@code true} when retrying later may succeed
     */
    public static boolean isTransient(Throwable failure) {
        if (failure == null) {
            return false;
        }
        Throwable error = Futures.unwrap(failure);
        if (error instanceof AwsServiceException service) {
            return isThrottling(service)
                    || service.statusCode() >= 500
                    || (service.awsErrorDetails() != null
                            && TRANSIENT_CODES.contains(service.awsErrorDetails().errorCode()));
        }
        if (error instanceof ApiCallTimeoutException || error instanceof ApiCallAttemptTimeoutException) {
            return true;
        }
        if (error instanceof SdkClientException) {
            return hasIoCause(error) || ((SdkException) error).retryable();
        }
        return hasIoCause(error);
    }

    /**
     * Tells whether {@code failure} is a throttling answer (HTTP 429 or a throttling error code).
     *
     * @param failure the failure; {@code null} is not throttling
     * @return {@code true} for throttling
     */
    public static boolean isThrottling(Throwable failure) {
        if (failure == null) {
            return false;
        }
        Throwable error = Futures.unwrap(failure);
        return error instanceof AwsServiceException service
                && (service.isThrottlingException() || service.statusCode() == 429);
    }

    /**
     * Returns the AWS error code of a service failure, looking through wrappers.
     *
     * @param failure the failure
     * @return the error code, or {@code null} when {@code failure} is not an AWS service error
     */
    public static String errorCode(Throwable failure) {
        Throwable error = failure == null ? null : Futures.unwrap(failure);
        if (error instanceof AwsServiceException service && service.awsErrorDetails() != null) {
            return service.awsErrorDetails().errorCode();
        }
        return null;
    }

    private static boolean hasIoCause(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof IOException || t instanceof UncheckedIOException || t instanceof TimeoutException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}

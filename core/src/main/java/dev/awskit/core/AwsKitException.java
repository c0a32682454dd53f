package dev.awskit.core;

/**
 * The root of every exception awskit throws. Unchecked, so it passes through {@code CompletableFuture}
 * callbacks and lambdas unchanged; module exceptions extend it and carry the context a person needs to act
 * (an execution id, a status, the unprocessed items).
 *
 * <p>Messages never contain secret values: where a value is secret, only its identifier appears.
 */
public class AwsKitException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message.
     *
     * @param message what went wrong, with the identifiers involved; never a secret value
     */
    public AwsKitException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and the failure that caused it.
     *
     * @param message what went wrong, with the identifiers involved; never a secret value
     * @param cause the underlying failure, typically an SDK exception
     */
    public AwsKitException(String message, Throwable cause) {
        super(message, cause);
    }
}

package dev.awskit.secrets;

import dev.awskit.core.AwsKitException;

/**
 * The work given to {@link SecretCache#withSecret(String, java.util.function.Predicate, SecretFunction)}
 * failed with a checked exception, which is the cause. Unchecked failures pass through unwrapped.
 */
public class SecretActionException extends AwsKitException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param secretId the secret the work used
     * @param cause the checked failure
     */
    public SecretActionException(String secretId, Throwable cause) {
        super("work with secret " + secretId + " failed: " + cause.getClass().getName(), cause);
    }
}

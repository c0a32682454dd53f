package dev.awskit.secrets;

import dev.awskit.core.AwsKitException;

/**
 * The root of every failure {@code awskit-secrets} raises, except cache reads, which fail with core's
 * {@link dev.awskit.core.cache.CacheLoadException} like every awskit cache. Messages name secrets and
 * parameters, never their values.
 */
public class AwsKitSecretsException extends AwsKitException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong, with the names involved; never a value
     */
    public AwsKitSecretsException(String message) {
        super(message);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param message what went wrong, with the names involved; never a value
     * @param cause the underlying failure
     */
    public AwsKitSecretsException(String message, Throwable cause) {
        super(message, cause);
    }
}

package dev.awskit.secrets;

/**
 * A Parameter Store call failed; names the parameter or path (never its value). The cause is the SDK's error,
 * for example {@code ParameterNotFoundException}. A {@link ParameterCache} read that fails this way fails with a
 * {@link dev.awskit.core.cache.CacheLoadException} whose cause is this exception.
 */
public class ParameterStoreException extends AwsKitSecretsException {
    private static final long serialVersionUID = 1L;

    private final String parameterName;

    /**
     * Creates the exception.
     *
     * @param message what failed
     * @param cause the SDK's error
     * @param parameterName the parameter (with any selector) or path involved
     */
    public ParameterStoreException(String message, Throwable cause, String parameterName) {
        super(message, cause);
        this.parameterName = parameterName;
    }

    /**
     * Returns the parameter or path the call was about.
     *
     * @return the name, with any {@code :version} or {@code :label} selector, or the path
     */
    public String parameterName() {
        return parameterName;
    }
}

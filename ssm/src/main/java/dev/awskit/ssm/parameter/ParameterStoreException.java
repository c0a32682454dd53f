package dev.awskit.ssm.parameter;

import dev.awskit.core.AwsKitException;

/** A Parameter Store call failed; names the parameter (never its value). */
public class ParameterStoreException extends AwsKitException {
    private static final long serialVersionUID = 1L;

    private final String parameterName;

    /**
     * Creates the exception.
     *
     * @param message what failed
     * @param cause the SDK's error
     * @param parameterName the parameter or path involved
     */
    public ParameterStoreException(String message, Throwable cause, String parameterName) {
        super(message, cause);
        this.parameterName = parameterName;
    }

    /** @return the parameter name or path */
    public String parameterName() {
        return parameterName;
    }
}

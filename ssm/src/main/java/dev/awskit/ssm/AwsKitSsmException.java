package dev.awskit.ssm;

import dev.awskit.core.AwsKitException;

/**
 * The root of every failure the ssm module raises, except timeouts: {@link AutomationException} (and its
 * {@link AutomationStartException} and {@link AutomationFailedException}), {@link AutomationParameterException}
 * and the Run Command failures of {@code dev.awskit.ssm.command}. Timeouts ({@link AutomationTimeoutException},
 * {@code CommandTimeoutException}) extend {@link dev.awskit.core.AwsKitTimeoutException} instead, so one catch
 * handles every awskit wait that ran out.
 *
 * <p>Named so that it never clashes with the SDK's {@code SsmException} in the same file. Messages carry
 * identifiers (execution id, command id, document, client token), never a parameter value.
 */
public class AwsKitSsmException extends AwsKitException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message.
     *
     * @param message what went wrong, with the identifiers involved
     */
    public AwsKitSsmException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and the failure that caused it.
     *
     * @param message what went wrong, with the identifiers involved
     * @param cause the underlying failure, typically an SDK exception, or {@code null}
     */
    public AwsKitSsmException(String message, Throwable cause) {
        super(message, cause);
    }
}

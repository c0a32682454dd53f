package dev.awskit.ssm.internal;

import dev.awskit.core.TransientErrors;
import dev.awskit.core.poll.PollFailedException;

/** How ssm messages name an underlying failure: its class, its AWS error code, and optionally its message. */
public final class ErrorText {
    private ErrorText() {
    }

    /**
     * Names a failure without its message, e.g. {@code ThrottlingException [ThrottlingException]}.
     *
     * @param error the failure
     * @return its class's simple name and AWS error code
     */
    public static String name(Throwable error) {
        String code = TransientErrors.errorCode(error);
        return error.getClass().getSimpleName() + (code == null ? "" : " [" + code + "]");
    }

    /**
     * Names a failure with its message, for exception messages (SDK messages carry no parameter values).
     *
     * @param error the failure
     * @return {@link #name(Throwable)} and the message
     */
    public static String describe(Throwable error) {
        return name(error) + (error.getMessage() == null ? "" : ": " + error.getMessage());
    }

    /**
     * Returns the failure behind a failed poll: the cause of a {@link PollFailedException}, else the failure itself.
     *
     * @param error a wait's failure
     * @return the error the service or the client raised
     */
    public static Throwable reason(Throwable error) {
        return error instanceof PollFailedException && error.getCause() != null ? error.getCause() : error;
    }
}

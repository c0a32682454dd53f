package dev.awskit.core.poll;

import java.time.Duration;

/**
 * A wait that ran out of time or attempts before an answer was final. {@link #getCause()} is the last
 * transient error when the last poll failed.
 */
public class PollTimeoutException extends PollException {
    private static final long serialVersionUID = 1L;

    /** Which limit ended the wait. */
    public enum Limit {
        /** The overall deadline passed. */
        DEADLINE,
        /** The attempt limit was reached. */
        ATTEMPTS
    }

    private final Limit limit;

    /**
     * Creates the exception.
     *
     * @param message what ran out
     * @param cause the last transient error, or {@code null}
     * @param limit which limit was reached
     * @param name the wait's name
     * @param attempts polls made
     * @param elapsed time spent
     * @param lastResponse the last answer, or {@code null}
     */
    public PollTimeoutException(String message, Throwable cause, Limit limit, String name, int attempts,
            Duration elapsed, Object lastResponse) {
        super(message, cause, name, attempts, elapsed, lastResponse);
        this.limit = limit;
    }

    /**
     * Returns which limit ended the wait.
     *
     * @return the limit
     */
    public Limit limit() {
        return limit;
    }
}

package dev.awskit.core.poll;

import java.time.Duration;

/**
 * A wait that ended in failure: the classifier called an answer a {@link PollOutcome#FAILURE}, or a call
 * failed with an error that is not transient. In the second case {@link #getCause()} is that error.
 */
public class PollFailedException extends PollException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what failed
     * @param cause the call's failure, or {@code null} when an answer was classified as failure
     * @param name the wait's name
     * @param attempts polls made
     * @param elapsed time spent
     * @param lastResponse the last answer, or {@code null}
     */
    public PollFailedException(
            String message, Throwable cause, String name, int attempts, Duration elapsed, Object lastResponse) {
        super(message, cause, name, attempts, elapsed, lastResponse);
    }
}

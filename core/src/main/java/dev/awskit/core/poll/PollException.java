package dev.awskit.core.poll;

import dev.awskit.core.AwsKitException;
import java.time.Duration;
import java.util.Optional;

/**
 * A wait that ended without success. Carries the last answer seen (which the SDK's own waiters drop), the
 * number of attempts and the time spent.
 */
public abstract class PollException extends AwsKitException {
    private static final long serialVersionUID = 1L;

    private final String name;
    private final int attempts;
    private final Duration elapsed;
    private final transient Object lastResponse;

    PollException(String message, Throwable cause, String name, int attempts, Duration elapsed, Object lastResponse) {
        super(message, cause);
        this.name = name;
        this.attempts = attempts;
        this.elapsed = elapsed;
        this.lastResponse = lastResponse;
    }

    /**
     * Returns the wait's name from its policy.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * Returns how many polls were made.
     *
     * @return the number of attempts
     */
    public int attempts() {
        return attempts;
    }

    /**
     * Returns how long the wait lasted.
     *
     * @return the elapsed time
     */
    public Duration elapsed() {
        return elapsed;
    }

    /**
     * Returns the last answer any poll gave, if one did.
     *
     * @return the last answer, or empty
     */
    public Optional<Object> lastResponse() {
        return Optional.ofNullable(lastResponse);
    }

    /**
     * Returns the last answer as {@code type}, if one was seen and has that type.
     *
     * @param type the expected answer type
     * @param <R> the answer type
     * @return the last answer, or empty
     */
    public <R> Optional<R> lastResponse(Class<R> type) {
        return type.isInstance(lastResponse) ? Optional.of(type.cast(lastResponse)) : Optional.empty();
    }
}

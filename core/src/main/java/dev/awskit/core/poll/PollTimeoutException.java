package dev.awskit.core.poll;

import dev.awskit.core.AwsKitTimeoutException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A wait that ran out of time or attempts before an answer was final. {@link #getCause()} is the last transient
 * error when the last poll failed. Like every awskit timeout, an {@link AwsKitTimeoutException}.
 */
public class PollTimeoutException extends AwsKitTimeoutException implements PollFailure {
    private static final long serialVersionUID = 1L;

    /** Which limit ended the wait. */
    public enum Limit {
        /** The overall deadline passed. */
        DEADLINE,
        /** The attempt limit was reached. */
        ATTEMPTS
    }

    private final Limit limit;
    private final String name;
    private final int attempts;
    private final transient Object lastResponse;

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
     * @throws NullPointerException if {@code limit} or {@code elapsed} is null
     */
    public PollTimeoutException(String message, Throwable cause, Limit limit, String name, int attempts,
            Duration elapsed, Object lastResponse) {
        super(message, cause, elapsed);
        this.limit = Objects.requireNonNull(limit, "limit");
        this.name = name;
        this.attempts = attempts;
        this.lastResponse = lastResponse;
    }

    /**
     * Returns which limit ended the wait.
     *
     * @return the limit
     */
    public Limit limit() {
        return limit;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int attempts() {
        return attempts;
    }

    @Override
    public Optional<Object> lastResponse() {
        return Optional.ofNullable(lastResponse);
    }
}

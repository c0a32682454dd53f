package dev.awskit.core.poll;

import dev.awskit.core.AwsKitException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A wait that ended without success before its deadline: the classifier judged an answer a failure, or a poll failed
 * with an error that is not transient ({@link #getCause()}). Carries the last answer seen, the number of attempts and
 * the time spent.
 */
public class PollFailedException extends AwsKitException implements PollFailure {
    private static final long serialVersionUID = 1L;

    private final String name;
    private final int attempts;
    private final Duration elapsed;
    private final transient Object lastResponse;

    /**
     * Creates the exception.
     *
     * @param message what failed
     * @param cause the error that ended the wait, or {@code null} when an answer was judged a failure
     * @param name the wait's name
     * @param attempts polls made
     * @param elapsed time spent
     * @param lastResponse the last answer, or {@code null}
     */
    public PollFailedException(
            String message, Throwable cause, String name, int attempts, Duration elapsed, Object lastResponse) {
        super(message, cause);
        this.name = name;
        this.attempts = attempts;
        this.elapsed = Objects.requireNonNull(elapsed, "elapsed");
        this.lastResponse = lastResponse;
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
    public Duration elapsed() {
        return elapsed;
    }

    @Override
    public Optional<Object> lastResponse() {
        return Optional.ofNullable(lastResponse);
    }
}

package dev.awskit.core.poll;

import java.time.Duration;
import java.util.Optional;

/**
 * One poll as a listener sees it.
 *
 * @param name the wait's name, as given in its {@link PollPolicy}
 * @param number the attempt number, from 1
 * @param elapsed time since the wait started
 * @param response the answer, or {@code null} when the call failed
 * @param error the call's failure, or {@code null} when it answered
 * @param outcome what the attempt means for the wait
 * @param nextDelay the wait before the next attempt, or {@code null} when the wait is over
 * @param <T> the answer type
 */
public record PollAttempt<T>(
        String name, int number, Duration elapsed, T response, Throwable error, PollOutcome outcome, Duration nextDelay) {

    /**
     * Returns the answer, when the call answered.
     *
     * @return the answer or empty
     */
    public Optional<T> responseIfPresent() {
        return Optional.ofNullable(response);
    }

    /**
     * Returns the failure, when the call failed.
     *
     * @return the failure or empty
     */
    public Optional<Throwable> errorIfPresent() {
        return Optional.ofNullable(error);
    }
}

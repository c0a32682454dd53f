package dev.awskit.core.poll;

import java.time.Duration;
import java.util.Optional;

/**
 * What every wait that ended without success tells: the wait's name, how many polls were made, how long it lasted,
 * and the last answer seen (which the SDK's own waiters drop). Implemented by {@link PollFailedException} (the answer
 * or an error said the wait cannot succeed) and {@link PollTimeoutException} (time or attempts ran out).
 */
public interface PollFailure {

    /**
     * Returns the wait's name from its policy.
     *
     * @return the name
     */
    String name();

    /**
     * Returns how many polls were made.
     *
     * @return the number of attempts
     */
    int attempts();

    /**
     * Returns how long the wait lasted.
     *
     * @return the elapsed time
     */
    Duration elapsed();

    /**
     * Returns the last answer any poll gave, if one did.
     *
     * @return the last answer, or empty
     */
    Optional<Object> lastResponse();

    /**
     * Returns the last answer as {@code type}, if one was seen and has that type.
     *
     * @param type the expected answer type
     * @param <R> the answer type
     * @return the last answer, or empty
     */
    default <R> Optional<R> lastResponse(Class<R> type) {
        return lastResponse().filter(type::isInstance).map(type::cast);
    }
}

package dev.awskit.core;

import java.time.Duration;
import java.util.Objects;

/**
 * A wait ran out of time (or of attempts) before the thing waited for was done. Every awskit timeout extends this
 * class, whatever module raised it ({@code PollTimeoutException}, {@code AutomationTimeoutException},
 * {@code CommandTimeoutException}, a table or bucket that did not become ready), so one {@code catch} handles them
 * all:
 *
 * <pre>{@code
 * try {
 *     helper.sync().run(request);
 * } catch (AwsKitTimeoutException e) {
 *     // any awskit wait that ran out: e.elapsed(), e.getMessage() names what was awaited
 * } catch (AwsKitException e) {
 *     // every other awskit failure
 * }
 * }</pre>
 *
 * <p>A timeout is not a module failure: it says nothing about whether the awaited work will still succeed.
 * Subclasses say what was awaited and, where it is known, what state it was last seen in.
 */
public class AwsKitTimeoutException extends AwsKitException {
    private static final long serialVersionUID = 1L;

    private final Duration elapsed;

    /**
     * Creates the exception.
     *
     * @param message what was awaited and which limit ran out, with identifiers only
     * @param cause the last error seen while waiting, or {@code null}
     * @param elapsed how long the wait lasted
     * @throws NullPointerException if {@code elapsed} is null
     */
    public AwsKitTimeoutException(String message, Throwable cause, Duration elapsed) {
        super(message, cause);
        this.elapsed = Objects.requireNonNull(elapsed, "elapsed");
    }

    /**
     * Returns how long the wait lasted before it gave up.
     *
     * @return the time spent waiting
     */
    public Duration elapsed() {
        return elapsed;
    }
}

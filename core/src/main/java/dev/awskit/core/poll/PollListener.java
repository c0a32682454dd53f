package dev.awskit.core.poll;

/**
 * Sees every attempt of a wait and every change of the status the policy extracts. Called on the poller's
 * scheduler thread, one call at a time per wait; it must not block. An exception thrown by a listener is
 * logged and otherwise ignored, so a listener cannot break a wait.
 *
 * @param <T> the answer type
 */
public interface PollListener<T> {

    /**
     * Called after each attempt has been classified.
     *
     * @param attempt the attempt
     */
    default void onAttempt(PollAttempt<T> attempt) {
    }

    /**
     * Called when the status extracted by {@link PollPolicy.Builder#status(java.util.function.Function)}
     * differs from the previous answer's, including the first status seen (then {@code previous} is null).
     *
     * @param previous the status before, or {@code null} at the first answer
     * @param current the new status
     * @param attempt the attempt that saw it
     */
    default void onStatusChange(String previous, String current, PollAttempt<T> attempt) {
    }

    /**
     * A listener that does nothing.
     *
     * @param <T> the answer type
     * @return a no-op listener
     */
    static <T> PollListener<T> none() {
        return new PollListener<>() {
        };
    }
}

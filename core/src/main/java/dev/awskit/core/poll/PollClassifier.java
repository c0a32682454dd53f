package dev.awskit.core.poll;

/**
 * Maps a poll's answer to an outcome. Runs on the poller's scheduler thread; must be quick and not block.
 *
 * @param <T> the answer type
 */
@FunctionalInterface
public interface PollClassifier<T> {

    /**
     * Classifies one answer.
     *
     * @param response the answer of the latest poll, never {@code null}
     * @return the outcome; {@code null} is treated as {@link PollOutcome#CONTINUE}
     */
    PollOutcome classify(T response);
}

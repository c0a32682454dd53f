package dev.awskit.core.poll;

/** What one poll's answer means for the wait. */
public enum PollOutcome {
    /** The wait is over and succeeded; the answer becomes the result. */
    SUCCESS,
    /** The wait is over and failed; the answer is carried by a {@link PollFailedException}. */
    FAILURE,
    /** Not finished yet: poll again after the backoff. */
    CONTINUE
}

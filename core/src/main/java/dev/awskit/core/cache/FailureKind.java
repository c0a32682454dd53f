package dev.awskit.core.cache;

/**
 * What a failed load says about the item it tried to read, as a {@link FailureClassifier} decides it. Only
 * {@link #NOT_FOUND} and {@link #FORBIDDEN} end the serving of a stale value; an {@link #OUTAGE} never does
 * before the maximum staleness.
 */
public enum FailureKind {
    /** The item does not exist: not found, deleted or scheduled for deletion, or its name is invalid. */
    NOT_FOUND,
    /** The item exists but may not be read: access denied, or its decryption was refused. */
    FORBIDDEN,
    /**
     * Anything else: throttling, server errors, timeouts, broken connections, and client-side failures such as
     * credentials that cannot be loaded. Retrying later may succeed.
     */
    OUTAGE;

    /**
     * Tells whether this failure says the item itself is gone or forbidden, so a stale value must stop being
     * served once its hard TTL has passed.
     *
     * @return {@code true} for {@link #NOT_FOUND} and {@link #FORBIDDEN}
     */
    public boolean endsStaleServing() {
        return this != OUTAGE;
    }
}

package dev.awskit.s3.event;

/**
 * Hears a drain's progress. Methods run on the SDK's or the handlers' threads, possibly at once for different
 * records: they must be quick and thread-safe. An exception thrown by a listener is logged and ignored.
 */
public interface DrainListener {
    /**
     * A receive returned messages.
     *
     * @param count how many
     */
    default void onReceived(int count) {
    }

    /**
     * A record's handler succeeded.
     *
     * @param record the record
     */
    default void onProcessed(S3EventRecord record) {
    }

    /**
     * A record's handler failed; its message stays in the queue.
     *
     * @param failure the failure
     */
    default void onFailed(DrainReport.RecordFailure failure) {
    }

    /**
     * A message was not an S3 event; it stays in the queue.
     *
     * @param message the message and the reason
     */
    default void onUnrecognized(DrainReport.Unrecognized message) {
    }

    /**
     * The drain ended.
     *
     * @param report what it did
     */
    default void onFinished(DrainReport report) {
    }

    /**
     * Returns a listener that hears nothing.
     *
     * @return the listener
     */
    static DrainListener none() {
        return new DrainListener() { };
    }

    /**
     * Returns a listener for people: INFO for each batch received and the end, WARN for each failure and
     * unrecognized message (ids, keys and reasons only).
     *
     * @return the listener
     */
    static DrainListener logging() {
        return new LoggingDrainListener();
    }
}

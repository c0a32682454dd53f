package dev.awskit.s3.transfer;

/**
 * Hears a transfer's progress. Called on the SDK's threads: quick, thread-safe, and never throwing (an exception is
 * logged and ignored).
 */
public interface TransferListener {
    /**
     * Bytes moved.
     *
     * @param progress where the transfer stands
     */
    default void onProgress(TransferProgress progress) {
    }

    /**
     * The transfer completed.
     *
     * @param progress the final state
     */
    default void onComplete(TransferProgress progress) {
    }

    /**
     * The transfer failed.
     *
     * @param progress the state when it failed
     * @param error the failure
     */
    default void onFailed(TransferProgress progress, Throwable error) {
    }

    /**
     * Returns a listener that hears nothing.
     *
     * @return the listener
     */
    static TransferListener none() {
        return new TransferListener() { };
    }

    /**
     * Returns the listener for people: an INFO line at every further 10 % (or 64 MiB when the size is unknown) with
     * percent and throughput, one at the end, a WARN on failure.
     *
     * @return a new listener; use one per transfer
     */
    static TransferListener logging() {
        return new LoggingTransferListener();
    }
}

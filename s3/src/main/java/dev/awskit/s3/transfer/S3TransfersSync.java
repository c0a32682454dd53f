package dev.awskit.s3.transfer;

import dev.awskit.core.Futures;
import java.nio.file.Path;
import java.util.Objects;

/** The blocking view of {@link S3Transfers}; failures are thrown unwrapped. Thread-safe. */
public final class S3TransfersSync {
    private final S3Transfers transfers;

    S3TransfersSync(S3Transfers transfers) {
        this.transfers = Objects.requireNonNull(transfers, "transfers");
    }

    /**
     * Uploads a file.
     *
     * @param bucket the bucket
     * @param key the key
     * @param file the file
     * @return the result
     * @see S3Transfers#upload(String, String, Path)
     */
    public TransferResult upload(String bucket, String key, Path file) {
        return Futures.join(transfers.upload(bucket, key, file));
    }

    /**
     * Uploads a file.
     *
     * @param bucket the bucket
     * @param key the key
     * @param file the file
     * @param listener hears progress
     * @return the result
     * @see S3Transfers#upload(String, String, Path, TransferListener)
     */
    public TransferResult upload(String bucket, String key, Path file, TransferListener listener) {
        return Futures.join(transfers.upload(bucket, key, file, listener));
    }

    /**
     * Downloads an object to a file.
     *
     * @param bucket the bucket
     * @param key the key
     * @param file the target
     * @return the result
     * @see S3Transfers#download(String, String, Path)
     */
    public TransferResult download(String bucket, String key, Path file) {
        return Futures.join(transfers.download(bucket, key, file));
    }

    /**
     * Downloads an object to a file.
     *
     * @param bucket the bucket
     * @param key the key
     * @param file the target
     * @param listener hears progress
     * @return the result
     * @see S3Transfers#download(String, String, Path, TransferListener)
     */
    public TransferResult download(String bucket, String key, Path file, TransferListener listener) {
        return Futures.join(transfers.download(bucket, key, file, listener));
    }
}

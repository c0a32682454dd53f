package dev.awskit.s3.transfer.internal;

import dev.awskit.s3.transfer.TransferListener;
import dev.awskit.s3.transfer.TransferResult;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/** What S3Transfers asks of the Transfer Manager, in types that do not need it on the class path. */
public interface TransferEngine extends AutoCloseable {
    /**
     * Uploads a file.
     *
     * @param bucket the bucket
     * @param key the key
     * @param file the file
     * @param listener hears progress
     * @return the result
     */
    CompletableFuture<TransferResult> upload(String bucket, String key, Path file, TransferListener listener);

    /**
     * Downloads an object to a file.
     *
     * @param bucket the bucket
     * @param key the key
     * @param file the target
     * @param listener hears progress
     * @return the result
     */
    CompletableFuture<TransferResult> download(String bucket, String key, Path file, TransferListener listener);

    @Override
    void close();
}

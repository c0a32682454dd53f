package dev.awskit.s3.transfer.internal;

import dev.awskit.core.Futures;
import dev.awskit.s3.AwsKitS3Exception;
import dev.awskit.s3.transfer.TransferListener;
import dev.awskit.s3.transfer.TransferProgress;
import dev.awskit.s3.transfer.TransferProgress.Direction;
import dev.awskit.s3.transfer.TransferResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.transfer.s3.S3TransferManager;
import software.amazon.awssdk.transfer.s3.model.CompletedFileDownload;
import software.amazon.awssdk.transfer.s3.model.CompletedFileUpload;
import software.amazon.awssdk.transfer.s3.progress.TransferProgressSnapshot;

/**
 * The S3 Transfer Manager behind {@link TransferEngine}. The only class that names the Transfer Manager's types, and
 * loaded only after {@link OptionalDependency} found them.
 */
public final class TransferManagerEngine implements TransferEngine {
    private static final Logger LOG = LoggerFactory.getLogger(TransferManagerEngine.class);

    private final S3TransferManager manager;

    /**
     * Creates the engine; the Transfer Manager never closes a client it was given.
     *
     * @param client the caller's client (CRT-based or {@code multipartEnabled(true)} for multipart transfers)
     */
    public TransferManagerEngine(S3AsyncClient client) {
        this.manager = S3TransferManager.builder().s3Client(client).build();
    }

    @Override
    public CompletableFuture<TransferResult> upload(String bucket, String key, Path file, TransferListener listener) {
        Tracker tracker = new Tracker(Direction.UPLOAD, bucket, key, listener);
        CompletableFuture<? extends CompletedFileUpload> done =
                manager.uploadFile(u -> u.source(file).putObjectRequest(p -> p.bucket(bucket).key(key))
                        .addTransferListener(tracker)).completionFuture();
        return tracker.result(done, response -> response.response().eTag());
    }

    @Override
    public CompletableFuture<TransferResult> download(String bucket, String key, Path file, TransferListener listener) {
        Tracker tracker = new Tracker(Direction.DOWNLOAD, bucket, key, listener);
        CompletableFuture<? extends CompletedFileDownload> done =
                manager.downloadFile(d -> d.destination(file).getObjectRequest(g -> g.bucket(bucket).key(key))
                        .addTransferListener(tracker)).completionFuture();
        return tracker.result(done, response -> response.response().eTag());
    }

    @Override
    public void close() {
        manager.close();
    }

    /** Adapts the Transfer Manager's listener to awskit's, and its future to a result. */
    private static final class Tracker implements software.amazon.awssdk.transfer.s3.progress.TransferListener {
        private final Direction direction;
        private final String bucket;
        private final String key;
        private final TransferListener listener;
        private final long start = System.nanoTime();
        private volatile TransferProgress last;

        Tracker(Direction direction, String bucket, String key, TransferListener listener) {
            this.direction = direction;
            this.bucket = bucket;
            this.key = key;
            this.listener = listener;
            this.last = progress(0, OptionalLong.empty());
        }

        /** Parts finish on several threads, so snapshots arrive out of order: listeners only ever see progress grow. */
        @Override
        public synchronized void bytesTransferred(Context.BytesTransferred context) {
            TransferProgressSnapshot snapshot = context.progressSnapshot();
            if (snapshot.transferredBytes() <= last.transferredBytes()) {
                return;
            }
            TransferProgress now = progress(snapshot.transferredBytes(), snapshot.totalBytes());
            last = now;
            safely(l -> l.onProgress(now));
        }

        <R> CompletableFuture<TransferResult> result(CompletableFuture<R> done,
                Function<R, String> eTag) {
            CompletableFuture<TransferResult> result = new CompletableFuture<>();
            done.whenComplete((response, error) -> {
                TransferProgress end = progress(last.transferredBytes(), last.totalBytes());
                if (error != null) {
                    Throwable cause = Futures.unwrap(error);
                    safely(l -> l.onFailed(end, cause));
                    result.completeExceptionally(cause instanceof CancellationException ? cause
                            : new AwsKitS3Exception(direction.name().toLowerCase(Locale.ROOT) + " of s3://"
                                    + bucket + "/" + key + " failed: " + cause, cause, bucket, key));
                    return;
                }
                safely(l -> l.onComplete(end));
                String tag = eTag.apply(response);
                result.complete(new TransferResult(bucket, key, end.transferredBytes(), tag == null ? "" : tag,
                        end.elapsed()));
            });
            result.whenComplete((value, error) -> {
                if (result.isCancelled()) {
                    done.cancel(true);
                }
            });
            return result;
        }

        private TransferProgress progress(long bytes, OptionalLong total) {
            return new TransferProgress(direction, bucket, key, bytes, total,
                    Duration.ofNanos(System.nanoTime() - start));
        }

        private void safely(Consumer<TransferListener> event) {
            try {
                event.accept(listener);
            } catch (RuntimeException e) {
                LOG.warn("transfer listener failed; ignored: {}", e.toString());
            }
        }
    }
}

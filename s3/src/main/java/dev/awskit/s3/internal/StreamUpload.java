package dev.awskit.s3.internal;

import dev.awskit.core.Futures;
import dev.awskit.s3.AwsKitS3Exception;
import dev.awskit.s3.MultipartUploadException;
import dev.awskit.s3.PutOptions;
import dev.awskit.s3.UploadResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.async.AsyncRequestBody;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.CompletedPart;

/**
 * One upload of a stream of unknown length. A reading thread cuts the stream into parts of {@code partSize} bytes
 * (gzip-compressing on the way if asked) while earlier parts upload; at most {@code maxParts} part buffers exist at
 * once, so memory stays bounded whatever the stream's length. A stream that fits into one part goes up as a single
 * {@code PutObject}. Any failure, and cancelling the result, stops the reading, waits for the parts in flight and
 * aborts the multipart upload, so no part is left behind.
 */
public final class StreamUpload {
    private static final Logger LOG = LoggerFactory.getLogger(StreamUpload.class);
    private static final int MAX_PARTS = 10_000;

    private final BucketContext ctx;
    private final String key;
    private final InputStream in;
    private final PutOptions options;
    private final int partSize;
    private final PartBuffers buffers;
    private final CompletableFuture<UploadResult> result = new CompletableFuture<>();
    private final CompletableFuture<Void> readerDone = new CompletableFuture<>();
    private final List<CompletableFuture<CompletedPart>> parts = new ArrayList<>();
    private final AtomicInteger accepted = new AtomicInteger();
    private volatile Throwable failure;
    private volatile CompletableFuture<String> uploadId;
    private volatile CompletableFuture<?> singlePut;
    private long size;

    /**
     * Prepares the upload.
     *
     * @param ctx the bucket
     * @param key the key
     * @param in the stream, read to its end (not closed)
     * @param options how to store it
     * @param partSize bytes per part
     * @param maxParts part buffers at most
     */
    public StreamUpload(BucketContext ctx, String key, InputStream in, PutOptions options, int partSize,
            int maxParts) {
        this.ctx = ctx;
        this.key = key;
        this.in = in;
        this.options = options;
        this.partSize = partSize;
        this.buffers = new PartBuffers(partSize, maxParts);
    }

    /**
     * Starts reading on the I/O executor.
     *
     * @return the result; cancelling it stops the upload and aborts it
     */
    public CompletableFuture<UploadResult> start() {
        result.whenComplete((value, error) -> {
            if (result.isCancelled()) {
                fail(new CancellationException("upload of s3://" + ctx.bucket() + "/" + key + " cancelled"));
            }
        });
        try {
            ctx.ioExecutor().execute(this::read);
        } catch (RejectedExecutionException e) {
            readerDone.complete(null);
            fail(e);
        }
        return result;
    }

    private boolean stopped() {
        return failure != null;
    }

    private void read() {
        try {
            PartSink sink = new PartSink(buffers, this::stopped, this::onPart);
            try (OutputStream out = options.gzip() ? new GZIPOutputStream(sink, 64 * 1024) : sink) {
                byte[] chunk = new byte[64 * 1024];
                int n;
                while (!stopped() && (n = in.read(chunk)) != -1) {
                    out.write(chunk, 0, n);
                    size += n;
                }
            }
        } catch (PartSink.StoppedException stoppedWhileWaiting) {
            // failure is set; fail() aborts
        } catch (IOException | RuntimeException e) {
            fail(e);
        } finally {
            readerDone.complete(null);
        }
        if (!stopped() && uploadId != null) {
            completeMultipart();
        }
    }

    /** Runs on the reading thread, which alone adds parts. */
    private void onPart(byte[] buffer, int length, int partNumber, boolean last) {
        if (stopped()) {
            buffers.release();
            return;
        }
        if (partNumber == 1 && last) {
            putSingle(buffer, length);
            return;
        }
        if (partNumber > MAX_PARTS) {
            buffers.release();
            fail(new IllegalArgumentException("stream is longer than " + MAX_PARTS + " parts of " + partSize
                    + " bytes; raise partSize"));
            return;
        }
        if (uploadId == null) {
            uploadId = ctx.call("create multipart upload", key, o -> ctx.client().createMultipartUpload(r ->
                    Requests.create(r, options, Requests.OCTETS).bucket(ctx.bucket()).key(key)
                            .checksumAlgorithm(ChecksumAlgorithm.CRC32).overrideConfiguration(o)))
                    .thenApply(response -> response.uploadId());
        }
        CompletableFuture<CompletedPart> part = Async.then(uploadId, id -> uploadPart(id, partNumber, buffer, length));
        part.whenComplete((done, error) -> {
            if (error != null) {
                buffers.release();
                fail(error);
            } else {
                buffers.release(buffer);
                accepted.incrementAndGet();
            }
        });
        synchronized (parts) {
            parts.add(part);
        }
    }

    private CompletableFuture<CompletedPart> uploadPart(String id, int partNumber, byte[] buffer, int length) {
        LOG.debug("upload part {} ({} bytes) of s3://{}/{}", partNumber, length, ctx.bucket(), key);
        return ctx.call("upload part " + partNumber, key, o -> ctx.client().uploadPart(r -> r
                .bucket(ctx.bucket()).key(key).uploadId(id).partNumber(partNumber).contentLength((long) length)
                .checksumAlgorithm(ChecksumAlgorithm.CRC32).overrideConfiguration(o),
                AsyncRequestBody.fromByteBufferUnsafe(ByteBuffer.wrap(buffer, 0, length))))
                .thenApply(response -> CompletedPart.builder().partNumber(partNumber).eTag(response.eTag())
                        .checksumCRC32(response.checksumCRC32()).build());
    }

    private void putSingle(byte[] buffer, int length) {
        CompletableFuture<UploadResult> put = ctx.call("put", key, o -> ctx.client().putObject(r ->
                Requests.put(r, options, Requests.OCTETS).bucket(ctx.bucket()).key(key)
                        .contentLength((long) length).overrideConfiguration(o),
                AsyncRequestBody.fromByteBufferUnsafe(ByteBuffer.wrap(buffer, 0, length))))
                .thenApply(r -> new UploadResult(key, r.eTag(), Optional.ofNullable(r.versionId()), size, 1,
                        buffers.peak()));
        singlePut = put;
        put.whenComplete((done, error) -> {
            buffers.release();
            if (error != null) {
                fail(error);
            } else {
                result.complete(done);
            }
        });
    }

    private void completeMultipart() {
        List<CompletableFuture<CompletedPart>> all = snapshot();
        Async.then(CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).thenCompose(v -> uploadId),
                id -> {
                    List<CompletedPart> done = all.stream().map(CompletableFuture::join)
                            .sorted(Comparator.comparing(CompletedPart::partNumber)).toList();
                    return ctx.call("complete multipart upload", key, o -> ctx.client().completeMultipartUpload(r -> r
                            .bucket(ctx.bucket()).key(key).uploadId(id).multipartUpload(m -> m.parts(done))
                            .overrideConfiguration(o)));
                }).whenComplete((response, error) -> {
                    if (error != null) {
                        fail(error);
                        return;
                    }
                    LOG.debug("uploaded s3://{}/{} in {} parts, {} bytes read", ctx.bucket(), key, all.size(), size);
                    result.complete(new UploadResult(key, response.eTag(), Optional.ofNullable(response.versionId()),
                            size, all.size(), buffers.peak()));
                });
    }

    private void fail(Throwable error) {
        synchronized (this) {
            if (failure != null) {
                return;
            }
            failure = Futures.unwrap(error);
        }
        CompletableFuture<?> single = singlePut;
        if (single != null) {
            single.cancel(true);
        }
        snapshot().forEach(part -> part.cancel(true));
        readerDone.thenRun(this::abort);
    }

    /** After the reader stopped, so no part can start after the abort. */
    private void abort() {
        CompletableFuture<String> id = uploadId;
        if (id == null) {
            result.completeExceptionally(plain(failure));
            return;
        }
        List<CompletableFuture<CompletedPart>> all = snapshot();
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).handle((v, e) -> null)
                .thenCompose(v -> id)
                .thenCompose(uploadIdValue -> ctx.call("abort multipart upload", key, o -> ctx.client()
                        .abortMultipartUpload(r -> r.bucket(ctx.bucket()).key(key).uploadId(uploadIdValue)
                                .overrideConfiguration(o)))
                        .handle((response, abortError) -> {
                            MultipartUploadException failed = new MultipartUploadException(ctx.bucket(), key,
                                    uploadIdValue, accepted.get(), abortError == null, failure);
                            if (abortError != null) {
                                failed.addSuppressed(Futures.unwrap(abortError));
                                LOG.warn("multipart upload {} of s3://{}/{} could not be aborted: {}", uploadIdValue,
                                        ctx.bucket(), key, Futures.unwrap(abortError).toString());
                            } else {
                                LOG.debug("aborted multipart upload {} of s3://{}/{}", uploadIdValue, ctx.bucket(),
                                        key);
                            }
                            return failed;
                        }))
                .whenComplete((failed, createError) -> result.completeExceptionally(
                        failed != null ? failed : plain(createError == null ? failure : Futures.unwrap(createError))));
    }

    private RuntimeException plain(Throwable error) {
        if (error instanceof RuntimeException runtime && (error instanceof AwsKitS3Exception
                || error instanceof CancellationException || error instanceof IllegalArgumentException)) {
            return runtime;
        }
        return new AwsKitS3Exception("Upload of s3://" + ctx.bucket() + "/" + key + " failed: " + error, error,
                ctx.bucket(), key);
    }

    private List<CompletableFuture<CompletedPart>> snapshot() {
        synchronized (parts) {
            return List.copyOf(parts);
        }
    }
}

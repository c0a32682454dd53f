package dev.awskit.s3.transfer;

import dev.awskit.s3.transfer.internal.Engines;
import dev.awskit.s3.transfer.internal.TransferEngine;
import dev.awskit.core.spi.Checks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.services.s3.S3AsyncClient;

/**
 * Large files through the S3 Transfer Manager (parallel multipart transfers), with progress in awskit's own types:
 *
 * <pre>{@code
 * S3AsyncClient s3 = S3AsyncClient.builder().multipartEnabled(true).build();   // or S3AsyncClient.crtBuilder()
 * try (S3Transfers transfers = S3Transfers.create(s3)) {
 *     transfers.sync().upload("backups", "db/2026-03-01.dump", Path.of("/var/backups/db.dump"),
 *             TransferListener.logging());   // "upload s3://backups/db/...: 40 % of 2048.0 MiB at 85.3 MiB/s"
 * }
 * }</pre>
 *
 * <p>The Transfer Manager ({@code software.amazon.awssdk:s3-transfer-manager}) is an <b>optional</b> dependency of
 * awskit-s3, so code that never moves large files does not carry it: add it to use this class; without it
 * {@link #create(S3AsyncClient)} fails with an {@link IllegalStateException} naming those coordinates. The client
 * decides how transfers run: a client built with {@code multipartEnabled(true)} (pure Java) or the CRT-based client
 * splits large files into parallel parts; a plain client moves each file in one request.
 *
 * <p>Thread-safe. Close it to release the Transfer Manager; the client stays the caller's.
 */
public final class S3Transfers implements AutoCloseable {
    private final TransferEngine engine;
    private final TransferListener defaultListener;
    private final S3TransfersSync sync = new S3TransfersSync(this);

    private S3Transfers(Builder b) {
        this.engine = Engines.transferManager(b.client);
        this.defaultListener = b.listener;
    }

    /**
     * Creates the helper with no default listener.
     *
     * @param client the client; stays the caller's
     * @return the helper; close it when done
     * @throws IllegalStateException if {@code software.amazon.awssdk:s3-transfer-manager} is not on the class path
     */
    public static S3Transfers create(S3AsyncClient client) {
        return builder(client).build();
    }

    /**
     * Starts configuring the helper.
     *
     * @param client the client; stays the caller's
     * @return a builder
     */
    public static Builder builder(S3AsyncClient client) {
        return new Builder(client);
    }

    /**
     * Uploads a file, telling the default listener.
     *
     * @param bucket the bucket
     * @param key the key
     * @param file the file
     * @return the result; cancelling it cancels the transfer
     * @throws IllegalArgumentException if {@code file} is not a readable regular file, or a name is blank
     */
    public CompletableFuture<TransferResult> upload(String bucket, String key, Path file) {
        return upload(bucket, key, file, defaultListener);
    }

    /**
     * Uploads a file.
     *
     * @param bucket the bucket
     * @param key the key
     * @param file the file
     * @param listener hears this transfer's progress
     * @return the result; cancelling it cancels the transfer
     * @throws IllegalArgumentException if {@code file} is not a readable regular file, or a name is blank
     */
    public CompletableFuture<TransferResult> upload(String bucket, String key, Path file, TransferListener listener) {
        check(bucket, key, listener);
        Objects.requireNonNull(file, "file");
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new IllegalArgumentException("file is not a readable regular file: '" + file + "'");
        }
        return engine.upload(bucket, key, file, listener);
    }

    /**
     * Downloads an object to a file, telling the default listener.
     *
     * @param bucket the bucket
     * @param key the key
     * @param file the target
     * @return the result; cancelling it cancels the transfer
     * @throws IllegalArgumentException if a name is blank
     */
    public CompletableFuture<TransferResult> download(String bucket, String key, Path file) {
        return download(bucket, key, file, defaultListener);
    }

    /**
     * Downloads an object to a file.
     *
     * @param bucket the bucket
     * @param key the key
     * @param file the target
     * @param listener hears this transfer's progress
     * @return the result; cancelling it cancels the transfer
     * @throws IllegalArgumentException if a name is blank
     */
    public CompletableFuture<TransferResult> download(String bucket, String key, Path file,
            TransferListener listener) {
        check(bucket, key, listener);
        Objects.requireNonNull(file, "file");
        return engine.download(bucket, key, file, listener);
    }

    /**
     * Returns the blocking view, the same instance every time.
     *
     * @return the view
     */
    public S3TransfersSync sync() {
        return sync;
    }

    /** Closes the Transfer Manager; the client stays open. */
    @Override
    public void close() {
        engine.close();
    }

    @Override
    public String toString() {
        return "S3Transfers";
    }

    private static void check(String bucket, String key, TransferListener listener) {
        Checks.notBlank(bucket, "bucket");
        if (Objects.requireNonNull(key, "key").isEmpty()) {
            throw new IllegalArgumentException("key must not be empty: ''");
        }
        Objects.requireNonNull(listener, "listener");
    }

    /** Configures {@link S3Transfers}. Not thread-safe. */
    public static final class Builder {
        private final S3AsyncClient client;
        private TransferListener listener = TransferListener.none();

        private Builder(S3AsyncClient client) {
            this.client = Objects.requireNonNull(client, "client");
        }

        /**
         * Sets the listener of transfers started without one; default none.
         *
         * @param listener the listener; it hears every such transfer, so it must tell them apart by key
         * @return this builder
         */
        public Builder listener(TransferListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * Builds the helper.
         *
         * @return the helper
         * @throws IllegalStateException if {@code software.amazon.awssdk:s3-transfer-manager} is not on the class path
         */
        public S3Transfers build() {
            return new S3Transfers(this);
        }
    }
}

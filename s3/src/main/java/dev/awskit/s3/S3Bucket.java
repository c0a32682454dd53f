package dev.awskit.s3;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.awskit.core.json.AwsKitJson;
import dev.awskit.core.spi.Checks;
import dev.awskit.core.json.JsonException;
import dev.awskit.s3.internal.Async;
import dev.awskit.s3.internal.BucketContext;
import dev.awskit.s3.internal.IoThreads;
import dev.awskit.s3.internal.ListPages;
import dev.awskit.s3.internal.LocalFiles;
import dev.awskit.s3.internal.ListingPublisher;
import dev.awskit.s3.internal.Names;
import dev.awskit.s3.internal.ObjectIo;
import dev.awskit.s3.internal.Presigning;
import dev.awskit.s3.internal.PrefixDelete;
import dev.awskit.s3.internal.RegionResolver;
import dev.awskit.s3.internal.StreamUpload;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.reactivestreams.Publisher;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * One S3 bucket as a resource: objects as strings, bytes, JSON, files and streams of unknown length, optionally
 * gzip-compressed; head, exists, delete, delete a prefix, copy; lazy listings; presigned URLs.
 *
 * <pre>{@code
 * S3Bucket letters = S3Bucket.of(s3, "letters");
 * letters.putString("c-42/d-7.txt", "Dear customer, ...").join();
 * letters.putJson("c-42/profile.json", profile, o -> o.gzip(true)).join();   // Content-Encoding: gzip
 * Profile back = letters.getJson("c-42/profile.json", Profile.class).join(); // decompressed once
 * letters.upload("exports/all.csv", inputStream).join();                     // unknown length, bounded memory
 * letters.sync().list("c-42/").forEach(entry -> System.out.println(entry.key()));
 * }</pre>
 *
 * <p><b>Regions.</b> On first use the bucket's region is looked up once ({@code HeadBucket}) and every request goes
 * there, signed for it, on the caller's own client; so one client serves buckets in several regions. Set
 * {@link Builder#region(Region)} to skip the lookup.
 *
 * <p><b>Gzip.</b> A put with {@link PutOptions.Builder#gzip(boolean) gzip} stores the compressed body with
 * {@code Content-Encoding: gzip}; every in-memory get ({@link #getBytes}, {@link #getString}, {@link #getJson}) undoes
 * that encoding exactly once. {@link #getFile} writes the object as stored.
 *
 * <p><b>Streams.</b> {@link #upload(String, InputStream)} reads the stream on an I/O thread (by default a shared
 * pool of daemon threads, see {@link Builder#ioExecutor}) in parts of {@link Builder#partSize(int)} bytes and holds
 * at most {@link Builder#maxPartsInMemory(int)} parts at once; any failure aborts the multipart upload.
 *
 * <p>Failures are {@link AwsKitS3Exception}s naming the bucket and key ({@link ObjectNotFoundException},
 * {@link BucketNotFoundException}, {@link MultipartUploadException}); bad arguments are rejected before any call.
 * Cancelling a returned future cancels the request in flight. Thread-safe; owns no thread and needs no closing; the
 * client stays the caller's.
 */
public final class S3Bucket {
    /** The smallest part S3 accepts, except the last one: 5 MiB. */
    public static final int MIN_PART_SIZE = 5 * 1024 * 1024;
    /** The default part size of stream uploads: 8 MiB. */
    public static final int DEFAULT_PART_SIZE = 8 * 1024 * 1024;
    /** The default number of part buffers a stream upload holds at once. */
    public static final int DEFAULT_MAX_PARTS_IN_MEMORY = 2;

    private static final String TEXT = "text/plain; charset=utf-8";
    private static final String JSON = "application/json";
    private static final long MAX_SINGLE_PUT = 5L * 1024 * 1024 * 1024;

    private final BucketContext ctx;
    private final int partSize;
    private final int maxPartsInMemory;
    private final ObjectIo objects;
    private final ListPages pages;
    private final Presigning presigning;
    private final S3BucketSync sync;

    private S3Bucket(Builder b) {
        this.ctx = new BucketContext(b.client, b.bucket, new RegionResolver(b.client, b.bucket, b.region),
                b.ioExecutor);
        this.partSize = b.partSize;
        this.maxPartsInMemory = b.maxPartsInMemory;
        this.objects = new ObjectIo(ctx);
        this.pages = new ListPages(ctx);
        this.presigning = new Presigning(ctx, b.presigner);
        this.sync = new S3BucketSync(this, pages);
    }

    /**
     * Returns the bucket with the defaults (region looked up on first use, 8 MiB parts, 2 parts in memory).
     *
     * @param client the client; stays the caller's
     * @param bucket the bucket's name
     * @return the bucket
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code bucket} cannot be a bucket name
     */
    public static S3Bucket of(S3AsyncClient client, String bucket) {
        return builder(client, bucket).build();
    }

    /**
     * Starts configuring a bucket.
     *
     * @param client the client; stays the caller's
     * @param bucket the bucket's name
     * @return a builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code bucket} cannot be a bucket name
     */
    public static Builder builder(S3AsyncClient client, String bucket) {
        return new Builder(client, bucket);
    }

    /** @return the bucket's name */
    public String name() {
        return ctx.bucket();
    }

    /**
     * Returns the bucket's region, looked up once ({@code HeadBucket}, else {@code GetBucketLocation}) unless the
     * builder set it. A failed lookup is tried again by the next call.
     *
     * @return the region; fails with {@link BucketNotFoundException} for an unknown bucket
     */
    public CompletableFuture<Region> region() {
        return ctx.resolver().region().thenApply(Function.identity());
    }

    /**
     * Stores text as UTF-8, content type {@code text/plain; charset=utf-8}.
     *
     * @param key the key
     * @param text the text
     * @return what was stored
     * @throws IllegalArgumentException if {@code key} is empty or longer than 1,024 bytes
     */
    public CompletableFuture<PutResult> putString(String key, String text) {
        return putString(key, text, PutOptions.defaults());
    }

    /**
     * Stores text as UTF-8.
     *
     * @param key the key
     * @param text the text
     * @param options how to store it
     * @return what was stored
     * @throws IllegalArgumentException if {@code key} is empty or longer than 1,024 bytes
     */
    public CompletableFuture<PutResult> putString(String key, String text, PutOptions options) {
        Objects.requireNonNull(text, "text");
        return put(key, text.getBytes(StandardCharsets.UTF_8), options, TEXT);
    }

    /**
     * Stores text as UTF-8.
     *
     * @param key the key
     * @param text the text
     * @param options sets how to store it, e.g. {@code o -> o.gzip(true)}
     * @return what was stored
     * @throws IllegalArgumentException if {@code key} is empty or longer than 1,024 bytes
     */
    public CompletableFuture<PutResult> putString(String key, String text, Consumer<PutOptions.Builder> options) {
        return putString(key, text, built(options));
    }

    /**
     * Stores bytes, content type {@code application/octet-stream}.
     *
     * @param key the key
     * @param bytes the bytes; not copied, do not change them until the future completes
     * @return what was stored
     * @throws IllegalArgumentException if {@code key} is empty or longer than 1,024 bytes
     */
    public CompletableFuture<PutResult> putBytes(String key, byte[] bytes) {
        return putBytes(key, bytes, PutOptions.defaults());
    }

    /**
     * Stores bytes.
     *
     * @param key the key
     * @param bytes the bytes; not copied, do not change them until the future completes
     * @param options how to store them
     * @return what was stored
     * @throws IllegalArgumentException if {@code key} is empty or longer than 1,024 bytes
     */
    public CompletableFuture<PutResult> putBytes(String key, byte[] bytes, PutOptions options) {
        return put(key, Objects.requireNonNull(bytes, "bytes"), options, "application/octet-stream");
    }

    /**
     * Stores bytes.
     *
     * @param key the key
     * @param bytes the bytes
     * @param options sets how to store them
     * @return what was stored
     * @throws IllegalArgumentException if {@code key} is empty or longer than 1,024 bytes
     */
    public CompletableFuture<PutResult> putBytes(String key, byte[] bytes, Consumer<PutOptions.Builder> options) {
        return putBytes(key, bytes, built(options));
    }

    /**
     * Stores a value as JSON (core's {@link AwsKitJson} mapper), content type {@code application/json}.
     *
     * @param key the key
     * @param value the value
     * @return what was stored
     * @throws IllegalArgumentException if {@code key} is empty or longer than 1,024 bytes
     * @throws JsonException if {@code value} cannot be written as JSON
     */
    public CompletableFuture<PutResult> putJson(String key, Object value) {
        return putJson(key, value, PutOptions.defaults());
    }

    /**
     * Stores a value as JSON.
     *
     * @param key the key
     * @param value the value
     * @param options how to store it
     * @return what was stored
     * @throws IllegalArgumentException if {@code key} is empty or longer than 1,024 bytes
     * @throws JsonException if {@code value} cannot be written as JSON
     */
    public CompletableFuture<PutResult> putJson(String key, Object value, PutOptions options) {
        Names.key(key);
        return put(key, AwsKitJson.write(value).getBytes(StandardCharsets.UTF_8), options, JSON);
    }

    /**
     * Stores a value as JSON.
     *
     * @param key the key
     * @param value the value
     * @param options sets how to store it
     * @return what was stored
     * @throws IllegalArgumentException if {@code key} is empty or longer than 1,024 bytes
     */
    public CompletableFuture<PutResult> putJson(String key, Object value, Consumer<PutOptions.Builder> options) {
        return putJson(key, value, built(options));
    }

    /**
     * Stores a file as one {@code PutObject} streamed from disk (up to 5 GB; larger files through
     * {@link #upload(String, InputStream)} or {@code S3Transfers}). With gzip it is compressed on the way, as a stream
     * upload.
     *
     * @param key the key
     * @param file a regular file
     * @return what was stored
     * @throws IllegalArgumentException if {@code key} is bad, or {@code file} is not a readable regular file or is
     *     larger than 5 GB
     */
    public CompletableFuture<PutResult> putFile(String key, Path file) {
        return putFile(key, file, PutOptions.defaults());
    }

    /**
     * Stores a file.
     *
     * @param key the key
     * @param file a regular file
     * @param options how to store it
     * @return what was stored
     * @throws IllegalArgumentException if {@code key} is bad, or {@code file} is not a readable regular file or is
     *     larger than 5 GB
     */
    public CompletableFuture<PutResult> putFile(String key, Path file, PutOptions options) {
        Names.key(key);
        Objects.requireNonNull(options, "options");
        long size = LocalFiles.size(file, options.gzip() ? Long.MAX_VALUE : MAX_SINGLE_PUT);
        if (options.gzip()) {
            InputStream in = LocalFiles.open(file);
            return Async.handle(upload(key, in, options), (uploaded, error) -> {
                LocalFiles.closeQuietly(in);
                if (error != null) {
                    throw (RuntimeException) error;
                }
                return new PutResult(key, uploaded.eTag(), uploaded.versionId(), uploaded.size());
            });
        }
        return objects.putFile(key, file, options, size);
    }

    /**
     * Stores a file.
     *
     * @param key the key
     * @param file a regular file
     * @param options sets how to store it
     * @return what was stored
     * @throws IllegalArgumentException if {@code key} or {@code file} is bad
     */
    public CompletableFuture<PutResult> putFile(String key, Path file, Consumer<PutOptions.Builder> options) {
        return putFile(key, file, built(options));
    }

    /**
     * Uploads a stream of unknown length with bounded memory: parts of {@link Builder#partSize(int)} bytes, at most
     * {@link Builder#maxPartsInMemory(int)} held at once; a stream that fits into one part is a single
     * {@code PutObject}. Any failure (reading, a part, completing) and cancelling the future abort the multipart
     * upload, so no part is left behind. The stream is read to its end on the I/O executor and not closed.
     *
     * @param key the key
     * @param stream the stream
     * @return what was uploaded; fails with {@link MultipartUploadException} once parts were sent
     * @throws IllegalArgumentException if {@code key} is empty or longer than 1,024 bytes
     */
    public CompletableFuture<UploadResult> upload(String key, InputStream stream) {
        return upload(key, stream, PutOptions.defaults());
    }

    /**
     * Uploads a stream of unknown length with bounded memory.
     *
     * @param key the key
     * @param stream the stream
     * @param options how to store it (gzip compresses on the way)
     * @return what was uploaded
     * @throws IllegalArgumentException if {@code key} is empty or longer than 1,024 bytes
     */
    public CompletableFuture<UploadResult> upload(String key, InputStream stream, PutOptions options) {
        Names.key(key);
        Objects.requireNonNull(stream, "stream");
        Objects.requireNonNull(options, "options");
        return new StreamUpload(ctx, key, stream, options, partSize, maxPartsInMemory).start();
    }

    /**
     * Uploads a stream of unknown length with bounded memory.
     *
     * @param key the key
     * @param stream the stream
     * @param options sets how to store it
     * @return what was uploaded
     * @throws IllegalArgumentException if {@code key} is empty or longer than 1,024 bytes
     */
    public CompletableFuture<UploadResult> upload(String key, InputStream stream, Consumer<PutOptions.Builder> options) {
        return upload(key, stream, built(options));
    }

    /**
     * Reads an object as UTF-8 text, undoing {@code Content-Encoding: gzip} once.
     *
     * @param key the key
     * @return the text; fails with {@link ObjectNotFoundException} when there is no such object
     * @throws IllegalArgumentException if {@code key} is empty or longer than 1,024 bytes
     */
    public CompletableFuture<String> getString(String key) {
        return Async.map(getBytes(key), bytes -> new String(bytes, StandardCharsets.UTF_8), Function.identity());
    }

    /**
     * Reads an object into memory, undoing {@code Content-Encoding: gzip} once.
     *
     * @param key the key
     * @return the bytes; fails with {@link ObjectNotFoundException} when there is no such object
     * @throws IllegalArgumentException if {@code key} is empty or longer than 1,024 bytes
     */
    public CompletableFuture<byte[]> getBytes(String key) {
        return objects.get(Names.key(key));
    }

    /**
     * Reads an object as JSON of {@code type}, undoing {@code Content-Encoding: gzip} once.
     *
     * @param key the key
     * @param type the target type
     * @param <T> the target type
     * @return the value; fails with {@link AwsKitS3Exception} when the object is not JSON for {@code type} (the
     *     message never quotes the content)
     * @throws IllegalArgumentException if {@code key} is empty or longer than 1,024 bytes
     */
    public <T> CompletableFuture<T> getJson(String key, Class<T> type) {
        Objects.requireNonNull(type, "type");
        return Async.map(getString(key), json -> json(key, () -> AwsKitJson.read(json, type)), Function.identity());
    }

    /**
     * Reads an object as JSON of a generic type, e.g. {@code new TypeReference<List<Vote>>() {}}.
     *
     * @param key the key
     * @param type the target type
     * @param <T> the target type
     * @return the value
     * @throws IllegalArgumentException if {@code key} is empty or longer than 1,024 bytes
     */
    public <T> CompletableFuture<T> getJson(String key, TypeReference<T> type) {
        Objects.requireNonNull(type, "type");
        return Async.map(getString(key), json -> json(key, () -> AwsKitJson.read(json, type)), Function.identity());
    }

    /**
     * Downloads an object to a file, as stored (a gzip object stays compressed).
     *
     * @param key the key
     * @param file the target; must not exist yet
     * @return the object's info
     * @throws IllegalArgumentException if {@code key} is empty or longer than 1,024 bytes
     */
    public CompletableFuture<ObjectInfo> getFile(String key, Path file) {
        Objects.requireNonNull(file, "file");
        return objects.getFile(Names.key(key), file);
    }

    /**
     * Reads an object's size, content type and encoding, metadata and ETag.
     *
     * @param key the key
     * @return the info; fails with {@link ObjectNotFoundException} when there is no such object
     * @throws IllegalArgumentException if {@code key} is empty or longer than 1,024 bytes
     */
    public CompletableFuture<ObjectInfo> head(String key) {
        return objects.head(Names.key(key));
    }

    /**
     * Tells whether an object exists.
     *
     * @param key the key
     * @return whether it exists
     * @throws IllegalArgumentException if {@code key} is empty or longer than 1,024 bytes
     */
    public CompletableFuture<Boolean> exists(String key) {
        return objects.exists(Names.key(key));
    }

    /**
     * Deletes an object; a missing key is not an error (as in S3).
     *
     * @param key the key
     * @return done
     * @throws IllegalArgumentException if {@code key} is empty or longer than 1,024 bytes
     */
    public CompletableFuture<Void> delete(String key) {
        return objects.delete(Names.key(key));
    }

    /**
     * Deletes every object under a prefix, a page of up to 1,000 keys per {@code DeleteObjects}. Keys S3 refuses
     * are reported in the result (and logged at WARN), not thrown.
     *
     * @param prefix the prefix; must not be empty (use {@link #deleteEverything()} to empty the bucket)
     * @return what was deleted and what was not
     * @throws IllegalArgumentException if {@code prefix} is empty
     */
    public CompletableFuture<DeleteResult> deleteAll(String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        if (prefix.isEmpty()) {
            throw new IllegalArgumentException("prefix must not be empty (deleteEverything() empties a bucket): ''");
        }
        return new PrefixDelete(ctx, pages, prefix).start();
    }

    /**
     * Deletes every object in the bucket, as {@link #deleteAll(String)} does for a prefix.
     *
     * @return what was deleted and what was not
     */
    public CompletableFuture<DeleteResult> deleteEverything() {
        return new PrefixDelete(ctx, pages, "").start();
    }

    /**
     * Copies an object within this bucket, metadata included (up to 5 GB).
     *
     * @param key the source key
     * @param targetKey the new key
     * @return the copy's ETag
     * @throws IllegalArgumentException if a key is empty or longer than 1,024 bytes
     */
    public CompletableFuture<String> copy(String key, String targetKey) {
        return copy(key, name(), targetKey);
    }

    /**
     * Copies an object to another bucket (in the same region), metadata included (up to 5 GB).
     *
     * @param key the source key
     * @param targetBucket the target bucket
     * @param targetKey the new key
     * @return the copy's ETag
     * @throws IllegalArgumentException if a key or the bucket name is bad
     */
    public CompletableFuture<String> copy(String key, String targetBucket, String targetKey) {
        return objects.copy(Names.key(key), Names.bucket(targetBucket), Names.key(targetKey, "targetKey"));
    }

    /**
     * Lists every key under a prefix, however deep, over all pages, lazily.
     *
     * @param prefix the prefix; empty for the whole bucket
     * @return the entries in key order; pages are read as the subscriber asks for more
     */
    public Publisher<ListEntry> list(String prefix) {
        return list(ListRequest.prefix(prefix));
    }

    /**
     * Lists lazily over all pages; with a delimiter, "folders" come back as {@link ListEntry#folder()} entries.
     *
     * @param request what to list
     * @return the entries in key order
     */
    public Publisher<ListEntry> list(ListRequest request) {
        return new ListingPublisher(pages, Objects.requireNonNull(request, "request"));
    }

    /**
     * Lists lazily over all pages.
     *
     * @param request sets what to list, e.g. {@code r -> r.prefix("logs/").delimiter("/")}
     * @return the entries in key order
     */
    public Publisher<ListEntry> list(Consumer<ListRequest.Builder> request) {
        return list(built(request, ListRequest.builder()).build());
    }

    /**
     * Presigns a GET of an object, signed for the bucket's region with the client's credentials.
     *
     * @param key the key
     * @param expiry how long the URL works: positive, at most 7 days
     * @return the URL
     * @throws IllegalArgumentException if {@code key} is bad or {@code expiry} is not positive or over 7 days
     */
    public CompletableFuture<URL> presignGet(String key, Duration expiry) {
        return presigning.get(Names.key(key), Names.expiry(expiry));
    }

    /**
     * Presigns a PUT of an object; the holder uploads with a plain HTTP {@code PUT} of the body.
     *
     * @param key the key
     * @param expiry how long the URL works: positive, at most 7 days
     * @return the URL
     * @throws IllegalArgumentException if {@code key} is bad or {@code expiry} is not positive or over 7 days
     */
    public CompletableFuture<URL> presignPut(String key, Duration expiry) {
        return presigning.put(Names.key(key), Names.expiry(expiry));
    }

    /**
     * Returns the blocking view of this bucket, the same instance every time.
     *
     * @return the view
     */
    public S3BucketSync sync() {
        return sync;
    }

    @Override
    public String toString() {
        return "S3Bucket[" + name() + ", partSize=" + partSize + ", maxPartsInMemory=" + maxPartsInMemory + "]";
    }

    private CompletableFuture<PutResult> put(String key, byte[] body, PutOptions options, String defaultType) {
        Names.key(key);
        Objects.requireNonNull(options, "options");
        return objects.put(key, body, options, defaultType);
    }

    private <T> T json(String key, Supplier<T> read) {
        try {
            return read.get();
        } catch (JsonException e) {
            throw new AwsKitS3Exception("s3://" + name() + "/" + key + ": " + e.getMessage(), e, name(), key);
        }
    }

    private static PutOptions built(Consumer<PutOptions.Builder> options) {
        return built(options, PutOptions.builder()).build();
    }

    private static <B> B built(Consumer<B> settings, B builder) {
        Objects.requireNonNull(settings, "options").accept(builder);
        return builder;
    }

    /** Configures an {@link S3Bucket}. Not thread-safe; {@link #build()} copies the state. */
    public static final class Builder {
        private final S3AsyncClient client;
        private final String bucket;
        private Region region;
        private int partSize = DEFAULT_PART_SIZE;
        private int maxPartsInMemory = DEFAULT_MAX_PARTS_IN_MEMORY;
        private Executor ioExecutor = IoThreads.shared();
        private S3Presigner presigner;

        private Builder(S3AsyncClient client, String bucket) {
            this.client = Objects.requireNonNull(client, "client");
            this.bucket = Names.bucket(bucket);
        }

        /**
         * Sets the bucket's region, so it is not looked up.
         *
         * @param region the region
         * @return this builder
         */
        public Builder region(Region region) {
            this.region = Objects.requireNonNull(region, "region");
            return this;
        }

        /**
         * Sets the part size of stream uploads; default 8 MiB.
         *
         * @param bytes 5 MiB to 1 GiB
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder partSize(int bytes) {
            this.partSize = Checks.inRange(bytes, MIN_PART_SIZE, 1 << 30, "partSize");
            return this;
        }

        /**
         * Sets how many part buffers a stream upload holds at once (one being filled, the others uploading);
         * default 2. Memory per upload is at most this times the part size.
         *
         * @param parts 1 to 64
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder maxPartsInMemory(int parts) {
            this.maxPartsInMemory = Checks.inRange(parts, 1, 64, "maxPartsInMemory");
            return this;
        }

        /**
         * Sets where blocking reads of upload streams run; default a shared pool of daemon threads that end after a
         * minute idle. Never the SDK's event loop.
         *
         * @param executor the executor
         * @return this builder
         */
        public Builder ioExecutor(Executor executor) {
            this.ioExecutor = Objects.requireNonNull(executor, "executor");
            return this;
        }

        /**
         * Presigns with {@code presigner} instead of one derived from the client (its region, credentials and
         * endpoint); the caller closes it.
         *
         * @param presigner the presigner
         * @return this builder
         */
        public Builder presigner(S3Presigner presigner) {
            this.presigner = Objects.requireNonNull(presigner, "presigner");
            return this;
        }

        /**
         * Builds the bucket.
         *
         * @return the bucket
         */
        public S3Bucket build() {
            return new S3Bucket(this);
        }
    }
}

package dev.awskit.s3;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.awskit.core.Futures;
import dev.awskit.s3.internal.ListPages;
import dev.awskit.s3.internal.ListingStream;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import software.amazon.awssdk.regions.Region;

/**
 * The blocking view of an {@link S3Bucket}: a twin of every asynchronous method, which waits for it and throws its
 * failure unwrapped ({@link ObjectNotFoundException}, ..., not a {@code CompletionException}). Listings are lazy
 * {@link Stream}s that read the next page when they reach it. Thread-safe; obtained from {@link S3Bucket#sync()}.
 */
public final class S3BucketSync {
    private final S3Bucket bucket;
    private final ListPages pages;

    S3BucketSync(S3Bucket bucket, ListPages pages) {
        this.bucket = Objects.requireNonNull(bucket, "bucket");
        this.pages = pages;
    }

    /** @return the bucket's name */
    public String name() {
        return bucket.name();
    }

    /**
     * Returns the bucket's region.
     *
     * @return the region
     * @see S3Bucket#region()
     */
    public Region region() {
        return Futures.join(bucket.region());
    }

    /**
     * Stores text as UTF-8.
     *
     * @param key the key
     * @param text the text
     * @return what was stored
     * @see S3Bucket#putString(String, String)
     */
    public PutResult putString(String key, String text) {
        return Futures.join(bucket.putString(key, text));
    }

    /**
     * Stores text as UTF-8.
     *
     * @param key the key
     * @param text the text
     * @param options how to store it
     * @return what was stored
     * @see S3Bucket#putString(String, String, PutOptions)
     */
    public PutResult putString(String key, String text, PutOptions options) {
        return Futures.join(bucket.putString(key, text, options));
    }

    /**
     * Stores text as UTF-8.
     *
     * @param key the key
     * @param text the text
     * @param options sets how to store it
     * @return what was stored
     * @see S3Bucket#putString(String, String, Consumer)
     */
    public PutResult putString(String key, String text, Consumer<PutOptions.Builder> options) {
        return Futures.join(bucket.putString(key, text, options));
    }

    /**
     * Stores bytes.
     *
     * @param key the key
     * @param bytes the bytes
     * @return what was stored
     * @see S3Bucket#putBytes(String, byte[])
     */
    public PutResult putBytes(String key, byte[] bytes) {
        return Futures.join(bucket.putBytes(key, bytes));
    }

    /**
     * Stores bytes.
     *
     * @param key the key
     * @param bytes the bytes
     * @param options how to store them
     * @return what was stored
     * @see S3Bucket#putBytes(String, byte[], PutOptions)
     */
    public PutResult putBytes(String key, byte[] bytes, PutOptions options) {
        return Futures.join(bucket.putBytes(key, bytes, options));
    }

    /**
     * Stores bytes.
     *
     * @param key the key
     * @param bytes the bytes
     * @param options sets how to store them
     * @return what was stored
     * @see S3Bucket#putBytes(String, byte[], Consumer)
     */
    public PutResult putBytes(String key, byte[] bytes, Consumer<PutOptions.Builder> options) {
        return Futures.join(bucket.putBytes(key, bytes, options));
    }

    /**
     * Stores a value as JSON.
     *
     * @param key the key
     * @param value the value
     * @return what was stored
     * @see S3Bucket#putJson(String, Object)
     */
    public PutResult putJson(String key, Object value) {
        return Futures.join(bucket.putJson(key, value));
    }

    /**
     * Stores a value as JSON.
     *
     * @param key the key
     * @param value the value
     * @param options how to store it
     * @return what was stored
     * @see S3Bucket#putJson(String, Object, PutOptions)
     */
    public PutResult putJson(String key, Object value, PutOptions options) {
        return Futures.join(bucket.putJson(key, value, options));
    }

    /**
     * Stores a value as JSON.
     *
     * @param key the key
     * @param value the value
     * @param options sets how to store it
     * @return what was stored
     * @see S3Bucket#putJson(String, Object, Consumer)
     */
    public PutResult putJson(String key, Object value, Consumer<PutOptions.Builder> options) {
        return Futures.join(bucket.putJson(key, value, options));
    }

    /**
     * Stores a file.
     *
     * @param key the key
     * @param file the file
     * @return what was stored
     * @see S3Bucket#putFile(String, Path)
     */
    public PutResult putFile(String key, Path file) {
        return Futures.join(bucket.putFile(key, file));
    }

    /**
     * Stores a file.
     *
     * @param key the key
     * @param file the file
     * @param options how to store it
     * @return what was stored
     * @see S3Bucket#putFile(String, Path, PutOptions)
     */
    public PutResult putFile(String key, Path file, PutOptions options) {
        return Futures.join(bucket.putFile(key, file, options));
    }

    /**
     * Stores a file.
     *
     * @param key the key
     * @param file the file
     * @param options sets how to store it
     * @return what was stored
     * @see S3Bucket#putFile(String, Path, Consumer)
     */
    public PutResult putFile(String key, Path file, Consumer<PutOptions.Builder> options) {
        return Futures.join(bucket.putFile(key, file, options));
    }

    /**
     * Uploads a stream of unknown length with bounded memory.
     *
     * @param key the key
     * @param stream the stream
     * @return what was uploaded
     * @see S3Bucket#upload(String, InputStream)
     */
    public UploadResult upload(String key, InputStream stream) {
        return Futures.join(bucket.upload(key, stream));
    }

    /**
     * Uploads a stream of unknown length with bounded memory.
     *
     * @param key the key
     * @param stream the stream
     * @param options how to store it
     * @return what was uploaded
     * @see S3Bucket#upload(String, InputStream, PutOptions)
     */
    public UploadResult upload(String key, InputStream stream, PutOptions options) {
        return Futures.join(bucket.upload(key, stream, options));
    }

    /**
     * Uploads a stream of unknown length with bounded memory.
     *
     * @param key the key
     * @param stream the stream
     * @param options sets how to store it
     * @return what was uploaded
     * @see S3Bucket#upload(String, InputStream, Consumer)
     */
    public UploadResult upload(String key, InputStream stream, Consumer<PutOptions.Builder> options) {
        return Futures.join(bucket.upload(key, stream, options));
    }

    /**
     * Reads an object as UTF-8 text.
     *
     * @param key the key
     * @return the text
     * @see S3Bucket#getString(String)
     */
    public String getString(String key) {
        return Futures.join(bucket.getString(key));
    }

    /**
     * Reads an object into memory.
     *
     * @param key the key
     * @return the bytes
     * @see S3Bucket#getBytes(String)
     */
    public byte[] getBytes(String key) {
        return Futures.join(bucket.getBytes(key));
    }

    /**
     * Reads an object as JSON.
     *
     * @param key the key
     * @param type the target type
     * @param <T> the target type
     * @return the value
     * @see S3Bucket#getJson(String, Class)
     */
    public <T> T getJson(String key, Class<T> type) {
        return Futures.join(bucket.getJson(key, type));
    }

    /**
     * Reads an object as JSON of a generic type.
     *
     * @param key the key
     * @param type the target type
     * @param <T> the target type
     * @return the value
     * @see S3Bucket#getJson(String, TypeReference)
     */
    public <T> T getJson(String key, TypeReference<T> type) {
        return Futures.join(bucket.getJson(key, type));
    }

    /**
     * Downloads an object to a file.
     *
     * @param key the key
     * @param file the target
     * @return the object's info
     * @see S3Bucket#getFile(String, Path)
     */
    public ObjectInfo getFile(String key, Path file) {
        return Futures.join(bucket.getFile(key, file));
    }

    /**
     * Reads an object's info.
     *
     * @param key the key
     * @return the info
     * @see S3Bucket#head(String)
     */
    public ObjectInfo head(String key) {
        return Futures.join(bucket.head(key));
    }

    /**
     * Tells whether an object exists.
     *
     * @param key the key
     * @return whether it exists
     * @see S3Bucket#exists(String)
     */
    public boolean exists(String key) {
        return Futures.join(bucket.exists(key));
    }

    /**
     * Deletes an object.
     *
     * @param key the key
     * @see S3Bucket#delete(String)
     */
    public void delete(String key) {
        Futures.join(bucket.delete(key));
    }

    /**
     * Deletes every object under a prefix.
     *
     * @param prefix the prefix
     * @return what was deleted and what was not
     * @see S3Bucket#deleteAll(String)
     */
    public DeleteResult deleteAll(String prefix) {
        return Futures.join(bucket.deleteAll(prefix));
    }

    /**
     * Deletes every object in the bucket.
     *
     * @return what was deleted and what was not
     * @see S3Bucket#deleteEverything()
     */
    public DeleteResult deleteEverything() {
        return Futures.join(bucket.deleteEverything());
    }

    /**
     * Copies an object within the bucket.
     *
     * @param key the source key
     * @param targetKey the new key
     * @return the copy's ETag
     * @see S3Bucket#copy(String, String)
     */
    public String copy(String key, String targetKey) {
        return Futures.join(bucket.copy(key, targetKey));
    }

    /**
     * Copies an object to another bucket.
     *
     * @param key the source key
     * @param targetBucket the target bucket
     * @param targetKey the new key
     * @return the copy's ETag
     * @see S3Bucket#copy(String, String, String)
     */
    public String copy(String key, String targetBucket, String targetKey) {
        return Futures.join(bucket.copy(key, targetBucket, targetKey));
    }

    /**
     * Lists every key under a prefix as a lazy stream: the next page is read when the stream reaches it.
     *
     * @param prefix the prefix; empty for the whole bucket
     * @return the entries in key order
     * @see S3Bucket#list(String)
     */
    public Stream<ListEntry> list(String prefix) {
        return list(ListRequest.prefix(prefix));
    }

    /**
     * Lists as a lazy stream.
     *
     * @param request what to list
     * @return the entries in key order
     * @see S3Bucket#list(ListRequest)
     */
    public Stream<ListEntry> list(ListRequest request) {
        return ListingStream.of(pages, Objects.requireNonNull(request, "request"));
    }

    /**
     * Lists as a lazy stream.
     *
     * @param request sets what to list
     * @return the entries in key order
     * @see S3Bucket#list(Consumer)
     */
    public Stream<ListEntry> list(Consumer<ListRequest.Builder> request) {
        ListRequest.Builder builder = ListRequest.builder();
        Objects.requireNonNull(request, "request").accept(builder);
        return list(builder.build());
    }

    /**
     * Presigns a GET.
     *
     * @param key the key
     * @param expiry how long the URL works
     * @return the URL
     * @see S3Bucket#presignGet(String, Duration)
     */
    public URL presignGet(String key, Duration expiry) {
        return Futures.join(bucket.presignGet(key, expiry));
    }

    /**
     * Presigns a PUT.
     *
     * @param key the key
     * @param expiry how long the URL works
     * @return the URL
     * @see S3Bucket#presignPut(String, Duration)
     */
    public URL presignPut(String key, Duration expiry) {
        return Futures.join(bucket.presignPut(key, expiry));
    }

    @Override
    public String toString() {
        return bucket + ".sync()";
    }
}

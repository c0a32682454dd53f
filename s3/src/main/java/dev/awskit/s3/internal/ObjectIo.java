package dev.awskit.s3.internal;

import dev.awskit.s3.AwsKitS3Exception;
import dev.awskit.s3.ObjectInfo;
import dev.awskit.s3.ObjectNotFoundException;
import dev.awskit.s3.PutOptions;
import dev.awskit.s3.PutResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.async.AsyncRequestBody;
import software.amazon.awssdk.core.async.AsyncResponseTransformer;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

/** Single-request object operations of one bucket: put and get in memory, files, head, exists, delete, copy. */
public final class ObjectIo {
    private final BucketContext ctx;

    /**
     * Creates the operations.
     *
     * @param ctx the bucket
     */
    public ObjectIo(BucketContext ctx) {
        this.ctx = ctx;
    }

    /**
     * Stores bytes, compressing them first when the options ask for gzip.
     *
     * @param key the key
     * @param body the bytes
     * @param options how to store
     * @param defaultType the content type when the options set none
     * @return what was stored
     */
    public CompletableFuture<PutResult> put(String key, byte[] body, PutOptions options, String defaultType) {
        byte[] stored = options.gzip() ? Gzip.compress(body) : body;
        return Async.map(ctx.call("put", key, o -> ctx.client().putObject(r -> Requests.put(r, options, defaultType)
                .bucket(ctx.bucket()).key(key).overrideConfiguration(o), AsyncRequestBody.fromBytesUnsafe(stored))),
                r -> new PutResult(key, r.eTag(), Optional.ofNullable(r.versionId()), stored.length),
                Function.identity());
    }

    /**
     * Stores a file as one {@code PutObject}, streamed from disk.
     *
     * @param key the key
     * @param file the file
     * @param options how to store (not gzip)
     * @param size the file's size
     * @return what was stored
     */
    public CompletableFuture<PutResult> putFile(String key, Path file, PutOptions options, long size) {
        return Async.map(ctx.call("put", key, o -> ctx.client().putObject(r -> Requests.put(r, options, Requests.OCTETS)
                .bucket(ctx.bucket()).key(key).overrideConfiguration(o), AsyncRequestBody.fromFile(file))),
                r -> new PutResult(key, r.eTag(), Optional.ofNullable(r.versionId()), size), Function.identity());
    }

    /**
     * Reads an object into memory and undoes {@code Content-Encoding: gzip} once.
     *
     * @param key the key
     * @return the bytes
     */
    public CompletableFuture<byte[]> get(String key) {
        return Async.map(ctx.call("get", key, o -> ctx.client().getObject(r -> r.bucket(ctx.bucket()).key(key)
                .overrideConfiguration(o), AsyncResponseTransformer.toBytes())), bytes -> decoded(key, bytes),
                Function.identity());
    }

    private byte[] decoded(String key, ResponseBytes<GetObjectResponse> bytes) {
        String encoding = bytes.response().contentEncoding();
        byte[] body = bytes.asByteArrayUnsafe();
        // An HTTP layer that already undid the encoding leaves plain bytes: decoding stops at one layer either way.
        if (encoding == null || !encoding.toLowerCase(Locale.ROOT).contains("gzip") || !Gzip.looksLikeGzip(body)) {
            return body;
        }
        try {
            return Gzip.decompress(body);
        } catch (IOException e) {
            throw new AwsKitS3Exception("s3://" + ctx.bucket() + "/" + key + " says Content-Encoding gzip but is "
                    + "not valid gzip: " + e.getMessage(), e, ctx.bucket(), key);
        }
    }

    /**
     * Downloads an object to a file, as stored.
     *
     * @param key the key
     * @param file the target, which must not exist
     * @return the object's info
     */
    public CompletableFuture<ObjectInfo> getFile(String key, Path file) {
        return Async.map(ctx.call("get", key, o -> ctx.client().getObject(r -> r.bucket(ctx.bucket()).key(key)
                .overrideConfiguration(o), AsyncResponseTransformer.toFile(file))), r -> ObjectInfos.of(key, r),
                Function.identity());
    }

    /**
     * Heads an object.
     *
     * @param key the key
     * @return its info; fails with {@link ObjectNotFoundException}
     */
    public CompletableFuture<ObjectInfo> head(String key) {
        return Async.map(ctx.call("head", key, o -> ctx.client().headObject(r -> r.bucket(ctx.bucket()).key(key)
                .overrideConfiguration(o))), r -> ObjectInfos.of(key, r), Function.identity());
    }

    /**
     * Tells whether an object exists.
     *
     * @param key the key
     * @return whether it exists
     */
    public CompletableFuture<Boolean> exists(String key) {
        return Async.handle(head(key), (info, error) -> {
            if (error instanceof ObjectNotFoundException) {
                return false;
            }
            if (error != null) {
                throw (RuntimeException) error;
            }
            return true;
        });
    }

    /**
     * Deletes an object; deleting a missing key succeeds, as in S3.
     *
     * @param key the key
     * @return done
     */
    public CompletableFuture<Void> delete(String key) {
        return Async.map(ctx.call("delete", key, o -> ctx.client().deleteObject(r -> r.bucket(ctx.bucket()).key(key)
                .overrideConfiguration(o))), r -> null, Function.identity());
    }

    /**
     * Copies an object within S3 (up to 5 GB), keeping its metadata.
     *
     * @param key the source key in this bucket
     * @param targetBucket the target bucket
     * @param targetKey the target key
     * @return the copy's ETag
     */
    public CompletableFuture<String> copy(String key, String targetBucket, String targetKey) {
        return Async.map(ctx.call("copy", key, o -> ctx.client().copyObject(r -> r.sourceBucket(ctx.bucket())
                .sourceKey(key).destinationBucket(targetBucket).destinationKey(targetKey).overrideConfiguration(o))),
                r -> r.copyObjectResult().eTag(), Function.identity());
    }
}

package dev.awskit.examples.letters;

import dev.awskit.s3.S3Bucket;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** {@link LetterStore} on an S3 bucket: each letter a UTF-8 text object. Thread-safe. */
public final class S3LetterStore implements LetterStore {
    private final S3Bucket bucket;

    /**
     * Writes letters into a bucket.
     *
     * @param bucket the bucket
     * @throws NullPointerException if {@code bucket} is null
     */
    public S3LetterStore(S3Bucket bucket) {
        this.bucket = Objects.requireNonNull(bucket, "bucket");
    }

    @Override
    public CompletableFuture<Void> write(String key, String text) {
        return bucket.putString(key, text).thenApply(put -> null);
    }
}

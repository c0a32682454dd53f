package dev.awskit.s3.internal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/** Checks of bucket names, keys and expiries, each naming the bad value before any call is made. */
public final class Names {
    /** The longest presigned URL expiry SigV4 allows. */
    public static final Duration MAX_EXPIRY = Duration.ofDays(7);

    /** Existing buckets: any name S3 has ever allowed, legacy us-east-1 names included. */
    private static final Pattern EXISTING = Pattern.compile("[A-Za-z0-9._-]{3,255}");
    /** New buckets: today's rules. */
    private static final Pattern NEW = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");

    private Names() {
    }

    /**
     * Checks the name of a bucket that exists.
     *
     * @param bucket the name
     * @return {@code bucket}
     * @throws IllegalArgumentException if it cannot be a bucket name
     */
    public static String bucket(String bucket) {
        Objects.requireNonNull(bucket, "bucket");
        if (!EXISTING.matcher(bucket).matches()) {
            throw new IllegalArgumentException("bucket is not a bucket name: '" + bucket + "'");
        }
        return bucket;
    }

    /**
     * Checks the name of a bucket to create.
     *
     * @param bucket the name
     * @return {@code bucket}
     * @throws IllegalArgumentException if S3 would refuse it
     */
    public static String newBucket(String bucket) {
        Objects.requireNonNull(bucket, "bucket");
        if (!NEW.matcher(bucket).matches() || bucket.contains("..")) {
            throw new IllegalArgumentException("bucket must be 3 to 63 lower-case letters, digits, '.' and '-', "
                    + "starting and ending with a letter or digit: '" + bucket + "'");
        }
        return bucket;
    }

    /**
     * Checks a key.
     *
     * @param key the key
     * @param name the parameter's name
     * @return {@code key}
     * @throws IllegalArgumentException if it is empty or longer than 1,024 UTF-8 bytes
     */
    public static String key(String key, String name) {
        Objects.requireNonNull(key, name);
        if (key.isEmpty() || key.getBytes(StandardCharsets.UTF_8).length > 1024) {
            throw new IllegalArgumentException(name + " must be 1 to 1024 UTF-8 bytes: '" + key + "'");
        }
        return key;
    }

    /**
     * Checks a key.
     *
     * @param key the key
     * @return {@code key}
     * @throws IllegalArgumentException if it is empty or too long
     */
    public static String key(String key) {
        return key(key, "key");
    }

    /**
     * Checks a presigned URL's expiry.
     *
     * @param expiry the expiry
     * @return {@code expiry}
     * @throws IllegalArgumentException if it is not positive or longer than 7 days
     */
    public static Duration expiry(Duration expiry) {
        Objects.requireNonNull(expiry, "expiry");
        if (expiry.isZero() || expiry.isNegative() || expiry.compareTo(MAX_EXPIRY) > 0) {
            throw new IllegalArgumentException("expiry must be positive and at most 7 days: " + expiry);
        }
        return expiry;
    }
}

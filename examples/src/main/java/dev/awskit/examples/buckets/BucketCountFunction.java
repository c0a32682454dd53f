package dev.awskit.examples.buckets;

import dev.awskit.s3.S3Buckets;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Seed 002's {@code returnS3Buckets} Lambda function: lists the account's buckets and answers how many there are
 * ({@code statusCode} 200), or {@code 500 "Failed!"} when S3 cannot be listed. Version 1 counts every bucket; version
 * 2, the requirements change, counts only the buckets whose name starts with "a". The {@link S3Buckets} it lists with
 * is injected, so the function runs unchanged against moto or an account. Thread-safe.
 */
public final class BucketCountFunction {
    private static final Logger LOG = LoggerFactory.getLogger(BucketCountFunction.class);

    private final S3Buckets buckets;
    private final String prefix;
    private final String version;

    private BucketCountFunction(S3Buckets buckets, String prefix, String version) {
        this.buckets = Objects.requireNonNull(buckets, "buckets");
        this.prefix = prefix;
        this.version = version;
    }

    /**
     * Version 1: counts every bucket.
     *
     * @param buckets what lists the buckets
     * @return the function
     */
    public static BucketCountFunction version1(S3Buckets buckets) {
        return new BucketCountFunction(buckets, "", "1");
    }

    /**
     * Version 2: counts the buckets whose name starts with "a".
     *
     * @param buckets what lists the buckets
     * @return the function
     */
    public static BucketCountFunction version2(S3Buckets buckets) {
        return new BucketCountFunction(buckets, "a", "2");
    }

    /** @return the version, {@code 1} or {@code 2} */
    public String version() {
        return version;
    }

    /**
     * Invokes the function.
     *
     * @return {@code 200} with the count as body, or {@code 500 "Failed!"} when listing failed; never fails itself
     */
    public CompletableFuture<Response> invoke() {
        return buckets.count(prefix).handle((count, error) -> {
            if (error != null) {
                LOG.warn("version {}: listing buckets failed: {}", version, error.toString());
                return new Response(500, "Failed!");
            }
            LOG.debug("version {}: {} bucket(s) starting with '{}'", version, count, prefix);
            return new Response(200, count);
        });
    }

    /**
     * The function's answer, as the Lambda returns it.
     *
     * @param statusCode 200 or 500
     * @param body the count, or {@code "Failed!"}
     */
    public record Response(int statusCode, Object body) {
        /**
         * Checks the body.
         *
         * @throws NullPointerException if {@code body} is null
         */
        public Response {
            Objects.requireNonNull(body, "body");
        }

        @Override
        public String toString() {
            return "{statusCode: " + statusCode + ", body: " + body + "}";
        }
    }
}

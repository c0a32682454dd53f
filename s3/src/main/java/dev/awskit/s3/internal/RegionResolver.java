package dev.awskit.s3.internal;

import dev.awskit.core.Futures;
import dev.awskit.s3.BucketNotFoundException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.model.BucketLocationConstraint;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Finds the region a bucket lives in, once: {@code HeadBucket}'s {@code x-amz-bucket-region} header (S3 sends it on
 * success and on the 301/400/403 answers of a bucket in another region), else {@code GetBucketLocation}; when both
 * are denied, the client's own region (with a WARN). A failed lookup is not remembered, so the next call tries again.
 */
public final class RegionResolver {
    private static final Logger LOG = LoggerFactory.getLogger(RegionResolver.class);
    private static final String HEADER = "x-amz-bucket-region";

    private final S3AsyncClient client;
    private final String bucket;
    private final AtomicReference<CompletableFuture<Region>> memo = new AtomicReference<>();

    /**
     * Creates the resolver.
     *
     * @param client the client to ask with
     * @param bucket the bucket
     * @param fixed the region when the caller knows it, else {@code null} to look it up
     */
    public RegionResolver(S3AsyncClient client, String bucket, Region fixed) {
        this.client = client;
        this.bucket = bucket;
        if (fixed != null) {
            memo.set(CompletableFuture.completedFuture(fixed));
        }
    }

    /**
     * Returns the bucket's region, looking it up on first use. The returned future is shared: callers must not
     * cancel it (use {@link Async#then} to build on it).
     *
     * @return the region; fails with {@link BucketNotFoundException} when the bucket does not exist
     */
    public CompletableFuture<Region> region() {
        CompletableFuture<Region> current = memo.get();
        if (current != null && !current.isCompletedExceptionally()) {
            return current;
        }
        CompletableFuture<Region> lookup = new CompletableFuture<>();
        if (!memo.compareAndSet(current, lookup)) {
            return region();
        }
        lookUp().whenComplete((region, error) -> {
            if (error != null) {
                memo.compareAndSet(lookup, null);
                lookup.completeExceptionally(Futures.unwrap(error));
            } else {
                LOG.debug("bucket {} is in region {}", bucket, region);
                lookup.complete(region);
            }
        });
        return lookup;
    }

    private CompletableFuture<Region> lookUp() {
        return client.headBucket(r -> r.bucket(bucket)).handle((response, error) -> {
            if (error == null) {
                return Optional.ofNullable(response.bucketRegion()).map(Region::of);
            }
            Throwable cause = Futures.unwrap(error);
            Optional<Region> fromHeader = regionHeader(cause);
            if (fromHeader.isPresent()) {
                return fromHeader;
            }
            if (S3Errors.statusOf(cause) == 404 || S3Errors.isNoSuchBucket(cause)) {
                throw new BucketNotFoundException(bucket, cause);
            }
            if (S3Errors.statusOf(cause) == 403) {
                return Optional.<Region>empty(); // no s3:ListBucket: GetBucketLocation may still be allowed
            }
            throw S3Errors.map(cause, "find the region of", bucket, null);
        }).thenCompose(found -> found.map(CompletableFuture::completedFuture).orElseGet(this::location));
    }

    private CompletableFuture<Region> location() {
        return client.getBucketLocation(r -> r.bucket(bucket)).handle((response, error) -> {
            if (error != null && S3Errors.statusOf(Futures.unwrap(error)) == 403) {
                Region fallback = client.serviceClientConfiguration().region();
                LOG.warn("the region of bucket {} could not be looked up (access denied); using the client's, {}",
                        bucket, fallback);
                return fallback;
            }
            if (error != null) {
                throw S3Errors.map(error, "find the region of", bucket, null);
            }
            BucketLocationConstraint constraint = response.locationConstraint();
            String id = response.locationConstraintAsString();
            if (id == null || id.isEmpty()) {
                return Region.US_EAST_1;
            }
            return constraint == BucketLocationConstraint.EU ? Region.EU_WEST_1 : Region.of(id);
        });
    }

    private static Optional<Region> regionHeader(Throwable cause) {
        if (cause instanceof S3Exception s3 && s3.awsErrorDetails() != null
                && s3.awsErrorDetails().sdkHttpResponse() != null) {
            return s3.awsErrorDetails().sdkHttpResponse().firstMatchingHeader(HEADER).map(Region::of);
        }
        return Optional.empty();
    }
}

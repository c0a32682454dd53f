package dev.awskit.s3;

import dev.awskit.core.Futures;
import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.regions.Region;

/** The blocking view of {@link S3Buckets}; failures are thrown unwrapped. Thread-safe. */
public final class S3BucketsSync {
    private final S3Buckets buckets;

    S3BucketsSync(S3Buckets buckets) {
        this.buckets = Objects.requireNonNull(buckets, "buckets");
    }

    /**
     * Lists bucket names by prefix.
     *
     * @param prefix the name prefix
     * @return the names, sorted
     * @see S3Buckets#list(String)
     */
    public List<String> list(String prefix) {
        return Futures.join(buckets.list(prefix));
    }

    /**
     * Counts buckets by name prefix.
     *
     * @param prefix the name prefix
     * @return the count
     * @see S3Buckets#count(String)
     */
    public int count(String prefix) {
        return Futures.join(buckets.count(prefix));
    }

    /**
     * Creates a bucket in the client's region and waits until it exists.
     *
     * @param name the name
     * @return the bucket
     * @see S3Buckets#create(String)
     */
    public S3Bucket create(String name) {
        return Futures.join(buckets.create(name));
    }

    /**
     * Creates a bucket in a region and waits until it exists.
     *
     * @param name the name
     * @param region the region
     * @return the bucket
     * @see S3Buckets#create(String, Region)
     */
    public S3Bucket create(String name, Region region) {
        return Futures.join(buckets.create(name, region));
    }
}

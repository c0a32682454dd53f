package dev.awskit.s3;

import dev.awskit.core.poll.Poller;
import dev.awskit.core.spi.Checks;
import dev.awskit.core.time.TimeSource;
import dev.awskit.s3.internal.Async;
import dev.awskit.s3.internal.BucketWait;
import dev.awskit.s3.internal.Names;
import dev.awskit.s3.internal.RegionOverride;
import dev.awskit.s3.internal.S3Errors;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.model.Bucket;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.ListBucketsResponse;

/**
 * The account's buckets: list and count them by name prefix, create one and wait until it exists.
 *
 * <pre>{@code
 * try (S3Buckets buckets = S3Buckets.create(s3)) {
 *     int count = buckets.sync().count("a");                          // seed 002: buckets starting with "a"
 *     S3Bucket state = buckets.sync().create("tf-state-eu", Region.EU_WEST_1);   // waits until it exists
 * }
 * }</pre>
 *
 * <p>Waits use core's {@link Poller} on the given scheduler and time source (by default its own daemon thread,
 * created on the first wait and shut down by {@link #close()}); a wait that runs out fails with
 * {@link BucketTimeoutException}. Thread-safe; the client stays the caller's.
 */
public final class S3Buckets implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(S3Buckets.class);

    private final S3AsyncClient client;
    private final ScheduledExecutorService scheduler;
    private final TimeSource timeSource;
    private final Duration waitTimeout;
    private final S3BucketsSync sync = new S3BucketsSync(this);
    private Poller poller;
    private boolean closed;

    private S3Buckets(Builder b) {
        this.client = b.client;
        this.scheduler = b.scheduler;
        this.timeSource = b.timeSource;
        this.waitTimeout = b.waitTimeout;
    }

    /**
     * Creates the helper with the defaults (waits of up to 2 minutes, its own scheduler thread when it first waits).
     *
     * @param client the client; stays the caller's
     * @return the helper; close it to stop its thread
     */
    public static S3Buckets create(S3AsyncClient client) {
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
     * Lists the names of the account's buckets that start with {@code prefix}, over all pages.
     *
     * @param prefix the name prefix; empty for all
     * @return the names, sorted
     */
    public CompletableFuture<List<String>> list(String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        return page(prefix, null, new ArrayList<>());
    }

    /**
     * Counts the account's buckets whose name starts with {@code prefix}.
     *
     * @param prefix the name prefix; empty for all
     * @return how many there are
     */
    public CompletableFuture<Integer> count(String prefix) {
        return Async.map(list(prefix), List::size, Function.identity());
    }

    /**
     * Creates a bucket in the client's region and waits until it exists. A bucket this account already owns there
     * counts as created.
     *
     * @param name the new bucket's name
     * @return the bucket; fails with {@link BucketTimeoutException} when it does not appear in time
     * @throws IllegalArgumentException if S3 would refuse {@code name}
     */
    public CompletableFuture<S3Bucket> create(String name) {
        return create(name, client.serviceClientConfiguration().region());
    }

    /**
     * Creates a bucket in {@code region} and waits until it exists.
     *
     * @param name the new bucket's name
     * @param region where it lives
     * @return the bucket, already knowing its region
     * @throws IllegalArgumentException if S3 would refuse {@code name}
     */
    public CompletableFuture<S3Bucket> create(String name, Region region) {
        Names.newBucket(name);
        Objects.requireNonNull(region, "region");
        Consumer<AwsRequestOverrideConfiguration.Builder> override =
                RegionOverride.of(region, client.serviceClientConfiguration().region());
        LOG.debug("create bucket {} in {}", name, region);
        CompletableFuture<Void> created = Async.handle(client.createBucket(r -> {
            r.bucket(name).overrideConfiguration(override);
            if (!region.equals(Region.US_EAST_1)) {
                r.createBucketConfiguration(c -> c.locationConstraint(region.id()));
            }
        }), (response, error) -> {
            if (error != null && !(error instanceof BucketAlreadyOwnedByYouException)) {
                throw S3Errors.map(error, "create", name, null);
            }
            return null;
        });
        return Async.then(created, v -> Async.map(BucketWait.until(poller(), client, name, override, waitTimeout),
                done -> {
                    LOG.info("bucket {} exists in {}", name, region);
                    return S3Bucket.builder(client, name).region(region).build();
                }, Function.identity()));
    }

    /**
     * Returns the blocking view, the same instance every time.
     *
     * @return the view
     */
    public S3BucketsSync sync() {
        return sync;
    }

    /** Stops the scheduler thread this helper created for its waits, if any; waits still running fail. */
    @Override
    public synchronized void close() {
        closed = true;
        if (poller != null) {
            poller.close();
        }
    }

    @Override
    public String toString() {
        return "S3Buckets[waitTimeout=" + waitTimeout + "]";
    }

    private synchronized Poller poller() {
        if (closed) {
            throw new IllegalStateException("S3Buckets is closed");
        }
        if (poller == null) {
            Poller.Builder builder = Poller.builder().timeSource(timeSource);
            if (scheduler != null) {
                builder.scheduler(scheduler);
            }
            poller = builder.build();
        }
        return poller;
    }

    private CompletableFuture<List<String>> page(String prefix, String token, List<String> names) {
        return Async.then(Async.map(client.listBuckets(r -> r.prefix(prefix.isEmpty() ? null : prefix)
                .continuationToken(token)), Function.identity(),
                error -> new AwsKitS3Exception("Listing buckets failed: " + error, error)),
                (ListBucketsResponse response) -> {
                    // A prefix the service does not filter by (older emulators) is filtered here.
                    response.buckets().stream().map(Bucket::name).filter(n -> n.startsWith(prefix)).forEach(names::add);
                    String next = response.continuationToken();
                    if (next == null || next.isEmpty()) {
                        names.sort(null);
                        return CompletableFuture.completedFuture(names);
                    }
                    return page(prefix, next, names);
                });
    }

    /** Configures {@link S3Buckets}. Not thread-safe; {@link #build()} copies the state. */
    public static final class Builder {
        private final S3AsyncClient client;
        private ScheduledExecutorService scheduler;
        private TimeSource timeSource = TimeSource.system();
        private Duration waitTimeout = Duration.ofMinutes(2);

        private Builder(S3AsyncClient client) {
            this.client = Objects.requireNonNull(client, "client");
        }

        /**
         * Runs waits on {@code scheduler}, which the helper will not shut down; by default it creates one daemon
         * thread on its first wait.
         *
         * @param scheduler the scheduler, e.g. a {@code VirtualTime} in tests
         * @return this builder
         */
        public Builder scheduler(ScheduledExecutorService scheduler) {
            this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
            return this;
        }

        /**
         * Measures wait deadlines with {@code timeSource}; default the system clock.
         *
         * @param timeSource the time source
         * @return this builder
         */
        public Builder timeSource(TimeSource timeSource) {
            this.timeSource = Objects.requireNonNull(timeSource, "timeSource");
            return this;
        }

        /**
         * Sets how long {@link S3Buckets#create(String)} waits for the new bucket; default 2 minutes.
         *
         * @param timeout positive
         * @return this builder
         * @throws IllegalArgumentException if not positive
         */
        public Builder waitTimeout(Duration timeout) {
            this.waitTimeout = Checks.positive(timeout, "waitTimeout");
            return this;
        }

        /**
         * Builds the helper.
         *
         * @return the helper
         */
        public S3Buckets build() {
            return new S3Buckets(this);
        }
    }
}

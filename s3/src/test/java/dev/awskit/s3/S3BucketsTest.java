package dev.awskit.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awskit.core.time.VirtualTime;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;

/** Listing, counting and creating buckets; the create wait runs in virtual time. */
class S3BucketsTest extends MotoS3Test {

    /**
     * Runs the virtual schedule until {@code future} is done. Time moves only while a poll is scheduled besides the
     * wait's deadline timer (two tasks pending), never while a real call to moto is in flight.
     */
    private static <T> void runUntilDone(VirtualTime time, CompletableFuture<T> future) throws InterruptedException {
        for (int round = 0; round < 5000 && !future.isDone(); round++) {
            if (time.pendingTasks() >= 2) {
                time.advanceToNext();
                continue;
            }
            try {
                future.get(5, TimeUnit.MILLISECONDS);
            } catch (TimeoutException | ExecutionException stillRunningOrDone) {
                // a call is in flight, or the future just completed
            }
        }
    }

    @Test
    void count_ofBucketsStartingWithA_countsOnlyThose() {
        for (String name : new String[] {"alpha", "apple-logs", "beta", "archive", "zeta"}) {
            fx.bucket(name);
        }
        try (S3Buckets buckets = S3Buckets.create(fx.client)) {
            assertThat(buckets.sync().count("a")).isEqualTo(3);
            assertThat(buckets.sync().list("a")).containsExactly("alpha", "apple-logs", "archive");
            assertThat(buckets.sync().list("")).hasSize(5);
        }
    }

    @Test
    void create_inAnotherRegion_createsWaitsAndReturnsABucketThatKnowsItsRegion() {
        try (S3Buckets buckets = S3Buckets.create(fx.client)) {
            S3Bucket bucket = buckets.sync().create("tf-state-apse1", Region.AP_SOUTHEAST_1);

            bucket.sync().putString("k", "v");

            assertThat(bucket.sync().region()).isEqualTo(Region.AP_SOUTHEAST_1);
            assertThat(S3Bucket.of(fx.client, "tf-state-apse1").sync().region()).isEqualTo(Region.AP_SOUTHEAST_1);
            assertThat(fx.faults.calls("HeadBucket")).isEqualTo(2); // the wait's one poll, the fresh handle's lookup
        }
    }

    @Test
    void create_whenBucketNotVisibleAtFirst_pollsUntilItIs() throws InterruptedException {
        VirtualTime time = VirtualTime.create();
        fx.faults.on("HeadBucket").nthCall(1).serviceError(404, "NoSuchBucket");
        fx.faults.on("HeadBucket").nthCall(2).serviceError(404, "NoSuchBucket");
        try (S3Buckets buckets = S3Buckets.builder(fx.client).scheduler(time).timeSource(time).build()) {
            CompletableFuture<S3Bucket> created = buckets.create("eventually-there");

            runUntilDone(time, created);

            assertThat(created.join().name()).isEqualTo("eventually-there");
            assertThat(fx.faults.calls("HeadBucket")).isEqualTo(3);
            assertThat(time.elapsed()).isGreaterThan(Duration.ZERO);
        }
    }

    @Test
    void create_whenBucketNeverVisible_failsWithBucketTimeoutAfterTheWaitTimeout() throws InterruptedException {
        VirtualTime time = VirtualTime.create();
        fx.faults.on("HeadBucket").always().serviceError(404, "NoSuchBucket");
        try (S3Buckets buckets = S3Buckets.builder(fx.client).scheduler(time).timeSource(time)
                .waitTimeout(Duration.ofSeconds(30)).build()) {
            CompletableFuture<S3Bucket> created = buckets.create("never-there");

            runUntilDone(time, created);

            assertThatThrownBy(created::join).cause().isInstanceOfSatisfying(BucketTimeoutException.class, e -> {
                assertThat(e.bucket()).isEqualTo("never-there");
                assertThat(e).hasMessageContaining("never-there").isInstanceOf(dev.awskit.core.AwsKitTimeoutException.class);
            });
            assertThat(time.elapsed()).isGreaterThanOrEqualTo(Duration.ofSeconds(30));
        }
    }

    @Test
    void create_whenNameInvalid_throwsNamingItBeforeAnyCall() {
        try (S3Buckets buckets = S3Buckets.create(fx.client)) {
            assertThatThrownBy(() -> buckets.create("Bad_Name"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'Bad_Name'");
            assertThat(fx.faults.calls()).isEmpty();
        }
    }

    @Test
    void create_whenBucketAlreadyOwned_succeeds() {
        fx.bucket("mine");
        try (S3Buckets buckets = S3Buckets.create(fx.client)) {
            assertThat(buckets.sync().create("mine").name()).isEqualTo("mine");
        }
    }
}

package dev.awskit.s3.internal;

import dev.awskit.core.Futures;
import dev.awskit.core.backoff.Backoff;
import dev.awskit.core.poll.PollFailedException;
import dev.awskit.core.poll.PollOutcome;
import dev.awskit.core.poll.PollPolicy;
import dev.awskit.core.poll.PollTimeoutException;
import dev.awskit.core.poll.Poller;
import dev.awskit.s3.BucketTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.model.HeadBucketResponse;

/**
 * Waits with core's {@link Poller} until a new bucket answers {@code HeadBucket}; "no such bucket" answers are ridden
 * out until the deadline (S3 is eventually consistent right after a create), other errors end the wait.
 */
public final class BucketWait {
    private static final Backoff BACKOFF = Backoff.exponential(Duration.ofMillis(200), Duration.ofSeconds(5));

    private BucketWait() {
    }

    /**
     * Waits for a bucket.
     *
     * @param poller the poller
     * @param client the client
     * @param bucket the bucket
     * @param override sends the polls to the bucket's region
     * @param timeout the deadline
     * @return done; fails with {@link BucketTimeoutException} at the deadline
     */
    public static CompletableFuture<Void> until(Poller poller, S3AsyncClient client, String bucket,
            Consumer<AwsRequestOverrideConfiguration.Builder> override, Duration timeout) {
        PollPolicy<HeadBucketResponse> policy = PollPolicy.<HeadBucketResponse>builder()
                .name("bucket " + bucket)
                .classifier(response -> PollOutcome.SUCCESS)
                .backoff(BACKOFF)
                .timeout(timeout)
                .notVisibleYet(error -> S3Errors.statusOf(error) == 404 || S3Errors.isNoSuchBucket(error), timeout)
                .build();
        return Async.map(poller.poll(() -> client.headBucket(r -> r.bucket(bucket).overrideConfiguration(override)),
                policy), response -> null, error -> {
                    Throwable cause = Futures.unwrap(error);
                    if (cause instanceof PollTimeoutException timedOut) {
                        return new BucketTimeoutException(bucket, timedOut.elapsed(), timedOut.getCause());
                    }
                    Throwable ended = cause instanceof PollFailedException failed && failed.getCause() != null
                            ? failed.getCause() : cause;
                    return S3Errors.map(ended, "wait for", bucket, null);
                });
    }
}

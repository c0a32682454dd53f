package dev.awskit.s3.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3AsyncClient;

/**
 * What every operation on one bucket shares: the caller's client, the bucket, its resolved region, the executor for
 * blocking stream reads. {@link #call} runs one SDK call in the bucket's region and maps its failure.
 *
 * @param client the caller's client
 * @param bucket the bucket
 * @param resolver the bucket's region
 * @param ioExecutor where blocking reads of caller streams run
 */
public record BucketContext(S3AsyncClient client, String bucket, RegionResolver resolver, Executor ioExecutor) {
    private static final Logger LOG = LoggerFactory.getLogger(BucketContext.class);

    /**
     * Returns what to apply to each request so that it goes to the bucket's region.
     *
     * @return the override; a no-op when the client is in the bucket's region
     */
    public CompletableFuture<Consumer<AwsRequestOverrideConfiguration.Builder>> override() {
        return resolver.region().thenApply(region -> RegionOverride.of(region, clientRegion()));
    }

    /**
     * Runs one call in the bucket's region. Cancelling the result cancels the call; its failure is mapped to the
     * module's exceptions, naming the action, bucket and key.
     *
     * @param action what the call does, e.g. {@code "get"}
     * @param key the key, or {@code null}
     * @param call makes the SDK call with the request override
     * @param <T> the call's value type
     * @return the call's value
     */
    public <T> CompletableFuture<T> call(String action, String key,
            Function<Consumer<AwsRequestOverrideConfiguration.Builder>, CompletableFuture<T>> call) {
        LOG.debug("{} s3://{}/{}", action, bucket, key == null ? "" : key);
        return Async.then(override(), override -> Async.map(call.apply(override), Function.identity(),
                error -> S3Errors.map(error, action, bucket, key)));
    }

    /** @return the region the caller's client is configured with */
    public Region clientRegion() {
        return client.serviceClientConfiguration().region();
    }
}

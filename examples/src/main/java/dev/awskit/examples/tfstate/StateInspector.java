package dev.awskit.examples.tfstate;

import dev.awskit.core.client.ClientSettings;
import dev.awskit.dynamodb.BatchGetResult;
import dev.awskit.dynamodb.DynamoTable;
import dev.awskit.dynamodb.ItemKey;
import dev.awskit.dynamodb.KeySchema;
import dev.awskit.s3.BucketNotFoundException;
import dev.awskit.s3.ObjectNotFoundException;
import dev.awskit.s3.S3Bucket;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/**
 * Reads, for release tags, what seed 003's pipelines left in each region: the state object
 * {@code <team>/<env>-<region>/terraform.tfstate} in the environment's bucket of that region, and the lock table's two
 * items for it ({@code <bucket>/<key>}, held while Terraform runs, and {@code <bucket>/<key>-md5} with the state's
 * digest). Every tag is read at once, each in its own region, with the clients of {@link RegionClients}. A missing
 * state object or bucket is reported, not thrown. Thread-safe; {@link #close()} closes the clients.
 */
public final class StateInspector implements AutoCloseable {
    private static final KeySchema LOCK_KEY = KeySchema.of("LockID");

    private final RegionClients clients;
    private final StateBackend backend;
    private final Region home;

    /**
     * Creates the inspector.
     *
     * @param deploy the settings to read with: the deploy role, assumed once for every region
     * @param backend where the state lives
     * @param home the region of {@code global} tags' state
     * @throws NullPointerException if an argument is null
     */
    public StateInspector(ClientSettings deploy, StateBackend backend, Region home) {
        this.backend = Objects.requireNonNull(backend, "backend");
        this.home = Objects.requireNonNull(home, "home");
        this.clients = new RegionClients(Objects.requireNonNull(deploy, "deploy"));
    }

    /**
     * Reads every tag's state and lock, all regions at once.
     *
     * @param tags the tags
     * @return a report per tag, in the tags' order; cancelling it cancels the reads
     * @throws NullPointerException if {@code tags} is or holds null
     */
    public CompletableFuture<List<StateReport>> inspect(List<ReleaseTag> tags) {
        List<CompletableFuture<StateReport>> reads = List.copyOf(tags).stream().map(this::inspect).toList();
        CompletableFuture<List<StateReport>> all = CompletableFuture.allOf(reads.toArray(CompletableFuture[]::new))
                .thenApply(done -> reads.stream().map(CompletableFuture::join).toList());
        all.whenComplete((reports, failure) -> {
            if (all.isCancelled()) {
                reads.forEach(read -> read.cancel(true));
            }
        });
        return all;
    }

    private CompletableFuture<StateReport> inspect(ReleaseTag tag) {
        Region region = tag.region().orElse(home);
        String bucket = backend.bucket(tag.environment(), region);
        String key = tag.stateKey();
        CompletableFuture<StateRead> state = S3Bucket.builder(clients.s3(region), bucket).region(region).build()
                .getBytes(key)
                .thenApply(bytes -> new StateRead(Optional.of(TerraformState.parse(bytes, "s3://" + bucket + "/" + key)),
                        Optional.<String>empty()))
                .exceptionally(failure -> StateRead.missing(failure, bucket, key));
        DynamoTable<Map<String, Object>> locks =
                clients.dynamo(region).table(backend.lockTable(tag.environment(), region), LOCK_KEY);
        ItemKey lockId = ItemKey.of(bucket + "/" + key);
        ItemKey digestId = ItemKey.of(bucket + "/" + key + "-md5");
        CompletableFuture<LockRead> lockRead = locks.batchGet(List.of(lockId, digestId))
                .thenApply(items -> LockRead.of(items, lockId, digestId))
                .exceptionally(LockRead::missingTable);
        return state.thenCombine(lockRead, (read, lock) -> new StateReport(tag, region, bucket, read.state(),
                read.missing(), lock.tableFound(), lock.lock(), lock.digest()));
    }

    /** The lock table's read: the held lock and the digest, or no table at all. */
    private record LockRead(boolean tableFound, Optional<StateLock> lock, Optional<String> digest) {
        static LockRead of(BatchGetResult<Map<String, Object>> items, ItemKey lockId, ItemKey digestId) {
            if (!items.failures().isEmpty()) {
                throw new CompletionException(items.failures().values().iterator().next());
            }
            return new LockRead(true,
                    Optional.ofNullable(items.items().get(lockId)).map(item -> StateLock.parse((String) item.get("Info"))),
                    Optional.ofNullable(items.items().get(digestId)).map(item -> (String) item.get("Digest")));
        }

        static LockRead missingTable(Throwable failure) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof ResourceNotFoundException) {
                    return new LockRead(false, Optional.empty(), Optional.empty());
                }
            }
            throw failure instanceof CompletionException completion ? completion : new CompletionException(failure);
        }
    }

    /** The state object's read: the state, or why there is none. */
    private record StateRead(Optional<TerraformState> state, Optional<String> missing) {
        static StateRead missing(Throwable failure, String bucket, String key) {
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure;
            if (cause instanceof ObjectNotFoundException) {
                return new StateRead(Optional.empty(), Optional.of("no object " + key));
            }
            if (cause instanceof BucketNotFoundException) {
                return new StateRead(Optional.empty(), Optional.of("no bucket " + bucket));
            }
            throw cause instanceof CompletionException completion ? completion : new CompletionException(cause);
        }
    }

    @Override
    public void close() {
        clients.close();
    }
}

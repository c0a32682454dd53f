package dev.awskit.secrets;

import dev.awskit.core.Futures;
import dev.awskit.core.SecretValue;
import dev.awskit.core.cache.BatchResult;
import dev.awskit.core.cache.CachePolicy;
import dev.awskit.core.cache.CacheStats;
import dev.awskit.core.cache.RefreshingCache;
import dev.awskit.core.spi.JsonViews;
import dev.awskit.core.spi.Loaded;
import dev.awskit.secrets.internal.SecretKey;
import dev.awskit.secrets.internal.SecretsManagerLoader;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerAsyncClient;

/**
 * A cache of Secrets Manager secrets on the {@link RefreshingCache} engine: one {@code GetSecretValue} per
 * secret version however many readers miss at once, background refresh after the soft TTL, the last good
 * value served through transient outages, and values held as {@link SecretValue} so they never print.
 *
 * <pre>{@code
 * SecretCache secrets = SecretCache.create(SecretsManagerAsyncClient.create());
 * SecretValue password = secrets.sync().getField("prod/db", "password");
 * DbCredentials db = secrets.sync().getJson("prod/db", DbCredentials.class);
 * Connection connection = secrets.withSecret("prod/db", e -> e instanceof SQLInvalidAuthorizationSpecException,
 *         secret -> connect(AwsKitJson.read(secret.reveal(), DbCredentials.class)));
 * }</pre>
 *
 * <p>Needs only {@code secretsmanager:GetSecretValue} ({@code BatchGetSecretValue} for {@link #getAll});
 * never calls {@code DescribeSecret}. The version (stage or id) is part of the cache key; JSON types and
 * fields are derived once per loaded version, so no two options share an entry. Thread-safe; every method
 * returns without blocking except {@link #withSecret} and the {@link #sync()} view.
 */
public final class SecretCache implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger("dev.awskit.secrets");

    /** Keys: the bare id for AWSCURRENT reads (no allocation on the hot path), a {@link SecretKey} otherwise. */
    private final RefreshingCache<Object, Loaded<CachedSecret, SecretValue>> cache;
    private final SecretsManagerLoader loader;
    private final SyncSecretCache sync;

    private SecretCache(Builder builder) {
        this.loader = new SecretsManagerLoader(Objects.requireNonNull(builder.client, "client"));
        Map<String, CachePolicy> overrides = Map.copyOf(builder.overrides);
        RefreshingCache.Builder<Object, Loaded<CachedSecret, SecretValue>> engine = RefreshingCache
                .<Object, Loaded<CachedSecret, SecretValue>>builder(
                        key -> loader.load(SecretKey.of(key)).thenApply(SecretCache::wrap))
                .policy(builder.policy).timeSource(builder.timeSource).name("secrets")
                .recordHits(builder.recordHits)
                .freshView(Loaded::primaryValue)
                .keyCheck(key -> Names.secretId(SecretKey.of(key).secretId()))
                .policyFor(key -> overrides.get(SecretKey.of(key).secretId()));
        if (builder.scheduler != null) {
            engine.scheduler(builder.scheduler);
        }
        this.cache = engine.build();
        this.sync = new SyncSecretCache(this, cache);
    }

    private static Loaded<CachedSecret, SecretValue> wrap(CachedSecret secret) {
        return new Loaded<>(secret, secret.value());
    }

    /**
     * Creates a cache with the default {@link CachePolicy}.
     *
     * @param client the client; not closed by the cache
     * @return the cache
     * @throws NullPointerException if {@code client} is null
     */
    public static SecretCache create(SecretsManagerAsyncClient client) {
        return builder().client(client).build();
    }

    /**
     * Starts a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the current ({@code AWSCURRENT}) value of a secret, string or binary.
     *
     * @param secretId the name or ARN
     * @return the value; a failure is a {@code CacheLoadException} whose cause is the SDK error
     * @throws IllegalArgumentException if {@code secretId} is blank or longer than 2048 characters
     */
    public CompletableFuture<SecretValue> get(String secretId) {
        Loaded<CachedSecret, SecretValue> fresh = cache.getIfFresh(secretId);
        return fresh != null ? fresh.primary() : cache.get(secretId).thenCompose(Loaded::primary);
    }

    /**
     * Returns one version of a secret, for example {@link SecretVersion#pending()} during a rotation.
     *
     * @param secretId the name or ARN
     * @param version the stage or version id
     * @return the value
     * @throws IllegalArgumentException if {@code secretId} is blank or longer than 2048 characters
     */
    public CompletableFuture<SecretValue> get(String secretId, SecretVersion version) {
        CompletableFuture<Loaded<CachedSecret, SecretValue>> read = read(secretId, version);
        Loaded<CachedSecret, SecretValue> loaded = read.isDone() && !read.isCompletedExceptionally()
                ? read.join() : null;
        return loaded != null ? loaded.primary() : read.thenCompose(Loaded::primary);
    }

    /**
     * Returns one version of a secret with its metadata (name, ARN, version id, stages).
     *
     * @param secretId the name or ARN
     * @param version the stage or version id
     * @return the secret
     * @throws IllegalArgumentException if {@code secretId} is blank or longer than 2048 characters
     */
    public CompletableFuture<CachedSecret> getSecret(String secretId, SecretVersion version) {
        return read(secretId, version).thenApply(Loaded::record);
    }

    /**
     * Returns the current value as text (binary secrets decoded as UTF-8). Each call creates a new
     * {@code String}; prefer {@link #get(String)} and reveal the value where it is used.
     *
     * @param secretId the name or ARN
     * @return the text
     * @throws IllegalArgumentException if {@code secretId} is blank or longer than 2048 characters
     */
    public CompletableFuture<String> getString(String secretId) {
        return get(secretId).thenApply(SecretValue::reveal);
    }

    /**
     * Returns the current value's bytes (a string secret encoded as UTF-8), a fresh copy per call.
     *
     * @param secretId the name or ARN
     * @return the bytes
     * @throws IllegalArgumentException if {@code secretId} is blank or longer than 2048 characters
     */
    public CompletableFuture<byte[]> getBytes(String secretId) {
        return get(secretId).thenApply(SecretValue::revealBytes);
    }

    /**
     * Returns the current value read as JSON of {@code type}, parsed once per loaded version.
     *
     * @param secretId the name or ARN
     * @param type the target type; should be immutable, as every reader gets the same instance
     * @param <T> the target type
     * @return the value; fails with an {@code AwsKitException} naming the secret (not quoting it) when the
     *     secret is not such JSON
     * @throws IllegalArgumentException if {@code secretId} is blank or longer than 2048 characters
     */
    public <T> CompletableFuture<T> getJson(String secretId, Class<T> type) {
        return getJson(secretId, SecretVersion.current(), type);
    }

    /**
     * Returns one version read as JSON of {@code type}.
     *
     * @param secretId the name or ARN
     * @param version the stage or version id
     * @param type the target type
     * @param <T> the target type
     * @return the value
     * @throws IllegalArgumentException if {@code secretId} is blank or longer than 2048 characters
     */
    public <T> CompletableFuture<T> getJson(String secretId, SecretVersion version, Class<T> type) {
        Objects.requireNonNull(type, "type");
        return view(secretId, version, List.of("json", type),
                secret -> JsonViews.read(secret.value(), type, SecretKeyText.of(secretId, version)));
    }

    /**
     * Returns one top-level field of a JSON secret, such as {@code password}; a non-text field comes back
     * as its JSON text.
     *
     * @param secretId the name or ARN
     * @param field the field name
     * @return the field
     * @throws IllegalArgumentException if {@code secretId} or {@code field} is blank
     */
    public CompletableFuture<SecretValue> getField(String secretId, String field) {
        return getField(secretId, SecretVersion.current(), field);
    }

    /**
     * Returns one top-level field of one version of a JSON secret.
     *
     * @param secretId the name or ARN
     * @param version the stage or version id
     * @param field the field name
     * @return the field
     * @throws IllegalArgumentException if {@code secretId} or {@code field} is blank
     */
    public CompletableFuture<SecretValue> getField(String secretId, SecretVersion version, String field) {
        Names.field(field);
        return view(secretId, version, List.of("field", field),
                secret -> JsonViews.field(secret.value(), field, SecretKeyText.of(secretId, version)));
    }

    /**
     * Returns the current value of several secrets, reading the ones not cached with
     * {@code BatchGetSecretValue}, 20 per call. A secret that is missing or unreadable is reported in
     * {@link BatchResult#failures()} under its id; the others are still returned.
     *
     * @param secretIds names or ARNs
     * @return the values and per-id failures
     * @throws IllegalArgumentException if an id is blank or longer than 2048 characters
     */
    public CompletableFuture<BatchResult<String, SecretValue>> getAll(Collection<String> secretIds) {
        List<Object> ids = new java.util.ArrayList<>(Objects.requireNonNull(secretIds, "secretIds"));
        return cache.getAll(ids, batch -> {
            Set<SecretKey> keys = new LinkedHashSet<>();
            batch.forEach(id -> keys.add(SecretKey.of(id)));
            return loader.loadAll(keys).thenApply(result -> {
                Map<Object, Loaded<CachedSecret, SecretValue>> values = new HashMap<>();
                Map<Object, Throwable> failures = new HashMap<>();
                result.values().forEach((key, secret) -> values.put(key.secretId(), wrap(secret)));
                result.failures().forEach((key, failure) -> failures.put(key.secretId(), failure));
                return new BatchResult<>(values, failures);
            });
        }).thenApply(result -> {
            Map<String, SecretValue> values = new LinkedHashMap<>();
            Map<String, Throwable> failures = new LinkedHashMap<>();
            result.values().forEach((key, loaded) -> values.put((String) key, loaded.record().value()));
            result.failures().forEach((key, failure) -> failures.put((String) key, failure));
            return new BatchResult<>(values, failures);
        });
    }

    /**
     * Loads secrets into the cache ahead of use, as {@link #getAll(Collection)} does, and logs the ids that
     * failed at WARN.
     *
     * @param secretIds names or ARNs
     * @return what loaded and what failed; a failed id does not stop the others
     * @throws IllegalArgumentException if an id is blank or longer than 2048 characters
     */
    public CompletableFuture<BatchResult<String, SecretValue>> preload(Collection<String> secretIds) {
        return getAll(secretIds).whenComplete((result, failure) -> {
            if (result != null && !result.isComplete()) {
                LOG.warn("preload: {} of {} secrets failed: {}", result.failures().size(),
                        result.failures().size() + result.values().size(), result.failures().keySet());
            }
        });
    }

    /**
     * Reads the current value from Secrets Manager now; readers keep the cached value until it arrives.
     *
     * @param secretId the name or ARN
     * @return the new value, or the read's own failure
     * @throws IllegalArgumentException if {@code secretId} is blank or longer than 2048 characters
     */
    public CompletableFuture<SecretValue> refreshNow(String secretId) {
        return refreshNow(secretId, SecretVersion.current());
    }

    /**
     * Reads one version from Secrets Manager now.
     *
     * @param secretId the name or ARN
     * @param version the stage or version id
     * @return the new value, or the read's own failure
     * @throws IllegalArgumentException if {@code secretId} is blank or longer than 2048 characters
     */
    public CompletableFuture<SecretValue> refreshNow(String secretId, SecretVersion version) {
        return cache.refresh(key(secretId, version)).thenApply(loaded -> loaded.record().value());
    }

    /**
     * Drops every cached version of a secret.
     *
     * @param secretId the name or ARN
     * @throws IllegalArgumentException if {@code secretId} is blank or longer than 2048 characters
     */
    public void invalidate(String secretId) {
        String id = Names.secretId(secretId);
        cache.invalidateIf(key -> SecretKey.of(key).secretId().equals(id));
    }

    /**
     * Runs {@code action} with the current secret; if it fails with an error {@code authFailure} accepts
     * (the credentials were rejected, typically because the secret was rotated), reads the secret again from
     * Secrets Manager and runs {@code action} once more with the new value. Blocks the calling thread.
     *
     * @param secretId the name or ARN
     * @param authFailure tells "credentials rejected" from other failures
     * @param action the work
     * @param <T> the result type
     * @return the action's result
     * @throws SecretActionException if the action failed with a checked exception (the cause)
     * @throws dev.awskit.core.cache.CacheLoadException if the secret could not be read
     * @throws IllegalArgumentException if {@code secretId} is blank or longer than 2048 characters
     */
    public <T> T withSecret(String secretId, Predicate<? super Exception> authFailure, SecretFunction<T> action) {
        return RotationRetry.run(this, secretId, authFailure, action);
    }

    /**
     * The asynchronous form of {@link #withSecret(String, Predicate, SecretFunction)}: when the future
     * {@code action} returns fails with an error {@code authFailure} accepts, the secret is read again and
     * {@code action} runs once more.
     *
     * @param secretId the name or ARN
     * @param authFailure tells "credentials rejected" from other failures (given the unwrapped failure)
     * @param action the work
     * @param <T> the result type
     * @return the action's result
     * @throws IllegalArgumentException if {@code secretId} is blank or longer than 2048 characters
     */
    public <T> CompletableFuture<T> withSecretAsync(String secretId, Predicate<? super Throwable> authFailure,
            Function<SecretValue, CompletableFuture<T>> action) {
        return RotationRetry.runAsync(this, secretId, authFailure, action);
    }

    /**
     * Returns a blocking view of this cache, for code that is not asynchronous.
     *
     * @return the view
     */
    public SyncSecretCache sync() {
        return sync;
    }

    /**
     * Returns the cache's counters.
     *
     * @return a snapshot
     */
    public CacheStats stats() {
        return cache.stats();
    }

    /** Stops background refreshes; does not close the client. */
    @Override
    public void close() {
        cache.close();
    }

    private CompletableFuture<Loaded<CachedSecret, SecretValue>> read(String secretId, SecretVersion version) {
        return cache.get(key(secretId, version));
    }

    private static Object key(String secretId, SecretVersion version) {
        Names.secretId(secretId);
        return SecretVersion.current().equals(Objects.requireNonNull(version, "version")) ? secretId
                : new SecretKey(secretId, version);
    }

    private <T> CompletableFuture<T> view(String secretId, SecretVersion version, Object viewKey,
            Function<CachedSecret, T> derive) {
        return read(secretId, version).thenApply(loaded -> loaded.view(viewKey, derive));
    }

    /** Identifies a secret read in messages. */
    private record SecretKeyText(String secretId, SecretVersion version) {
        static SecretKeyText of(String secretId, SecretVersion version) {
            return new SecretKeyText(secretId, version);
        }

        @Override
        public String toString() {
            return "secret " + secretId + " (" + version + ")";
        }
    }

    /** Builds a {@link SecretCache}. Not thread-safe. */
    public static final class Builder extends CacheBuilder<Builder, SecretsManagerAsyncClient> {
        private Builder() {
        }

        @Override
        String overrideKey(String name) {
            return Names.secretId(name);
        }

        /**
         * Builds the cache.
         *
         * @return the cache
         * @throws NullPointerException if no client was set
         */
        public SecretCache build() {
            return new SecretCache(this);
        }
    }
}

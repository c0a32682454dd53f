package dev.awskit.secrets;

import dev.awskit.core.AsyncOnly;
import dev.awskit.core.AwsKitException;
import dev.awskit.core.SecretValue;
import dev.awskit.core.cache.BatchResult;
import dev.awskit.core.cache.CacheHandle;
import dev.awskit.core.cache.CachePolicy;
import dev.awskit.core.cache.CacheStats;
import dev.awskit.core.cache.FreshView;
import dev.awskit.core.cache.RefreshingCache;
import dev.awskit.core.cache.RefreshingCacheBuilder;
import dev.awskit.core.spi.JsonViews;
import dev.awskit.core.spi.Loaded;
import dev.awskit.secrets.internal.SecretKey;
import dev.awskit.secrets.internal.SecretsBackend;
import dev.awskit.secrets.internal.SecretsManagerLoader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerAsyncClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * A cache of Secrets Manager secrets on core's {@link RefreshingCache} engine: one {@code GetSecretValue} per
 * secret version however many readers miss at once, background refresh after the soft TTL, the last good value
 * served through outages, and values held as {@link SecretValue} so they never print.
 *
 * <pre>{@code
 * SecretCache secrets = SecretCache.create(SecretsManagerClient.create());        // or the async client
 * SecretValue password = secrets.sync().getField("prod/db", "password");
 * DbCredentials db = secrets.sync().getJson("prod/db", DbCredentials.class);
 * SecretHandleSync apiKey = secrets.handle("prod/api-key").sync();               // keep it: no map lookup
 * Connection connection = secrets.sync().withSecret("prod/db", e -> e instanceof SQLInvalidAuthorizationSpecException,
 *         secret -> connect(AwsKitJson.read(secret.reveal(), DbCredentials.class)));   // throws SQLException as is
 * }</pre>
 *
 * <p>Works with either client: {@link SecretsManagerAsyncClient}, or {@link SecretsManagerClient} (the lighter
 * one at a Lambda cold start), whose blocking calls run on a small pool the cache owns (or
 * {@link Builder#executor(Executor)}), never on a reader's thread. Needs only {@code secretsmanager:GetSecretValue}
 * ({@code BatchGetSecretValue} for {@link #getAll}); never calls {@code DescribeSecret}. The version (stage or
 * id) is part of the cache key; JSON types and fields are derived once per loaded version, so no two options
 * share an entry.
 *
 * <p>Reads fail with {@link dev.awskit.core.cache.CacheLoadException} (cause: the SDK's error); tell "not found"
 * from "stale" from "backend failing" with its {@code isNotFound()}, {@code isStale()}, {@code kind()}. Other
 * failures (a secret that is not the JSON asked for) are {@link AwsKitSecretsException}s. Thread-safe; every
 * method returns without blocking except those of the {@link #sync()} view.
 */
public final class SecretCache implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger("dev.awskit.secrets");
    /** The value of a loaded secret, kept beside it so that a hit reads one field. */
    static final FreshView<Loaded<CachedSecret, SecretValue>, SecretValue> VALUE = FreshView.of(Loaded::primaryValue);

    /** Keys: the bare id for AWSCURRENT reads (no allocation on the hot path), a {@link SecretKey} otherwise. */
    private final RefreshingCache<Object, Loaded<CachedSecret, SecretValue>> cache;
    private final SecretsBackend backend;
    private final SecretsManagerLoader loader;
    private final Map<String, CachePolicy> overrides;
    private final SecretCacheSync sync;

    private SecretCache(Builder builder) {
        builder.check();
        this.backend = builder.backend.apply(builder.executor);
        this.loader = new SecretsManagerLoader(backend);
        this.overrides = new ConcurrentHashMap<>(builder.overrides);
        RefreshingCacheBuilder<Object, Loaded<CachedSecret, SecretValue>> engine = RefreshingCache
                .<Object, Loaded<CachedSecret, SecretValue>>builder(
                        key -> loader.load(SecretKey.of(key)).thenApply(SecretCache::wrap))
                .policy(builder.policy).timeSource(builder.timeSource).name("secrets")
                .recordHits(builder.recordHits).freshView(VALUE).failureClassifier(builder.failureClassifier)
                .keyCheck(key -> Names.secretId(SecretKey.of(key).secretId()))
                .policyFor(key -> overrides.get(SecretKey.of(key).secretId()));
        if (builder.scheduler != null) {
            engine.scheduler(builder.scheduler);
        }
        this.cache = engine.build();
        this.sync = new SecretCacheSync(this, cache);
    }

    private static Loaded<CachedSecret, SecretValue> wrap(CachedSecret secret) {
        return new Loaded<>(secret, secret.value());
    }

    /**
     * Creates a cache with the default {@link CachePolicy} on an async client.
     *
     * @param client the client; not closed by the cache
     * @return the cache
     * @throws NullPointerException if {@code client} is null
     */
    public static SecretCache create(SecretsManagerAsyncClient client) {
        return builder(client).build();
    }

    /**
     * Creates a cache with the default {@link CachePolicy} on a sync client, whose calls run on a small pool the
     * cache owns.
     *
     * @param client the client; not closed by the cache
     * @return the cache
     * @throws NullPointerException if {@code client} is null
     */
    public static SecretCache create(SecretsManagerClient client) {
        return builder(client).build();
    }

    /**
     * Starts a builder for a cache on an async client.
     *
     * @param client the client; not closed by the cache
     * @return a new builder
     * @throws NullPointerException if {@code client} is null
     */
    public static Builder builder(SecretsManagerAsyncClient client) {
        Objects.requireNonNull(client, "client");
        return new Builder(executor -> SecretsBackend.of(client), false);
    }

    /**
     * Starts a builder for a cache on a sync client; its calls run on {@link Builder#executor(Executor)} or on a
     * pool of at most 4 daemon threads the cache owns.
     *
     * @param client the client; not closed by the cache
     * @return a new builder
     * @throws NullPointerException if {@code client} is null
     */
    public static Builder builder(SecretsManagerClient client) {
        Objects.requireNonNull(client, "client");
        return new Builder(executor -> SecretsBackend.of(client, executor), true);
    }

    /**
     * Returns the current ({@code AWSCURRENT}) value of a secret, string or binary.
     *
     * @param secretId the name or ARN
     * @return the value; a failure is a {@code CacheLoadException} whose cause is the SDK error
     * @throws IllegalArgumentException if {@code secretId} is blank or longer than 2048 characters
     * @throws NullPointerException if {@code secretId} is null
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
     * @throws NullPointerException if an argument is null
     */
    public CompletableFuture<SecretValue> get(String secretId, SecretVersion version) {
        return read(secretId, version).thenCompose(Loaded::primary);
    }

    /**
     * Returns the current version of a secret with its metadata (name, ARN, version id, stages).
     *
     * @param secretId the name or ARN
     * @return the secret
     * @throws IllegalArgumentException if {@code secretId} is blank or longer than 2048 characters
     * @throws NullPointerException if {@code secretId} is null
     */
    public CompletableFuture<CachedSecret> getSecret(String secretId) {
        return getSecret(secretId, SecretVersion.current());
    }

    /**
     * Returns one version of a secret with its metadata (name, ARN, version id, stages).
     *
     * @param secretId the name or ARN
     * @param version the stage or version id
     * @return the secret
     * @throws IllegalArgumentException if {@code secretId} is blank or longer than 2048 characters
     * @throws NullPointerException if an argument is null
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
     * @throws NullPointerException if {@code secretId} is null
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
     * @throws NullPointerException if {@code secretId} is null
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
     * @return the value; fails with an {@link AwsKitSecretsException} naming the secret (not quoting it) when
     *     the secret is not such JSON
     * @throws IllegalArgumentException if {@code secretId} is blank or longer than 2048 characters
     * @throws NullPointerException if an argument is null
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
     * @throws NullPointerException if an argument is null
     */
    public <T> CompletableFuture<T> getJson(String secretId, SecretVersion version, Class<T> type) {
        Objects.requireNonNull(type, "type");
        return read(secretId, version).thenApply(loaded -> json(loaded, key(secretId, version), type));
    }

    /**
     * Returns one top-level field of a JSON secret, such as {@code password}; a non-text field comes back as its
     * JSON text.
     *
     * @param secretId the name or ARN
     * @param field the field name
     * @return the field
     * @throws IllegalArgumentException if {@code secretId} or {@code field} is blank
     * @throws NullPointerException if an argument is null
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
     * @throws NullPointerException if an argument is null
     */
    public CompletableFuture<SecretValue> getField(String secretId, SecretVersion version, String field) {
        Names.field(field);
        return read(secretId, version).thenApply(loaded -> field(loaded, key(secretId, version), field));
    }

    static <T> T json(Loaded<CachedSecret, SecretValue> loaded, Object key, Class<T> type) {
        return derived(() -> loaded.view(List.of("json", type), s -> JsonViews.read(s.value(), type, "secret " + key)));
    }

    static SecretValue field(Loaded<CachedSecret, SecretValue> loaded, Object key, String field) {
        return derived(() -> loaded.view(List.of("field", field), s -> JsonViews.field(s.value(), field, "secret " + key)));
    }

    /** A value that is not the JSON asked for is this module's failure, not core's. */
    private static <T> T derived(java.util.function.Supplier<T> view) {
        try {
            return view.get();
        } catch (AwsKitSecretsException e) {
            throw e;
        } catch (AwsKitException e) {
            throw new AwsKitSecretsException(e.getMessage(), e.getCause());
        }
    }

    /**
     * Returns the current value of several secrets, reading the ones not cached with {@code BatchGetSecretValue},
     * 20 per call. A secret that is missing or unreadable is reported in {@link BatchResult#failures()} under its
     * id (a {@code CacheLoadException}); the others are still returned.
     *
     * @param secretIds names or ARNs
     * @return the values and per-id failures
     * @throws IllegalArgumentException if an id is blank or longer than 2048 characters
     * @throws NullPointerException if {@code secretIds} or an id is null
     */
    public CompletableFuture<BatchResult<String, SecretValue>> getAll(Collection<String> secretIds) {
        List<Object> ids = new ArrayList<>(Objects.requireNonNull(secretIds, "secretIds"));
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
     * @throws NullPointerException if {@code secretIds} or an id is null
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
     * @return the new value, or the read's own failure (the SDK's error)
     * @throws IllegalArgumentException if {@code secretId} is blank or longer than 2048 characters
     * @throws NullPointerException if {@code secretId} is null
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
     * @throws NullPointerException if an argument is null
     */
    public CompletableFuture<SecretValue> refreshNow(String secretId, SecretVersion version) {
        return cache.refresh(key(secretId, version)).thenApply(Loaded::primaryValue);
    }

    /**
     * Runs {@code action} with the current secret; when the future it returns fails with an error
     * {@code authFailure} accepts (the credentials were rejected, typically because the secret was rotated),
     * reads the secret again from Secrets Manager and runs {@code action} once more with the new value. An action
     * that throws instead of returning a failed future counts as one that failed. The blocking form is
     * {@link SecretCacheSync#withSecret(String, Predicate, SecretFunction)}.
     *
     * @param secretId the name or ARN
     * @param authFailure tells "credentials rejected" from other failures (given the unwrapped failure)
     * @param action the work
     * @param <T> the result type
     * @return the action's result, or its failure as it is
     * @throws IllegalArgumentException if {@code secretId} is blank or longer than 2048 characters
     * @throws NullPointerException if an argument is null
     */
    @AsyncOnly("its action is itself asynchronous; SecretCacheSync.withSecret runs a blocking action")
    public <T> CompletableFuture<T> withSecretAsync(String secretId, Predicate<? super Throwable> authFailure,
            Function<? super SecretValue, ? extends CompletionStage<T>> action) {
        return RotationRetry.runAsync(this, Names.secretId(secretId), authFailure, action);
    }

    /**
     * Returns a handle bound to the current version of a secret, for a component that reads it again and again:
     * its reads skip the cache's map lookup and behave as {@link #get(String)} does. Creating it reads nothing.
     *
     * @param secretId the name or ARN
     * @return the handle; keep it
     * @throws IllegalArgumentException if {@code secretId} is blank or longer than 2048 characters
     * @throws NullPointerException if {@code secretId} is null
     */
    public SecretHandle handle(String secretId) {
        return handle(secretId, SecretVersion.current());
    }

    /**
     * Returns a handle bound to one version of a secret.
     *
     * @param secretId the name or ARN
     * @param version the stage or version id
     * @return the handle; keep it
     * @throws IllegalArgumentException if {@code secretId} is blank or longer than 2048 characters
     * @throws NullPointerException if an argument is null
     */
    public SecretHandle handle(String secretId, SecretVersion version) {
        Object key = key(secretId, version);
        CacheHandle<Object, Loaded<CachedSecret, SecretValue>> entry = cache.handle(key);
        return new SecretHandle(entry, secretId, version);
    }

    /**
     * Drops every cached version of a secret.
     *
     * @param secretId the name or ARN
     * @throws IllegalArgumentException if {@code secretId} is blank or longer than 2048 characters
     * @throws NullPointerException if {@code secretId} is null
     */
    public void invalidate(String secretId) {
        String id = Names.secretId(secretId);
        cache.invalidateIf(key -> SecretKey.of(key).secretId().equals(id));
    }

    /**
     * Returns the blocking view of this cache, the same instance every time.
     *
     * @return the view
     */
    public SecretCacheSync sync() {
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

    /**
     * Returns the policy of every secret without its own.
     *
     * @return the policy
     */
    public CachePolicy policy() {
        return cache.policy();
    }

    /** Gives a secret its own policy from now on (its next load), for the preloader's per-entry TTLs. */
    void policy(String secretId, CachePolicy policy) {
        overrides.put(Names.secretId(secretId), policy);
    }

    /** Stops background refreshes and the pool of a sync client's calls, if the cache made them; not the client. */
    @Override
    public void close() {
        cache.close();
        backend.close();
    }

    private CompletableFuture<Loaded<CachedSecret, SecretValue>> read(String secretId, SecretVersion version) {
        return cache.get(key(secretId, version));
    }

    private static Object key(String secretId, SecretVersion version) {
        Names.secretId(secretId);
        return SecretVersion.current().equals(Objects.requireNonNull(version, "version")) ? secretId
                : new SecretKey(secretId, version);
    }

    /** Builds a {@link SecretCache}; start with {@link SecretCache#builder(SecretsManagerAsyncClient)}. */
    public static final class Builder extends CacheBuilder<Builder> {
        private final Function<Executor, SecretsBackend> backend;

        private Builder(Function<Executor, SecretsBackend> backend, boolean syncClient) {
            super(syncClient);
            this.backend = backend;
        }

        @Override
        String overrideKey(String name) {
            return Names.secretId(name);
        }

        /**
         * Builds the cache.
         *
         * @return the cache
         * @throws IllegalStateException if an executor was set for an async client
         */
        public SecretCache build() {
            return new SecretCache(this);
        }
    }
}

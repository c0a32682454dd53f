package dev.awskit.secrets;

import dev.awskit.core.SecretValue;
import dev.awskit.core.cache.BatchResult;
import dev.awskit.core.cache.CachePolicy;
import dev.awskit.core.cache.CacheStats;
import dev.awskit.core.cache.FreshView;
import dev.awskit.core.cache.RefreshingCache;
import dev.awskit.core.spi.DaemonScheduler;
import dev.awskit.core.spi.Loaded;
import dev.awskit.secrets.internal.ParameterReader;
import dev.awskit.secrets.internal.SsmBackend;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.ssm.SsmAsyncClient;
import software.amazon.awssdk.services.ssm.SsmClient;

/**
 * A cache of Parameter Store parameters on core's {@link RefreshingCache} engine, with the same single load,
 * background refresh and stale-if-error behaviour as {@link SecretCache}, reading through the same code as
 * {@link ParameterStore} (so a cached read fails with a {@code CacheLoadException} whose cause is the
 * {@link ParameterStoreException} the uncached read raises).
 *
 * <pre>{@code
 * ParameterCache parameters = ParameterCache.create(SsmClient.create());                 // or the async client
 * String level = parameters.sync().get("/app/log-level");
 * String previous = parameters.sync().get("/app/log-level:3");                           // a version
 * SecretValue apiKey = parameters.sync().getSecure("/app/api-key");                      // decrypted
 * SecretValue shared = parameters.sync().getSecure("/aws/reference/secretsmanager/secret_info");
 * Map<String, Parameter> all = parameters.sync().getByPath("/app/");                     // one entry
 * ParameterHandleSync flags = parameters.handle("/app/flags").sync();                    // keep it
 * }</pre>
 *
 * <p>Names carry versions the way Parameter Store itself does, with a selector: {@code name:3} (a version) or
 * {@code name:prod} (a label). The cache key holds the name with its selector and whether the value is decrypted;
 * a type (list, JSON class) is derived once per loaded value. So a decrypted and an encrypted read, or a String
 * and a JSON read, never share an entry. Works with {@link SsmAsyncClient} or {@link SsmClient} (whose blocking
 * calls run on a small pool the cache owns). Thread-safe and non-blocking except the {@link #sync()} view.
 */
public final class ParameterCache implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger("dev.awskit.secrets");
    private static final String SECRETS_MANAGER_REFERENCE = "/aws/reference/secretsmanager/";
    /** A plain read's value as text, revealed once per load so that a hit allocates nothing. */
    static final FreshView<Loaded<Parameter, String>, String> TEXT = FreshView.of(Loaded::primaryValue);
    /** A decrypted read's value. */
    static final FreshView<Loaded<Parameter, SecretValue>, SecretValue> SECURE = FreshView.of(Loaded::primaryValue);

    private final RefreshingCache<String, Loaded<Parameter, String>> plain;
    private final RefreshingCache<String, Loaded<Parameter, SecretValue>> secure;
    private final RefreshingCache<String, Map<String, Parameter>> paths;
    private final SsmBackend backend;
    private final ParameterReader reader;
    private final ScheduledExecutorService ownScheduler;
    private final Map<String, CachePolicy> overrides;
    private final ParameterCacheSync sync;

    private ParameterCache(Builder builder) {
        builder.check();
        this.backend = builder.backend.apply(builder.executor);
        this.reader = new ParameterReader(backend);
        this.overrides = new ConcurrentHashMap<>(builder.overrides);
        this.ownScheduler = builder.scheduler == null ? DaemonScheduler.create("awskit-parameter-cache") : null;
        ScheduledExecutorService scheduler = builder.scheduler != null ? builder.scheduler : ownScheduler;
        Function<String, CachePolicy> policyFor = overrides::get;
        this.plain = RefreshingCache.<String, Loaded<Parameter, String>>builder(
                        name -> reader.get(name, false).thenApply(p -> new Loaded<>(p, p.value())))
                .policy(builder.policy).policyFor(policyFor).timeSource(builder.timeSource).scheduler(scheduler)
                .recordHits(builder.recordHits).failureClassifier(builder.failureClassifier).freshView(TEXT)
                .keyCheck(Names::parameterName).name("parameters").build();
        this.secure = RefreshingCache.<String, Loaded<Parameter, SecretValue>>builder(
                        name -> reader.get(name, true).thenApply(p -> new Loaded<>(p, p.secretValue())))
                .policy(builder.policy).policyFor(policyFor).timeSource(builder.timeSource).scheduler(scheduler)
                .recordHits(builder.recordHits).failureClassifier(builder.failureClassifier).freshView(SECURE)
                .keyCheck(Names::parameterName).name("parameters (decrypted)").build();
        this.paths = RefreshingCache.<String, Map<String, Parameter>>builder(
                        path -> reader.getByPath(path, true, true))
                .policy(builder.policy).policyFor(policyFor).timeSource(builder.timeSource).scheduler(scheduler)
                .recordHits(builder.recordHits).failureClassifier(builder.failureClassifier)
                .keyCheck(Names::path).name("parameter paths").build();
        this.sync = new ParameterCacheSync(this, plain, secure);
    }

    /**
     * Creates a cache with the default {@link CachePolicy} on an async client.
     *
     * @param client the client; not closed by the cache
     * @return the cache
     * @throws NullPointerException if {@code client} is null
     */
    public static ParameterCache create(SsmAsyncClient client) {
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
    public static ParameterCache create(SsmClient client) {
        return builder(client).build();
    }

    /**
     * Starts a builder for a cache on an async client.
     *
     * @param client the client; not closed by the cache
     * @return a new builder
     * @throws NullPointerException if {@code client} is null
     */
    public static Builder builder(SsmAsyncClient client) {
        Objects.requireNonNull(client, "client");
        return new Builder(executor -> SsmBackend.of(client), false);
    }

    /**
     * Starts a builder for a cache on a sync client; its calls run on {@link Builder#executor(Executor)} or on a
     * pool of at most 4 daemon threads the cache owns.
     *
     * @param client the client; not closed by the cache
     * @return a new builder
     * @throws NullPointerException if {@code client} is null
     */
    public static Builder builder(SsmClient client) {
        Objects.requireNonNull(client, "client");
        return new Builder(executor -> SsmBackend.of(client, executor), true);
    }

    /**
     * Returns a String or StringList parameter's value as stored, without decryption (a SecureString comes back
     * encrypted: use {@link #getSecure(String)} for those).
     *
     * @param name the name, optionally with {@code :version} or {@code :label}
     * @return the value; a failure is a {@code CacheLoadException} whose cause is a {@link ParameterStoreException}
     * @throws IllegalArgumentException if {@code name} is malformed or is a Secrets Manager reference (which needs
     *     decryption)
     * @throws NullPointerException if {@code name} is null
     */
    public CompletableFuture<String> get(String name) {
        Loaded<Parameter, String> fresh = plain.getIfFresh(name);
        return fresh != null ? fresh.primary() : plain.get(plainName(name)).thenCompose(Loaded::primary);
    }

    /**
     * Returns a StringList parameter's items (a String parameter as one item), without decryption.
     *
     * @param name the name, optionally with {@code :version} or {@code :label}
     * @return the items
     * @throws IllegalArgumentException if {@code name} is malformed or is a Secrets Manager reference
     * @throws NullPointerException if {@code name} is null
     */
    public CompletableFuture<List<String>> getList(String name) {
        return plain.get(plainName(name)).thenApply(ParameterCache::list);
    }

    static List<String> list(Loaded<Parameter, String> loaded) {
        return loaded.view("list", Parameter::values);
    }

    /**
     * Returns a parameter decrypted, in the redaction type: a SecureString, or a Secrets Manager secret through
     * {@code /aws/reference/secretsmanager/<secret id>}.
     *
     * @param name the name, optionally with {@code :version} or {@code :label}
     * @return the decrypted value
     * @throws IllegalArgumentException if {@code name} is malformed
     * @throws NullPointerException if {@code name} is null
     */
    public CompletableFuture<SecretValue> getSecure(String name) {
        Loaded<Parameter, SecretValue> fresh = secure.getIfFresh(name);
        return fresh != null ? fresh.primary() : secure.get(name).thenCompose(Loaded::primary);
    }

    /**
     * Returns a parameter (decrypted) read as JSON of {@code type}, parsed once per loaded version.
     *
     * @param name the name, optionally with {@code :version} or {@code :label}
     * @param type the target type; should be immutable
     * @param <T> the target type
     * @return the value; fails with an {@link AwsKitSecretsException} (not quoting the value) if it is not such
     *     JSON
     * @throws IllegalArgumentException if {@code name} is malformed
     * @throws NullPointerException if an argument is null
     */
    public <T> CompletableFuture<T> getJson(String name, Class<T> type) {
        Objects.requireNonNull(type, "type");
        return secure.get(name).thenApply(loaded -> json(loaded, type));
    }

    static <T> T json(Loaded<Parameter, SecretValue> loaded, Class<T> type) {
        try {
            return loaded.view(List.of("json", type), parameter -> dev.awskit.core.spi.JsonViews.read(
                    parameter.secretValue(), type, "parameter " + parameter.name()));
        } catch (AwsKitSecretsException e) {
            throw e;
        } catch (dev.awskit.core.AwsKitException e) {
            throw new AwsKitSecretsException(e.getMessage(), e.getCause());
        }
    }

    /**
     * Returns a parameter with its metadata.
     *
     * @param name the name, optionally with {@code :version} or {@code :label}
     * @param decrypt whether to decrypt a SecureString (part of the cache key)
     * @return the parameter
     * @throws IllegalArgumentException if {@code name} is malformed, or is a Secrets Manager reference read without
     *     decryption
     * @throws NullPointerException if {@code name} is null
     */
    public CompletableFuture<Parameter> getParameter(String name, boolean decrypt) {
        return decrypt ? secure.get(name).thenApply(Loaded::record)
                : plain.get(plainName(name)).thenApply(Loaded::record);
    }

    /**
     * Returns every parameter under {@code path}, recursively and decrypted, cached as one entry.
     *
     * @param path a path starting with {@code /}
     * @return the parameters by full name
     * @throws IllegalArgumentException if {@code path} does not start with {@code /} or has spaces
     * @throws NullPointerException if {@code path} is null
     */
    public CompletableFuture<Map<String, Parameter>> getByPath(String path) {
        return paths.get(Names.path(path));
    }

    /**
     * Returns several parameters (decrypted), reading the ones not cached with {@code GetParameters}, 10 names
     * per call. Names Parameter Store reports invalid are in {@link BatchResult#failures()}.
     *
     * @param names names, optionally with selectors
     * @return the parameters and per-name failures ({@code CacheLoadException}s)
     * @throws IllegalArgumentException if a name is malformed
     * @throws NullPointerException if {@code names} or a name is null
     */
    public CompletableFuture<BatchResult<String, Parameter>> getAll(Collection<String> names) {
        List<String> keys = new ArrayList<>(Objects.requireNonNull(names, "names"));
        return secure.getAll(keys, batch -> reader.getAll(new ArrayList<>(batch), true).thenApply(result -> {
            Map<String, Loaded<Parameter, SecretValue>> values = new HashMap<>();
            result.values().forEach((name, parameter) -> values.put(name, new Loaded<>(parameter,
                    parameter.secretValue())));
            return new BatchResult<>(values, result.failures());
        })).thenApply(result -> {
            Map<String, Parameter> values = new LinkedHashMap<>();
            result.values().forEach((name, loaded) -> values.put(name, loaded.record()));
            return new BatchResult<>(values, result.failures());
        });
    }

    /**
     * Loads parameters (decrypted) into the cache ahead of use, as {@link #getAll(Collection)} does, and logs the
     * names that failed at WARN.
     *
     * @param names names, optionally with selectors
     * @return what loaded and what failed; a failed name does not stop the others
     * @throws IllegalArgumentException if a name is malformed
     * @throws NullPointerException if {@code names} or a name is null
     */
    public CompletableFuture<BatchResult<String, Parameter>> preload(Collection<String> names) {
        return getAll(names).whenComplete((result, failure) -> {
            if (result != null && !result.isComplete()) {
                LOG.warn("preload: {} of {} parameters failed: {}", result.failures().size(),
                        result.failures().size() + result.values().size(), result.failures().keySet());
            }
        });
    }

    /**
     * Reads a parameter from Parameter Store now; readers keep the cached value until the new one arrives.
     *
     * @param name the name, optionally with a selector
     * @param decrypt which cached read to refresh: decrypted or not
     * @return the new parameter, or the read's own failure (a {@link ParameterStoreException})
     * @throws IllegalArgumentException if {@code name} is malformed
     * @throws NullPointerException if {@code name} is null
     */
    public CompletableFuture<Parameter> refreshNow(String name, boolean decrypt) {
        return decrypt ? secure.refresh(name).thenApply(Loaded::record)
                : plain.refresh(plainName(name)).thenApply(Loaded::record);
    }

    /**
     * Returns a handle bound to one parameter name, for a component that reads it again and again: its reads
     * skip the cache's map lookup and behave as this cache's reads do. Creating it reads nothing.
     *
     * @param name the name, optionally with {@code :version} or {@code :label}
     * @return the handle; keep it
     * @throws IllegalArgumentException if {@code name} is malformed
     * @throws NullPointerException if {@code name} is null
     */
    public ParameterHandle handle(String name) {
        Names.parameterName(name);
        return new ParameterHandle(name, plain.handle(name), secure.handle(name),
                name.startsWith(SECRETS_MANAGER_REFERENCE));
    }

    /**
     * Drops every cached read of a name (decrypted or not) or path.
     *
     * @param nameOrPath the name (with selector) or path
     * @throws IllegalArgumentException if the name is malformed
     * @throws NullPointerException if {@code nameOrPath} is null
     */
    public void invalidate(String nameOrPath) {
        String name = Names.parameterName(nameOrPath);
        plain.invalidate(name);
        secure.invalidate(name);
        paths.invalidate(name);
    }

    /**
     * Returns the blocking view of this cache, the same instance every time.
     *
     * @return the view
     */
    public ParameterCacheSync sync() {
        return sync;
    }

    /**
     * Returns the counters of single-parameter reads, decrypted or not.
     *
     * @return a snapshot
     */
    public CacheStats stats() {
        CacheStats a = plain.stats();
        CacheStats b = secure.stats();
        return new CacheStats(a.hitsRecorded(), a.hits() + b.hits(), a.misses() + b.misses(),
                a.loadSuccesses() + b.loadSuccesses(), a.loadFailures() + b.loadFailures(),
                a.staleServed() + b.staleServed(), a.evictions() + b.evictions(), a.expirations() + b.expirations());
    }

    /**
     * Returns the counters of path reads.
     *
     * @return a snapshot
     */
    public CacheStats pathStats() {
        return paths.stats();
    }

    /**
     * Returns the policy of every parameter without its own.
     *
     * @return the policy
     */
    public CachePolicy policy() {
        return plain.policy();
    }

    /** Gives a name or path its own policy from now on (its next load), for the preloader's per-entry TTLs. */
    void policy(String nameOrPath, CachePolicy policy) {
        overrides.put(Names.parameterName(nameOrPath), policy);
    }

    /** Stops background refreshes and the pool of a sync client's calls, if the cache made them; not the client. */
    @Override
    public void close() {
        plain.close();
        secure.close();
        paths.close();
        backend.close();
        if (ownScheduler != null) {
            ownScheduler.shutdownNow();
        }
    }

    static String plainName(String name) {
        if (Names.parameterName(name).startsWith(SECRETS_MANAGER_REFERENCE)) {
            throw new IllegalArgumentException("a Secrets Manager reference needs decryption, read it with "
                    + "getSecure: '" + name + "'");
        }
        return name;
    }

    /** Builds a {@link ParameterCache}; start with {@link ParameterCache#builder(SsmAsyncClient)}. */
    public static final class Builder extends CacheBuilder<Builder> {
        private final Function<Executor, SsmBackend> backend;

        private Builder(Function<Executor, SsmBackend> backend, boolean syncClient) {
            super(syncClient);
            this.backend = backend;
        }

        @Override
        String overrideKey(String name) {
            return Names.parameterName(name);
        }

        /**
         * Builds the cache.
         *
         * @return the cache
         * @throws IllegalStateException if an executor was set for an async client
         */
        public ParameterCache build() {
            return new ParameterCache(this);
        }
    }
}

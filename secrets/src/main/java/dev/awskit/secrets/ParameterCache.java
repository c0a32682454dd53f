package dev.awskit.secrets;

import dev.awskit.core.spi.DaemonScheduler;
import dev.awskit.core.SecretValue;
import dev.awskit.core.cache.BatchResult;
import dev.awskit.core.cache.CachePolicy;
import dev.awskit.core.cache.CacheStats;
import dev.awskit.core.cache.RefreshingCache;
import dev.awskit.core.spi.JsonViews;
import dev.awskit.core.spi.Loaded;
import dev.awskit.secrets.internal.ParameterKey;
import dev.awskit.secrets.internal.SsmLoader;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;
import software.amazon.awssdk.services.ssm.SsmAsyncClient;

/**
 * A cache of Parameter Store parameters on the {@link RefreshingCache} engine, with the same single-load,
 * background refresh and stale-if-error behaviour as {@link SecretCache}.
 *
 * <pre>{@code
 * ParameterCache parameters = ParameterCache.create(SsmAsyncClient.create());
 * String level = parameters.sync().get("/app/log-level");
 * SecretValue apiKey = parameters.sync().getSecure("/app/api-key");                        // decrypted
 * SecretValue shared = parameters.sync().getSecure("/aws/reference/secretsmanager/secret_info");
 * Map<String, Parameter> all = parameters.sync().getByPath("/app/");                        // one entry
 * }</pre>
 *
 * <p>Names may carry Parameter Store's selectors, {@code name:3} (a version) or {@code name:prod} (a label).
 * The cache key holds the name with its selector, whether the value is decrypted, and whether it is a path
 * read; a type (list, JSON class) is derived once per loaded value. So a decrypted and an encrypted read, or a
 * String and a JSON read, never share an entry. Thread-safe and non-blocking except the {@link #sync()} view.
 */
public final class ParameterCache implements AutoCloseable {
    private static final String SECRETS_MANAGER_REFERENCE = "/aws/reference/secretsmanager/";

    private final RefreshingCache<ParameterKey, Loaded<Parameter, Parameter>> parameters;
    private final RefreshingCache<ParameterKey, Map<String, Parameter>> paths;
    private final SsmLoader loader;
    private final ScheduledExecutorService ownScheduler;
    private final SyncParameterCache sync = new SyncParameterCache(this);

    private ParameterCache(Builder builder) {
        this.loader = new SsmLoader(Objects.requireNonNull(builder.client, "client"));
        this.ownScheduler = builder.scheduler == null ? DaemonScheduler.create("awskit-parameter-cache") : null;
        ScheduledExecutorService scheduler = builder.scheduler != null ? builder.scheduler : ownScheduler;
        Map<String, CachePolicy> overrides = Map.copyOf(builder.overrides);
        this.parameters = RefreshingCache
                .<ParameterKey, Loaded<Parameter, Parameter>>builder(key -> loader.load(key).thenApply(ParameterCache::wrap))
                .policy(builder.policy).policyFor(key -> overrides.get(key.name())).timeSource(builder.timeSource)
                .scheduler(scheduler).recordHits(builder.recordHits).name("parameters").build();
        this.paths = RefreshingCache.<ParameterKey, Map<String, Parameter>>builder(loader::loadPath)
                .policy(builder.policy).policyFor(key -> overrides.get(key.name())).timeSource(builder.timeSource)
                .scheduler(scheduler).recordHits(builder.recordHits).name("parameter-paths").build();
    }

    private static Loaded<Parameter, Parameter> wrap(Parameter parameter) {
        return new Loaded<>(parameter, parameter);
    }

    /**
     * Creates a cache with the default {@link CachePolicy}.
     *
     * @param client the client; not closed by the cache
     * @return the cache
     * @throws NullPointerException if {@code client} is null
     */
    public static ParameterCache create(SsmAsyncClient client) {
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
     * Returns a String or StringList parameter's value as stored, without decryption (a SecureString comes
     * back encrypted: use {@link #getSecure(String)} for those).
     *
     * @param name the name, optionally with {@code :version} or {@code :label}
     * @return the value
     * @throws IllegalArgumentException if {@code name} is malformed or is a Secrets Manager reference (which
     *     needs decryption)
     */
    public CompletableFuture<String> get(String name) {
        return getParameter(plainName(name), false).thenApply(Parameter::value);
    }

    /**
     * Returns a StringList parameter's items (a String parameter as one item), without decryption.
     *
     * @param name the name, optionally with {@code :version} or {@code :label}
     * @return the items
     * @throws IllegalArgumentException if {@code name} is malformed or is a Secrets Manager reference
     */
    public CompletableFuture<List<String>> getList(String name) {
        return view(plainName(name), false, "list", Parameter::values);
    }

    /**
     * Returns a parameter decrypted, in the redaction type: a SecureString, or a Secrets Manager secret through
     * {@code /aws/reference/secretsmanager/<secret id>}.
     *
     * @param name the name, optionally with {@code :version} or {@code :label}
     * @return the decrypted value
     * @throws IllegalArgumentException if {@code name} is malformed
     */
    public CompletableFuture<SecretValue> getSecure(String name) {
        return getParameter(name, true).thenApply(Parameter::secretValue);
    }

    /**
     * Returns a parameter (decrypted) read as JSON of {@code type}, parsed once per loaded version.
     *
     * @param name the name, optionally with {@code :version} or {@code :label}
     * @param type the target type; should be immutable
     * @param <T> the target type
     * @return the value
     * @throws IllegalArgumentException if {@code name} is malformed
     */
    public <T> CompletableFuture<T> getJson(String name, Class<T> type) {
        Objects.requireNonNull(type, "type");
        return view(name, true, List.of("json", type),
                parameter -> JsonViews.read(parameter.secretValue(), type, "parameter " + parameter.name()));
    }

    /**
     * Returns a parameter with its metadata.
     *
     * @param name the name, optionally with {@code :version} or {@code :label}
     * @param decrypt whether to decrypt a SecureString (part of the cache key)
     * @return the parameter
     * @throws IllegalArgumentException if {@code name} is malformed, or is a Secrets Manager reference read
     *     without decryption
     */
    public CompletableFuture<Parameter> getParameter(String name, boolean decrypt) {
        if (!decrypt) {
            plainName(name);
        }
        CompletableFuture<Loaded<Parameter, Parameter>> read =
                parameters.get(new ParameterKey(Names.parameterName(name), decrypt, false));
        Loaded<Parameter, Parameter> loaded = read.isDone() && !read.isCompletedExceptionally() ? read.join() : null;
        return loaded != null ? loaded.primary() : read.thenCompose(Loaded::primary);
    }

    /**
     * Returns every parameter under {@code path}, recursively and decrypted, cached as one entry.
     *
     * @param path a path starting with {@code /}
     * @return the parameters by full name
     * @throws IllegalArgumentException if {@code path} does not start with {@code /}
     */
    public CompletableFuture<Map<String, Parameter>> getByPath(String path) {
        return paths.get(new ParameterKey(path(path), true, true));
    }

    /**
     * Returns several parameters (decrypted), reading the ones not cached with {@code GetParameters}, 10 names
     * per call. Names Parameter Store reports invalid are in {@link BatchResult#failures()}.
     *
     * @param names names, optionally with selectors
     * @return the parameters and per-name failures
     * @throws IllegalArgumentException if a name is malformed
     */
    public CompletableFuture<BatchResult<String, Parameter>> getAll(Collection<String> names) {
        Map<ParameterKey, String> keys = new LinkedHashMap<>();
        for (String name : Objects.requireNonNull(names, "names")) {
            keys.put(new ParameterKey(Names.parameterName(name), true, false), name);
        }
        return parameters.getAll(keys.keySet(), batch -> loader.loadAll(batch).thenApply(result -> {
            Map<ParameterKey, Loaded<Parameter, Parameter>> values = new HashMap<>();
            result.values().forEach((key, parameter) -> values.put(key, wrap(parameter)));
            return new BatchResult<>(values, result.failures());
        })).thenApply(result -> {
            Map<String, Parameter> values = new LinkedHashMap<>();
            Map<String, Throwable> failures = new LinkedHashMap<>();
            result.values().forEach((key, loaded) -> values.put(keys.get(key), loaded.record()));
            result.failures().forEach((key, failure) -> failures.put(keys.get(key), failure));
            return new BatchResult<>(values, failures);
        });
    }

    /**
     * Reads a parameter from Parameter Store now; readers keep the cached value until the new one arrives.
     *
     * @param name the name, optionally with a selector
     * @param decrypt which cached read to refresh: decrypted or not
     * @return the new parameter, or the read's own failure
     * @throws IllegalArgumentException if {@code name} is malformed
     */
    public CompletableFuture<Parameter> refreshNow(String name, boolean decrypt) {
        if (!decrypt) {
            plainName(name);
        }
        return parameters.refresh(new ParameterKey(Names.parameterName(name), decrypt, false))
                .thenApply(Loaded::record);
    }

    /**
     * Drops every cached read of a name (decrypted or not) or path.
     *
     * @param nameOrPath the name (with selector) or path
     * @throws IllegalArgumentException if the name is malformed
     */
    public void invalidate(String nameOrPath) {
        String name = Names.parameterName(nameOrPath);
        parameters.invalidateIf(key -> key.name().equals(name));
        paths.invalidateIf(key -> key.name().equals(name));
    }

    /**
     * Returns a blocking view of this cache.
     *
     * @return the view
     */
    public SyncParameterCache sync() {
        return sync;
    }

    /**
     * Returns the counters of single-parameter reads.
     *
     * @return a snapshot
     */
    public CacheStats stats() {
        return parameters.stats();
    }

    /**
     * Returns the counters of path reads.
     *
     * @return a snapshot
     */
    public CacheStats pathStats() {
        return paths.stats();
    }

    /** Stops background refreshes; does not close the client. */
    @Override
    public void close() {
        parameters.close();
        paths.close();
        if (ownScheduler != null) {
            ownScheduler.shutdownNow();
        }
    }

    private <T> CompletableFuture<T> view(String name, boolean decrypt, Object viewKey, Function<Parameter, T> derive) {
        return parameters.get(new ParameterKey(Names.parameterName(name), decrypt, false))
                .thenApply(loaded -> loaded.view(viewKey, derive));
    }

    private static String plainName(String name) {
        if (Names.parameterName(name).startsWith(SECRETS_MANAGER_REFERENCE)) {
            throw new IllegalArgumentException("a Secrets Manager reference needs decryption, read it with "
                    + "getSecure: '" + name + "'");
        }
        return name;
    }

    private static String path(String path) {
        Objects.requireNonNull(path, "path");
        if (!path.startsWith("/") || path.isBlank() || path.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("path must start with / and have no spaces: '" + path + "'");
        }
        return path;
    }

    /** Builds a {@link ParameterCache}. Not thread-safe. */
    public static final class Builder extends CacheBuilder<Builder, SsmAsyncClient> {
        private Builder() {
        }

        @Override
        String overrideKey(String name) {
            return Names.parameterName(name);
        }

        /**
         * Builds the cache.
         *
         * @return the cache
         * @throws NullPointerException if no client was set
         */
        public ParameterCache build() {
            return new ParameterCache(this);
        }
    }
}

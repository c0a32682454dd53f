package dev.awskit.secrets;

import dev.awskit.core.SecretValue;
import dev.awskit.core.cache.CacheHandle;
import dev.awskit.core.spi.Loaded;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * One parameter name of a {@link ParameterCache}, bound once ({@link ParameterCache#handle(String)}) and read many
 * times without the cache's map lookup; reads behave as the cache's own (TTLs, background refresh, stale serving
 * through outages, the same failures). Plain and decrypted reads stay apart, as in the cache.
 *
 * <pre>{@code
 * private final ParameterHandleSync logLevel = parameters.handle("/app/log-level").sync();
 * ...
 * String level = logLevel.get();
 * }</pre>
 *
 * <p>Thread-safe; creating it reads nothing.
 */
public final class ParameterHandle {
    private final String name;
    private final CacheHandle<String, Loaded<Parameter, String>> plain;
    private final CacheHandle<String, Loaded<Parameter, SecretValue>> secure;
    private final boolean reference;
    private final ParameterHandleSync sync;

    ParameterHandle(String name, CacheHandle<String, Loaded<Parameter, String>> plain,
            CacheHandle<String, Loaded<Parameter, SecretValue>> secure, boolean reference) {
        this.name = name;
        this.plain = plain;
        this.secure = secure;
        this.reference = reference;
        this.sync = new ParameterHandleSync(this, plain, secure);
    }

    /**
     * Returns the name this handle reads.
     *
     * @return the name, with any selector
     */
    public String name() {
        return name;
    }

    /**
     * Returns the value as stored, without decryption; see {@link ParameterCache#get(String)}.
     *
     * @return the value
     * @throws IllegalArgumentException if the name is a Secrets Manager reference (which needs decryption)
     */
    public CompletableFuture<String> get() {
        Loaded<Parameter, String> fresh = plain.getIfFresh();
        return fresh != null ? fresh.primary() : plainHandle().get().thenCompose(Loaded::primary);
    }

    /**
     * Returns a StringList's items; see {@link ParameterCache#getList(String)}.
     *
     * @return the items
     * @throws IllegalArgumentException if the name is a Secrets Manager reference
     */
    public CompletableFuture<List<String>> getList() {
        return plainHandle().get().thenApply(ParameterCache::list);
    }

    /**
     * Returns the value decrypted; see {@link ParameterCache#getSecure(String)}.
     *
     * @return the decrypted value
     */
    public CompletableFuture<SecretValue> getSecure() {
        Loaded<Parameter, SecretValue> fresh = secure.getIfFresh();
        return fresh != null ? fresh.primary() : secure.get().thenCompose(Loaded::primary);
    }

    /**
     * Returns the value (decrypted) read as JSON; see {@link ParameterCache#getJson(String, Class)}.
     *
     * @param type the target type
     * @param <T> the target type
     * @return the value
     * @throws NullPointerException if {@code type} is null
     */
    public <T> CompletableFuture<T> getJson(Class<T> type) {
        Objects.requireNonNull(type, "type");
        return secure.get().thenApply(loaded -> ParameterCache.json(loaded, type));
    }

    /**
     * Returns the parameter with its metadata; see {@link ParameterCache#getParameter(String, boolean)}.
     *
     * @param decrypt whether to decrypt
     * @return the parameter
     * @throws IllegalArgumentException if the name is a Secrets Manager reference read without decryption
     */
    public CompletableFuture<Parameter> getParameter(boolean decrypt) {
        return decrypt ? secure.get().thenApply(Loaded::record) : plainHandle().get().thenApply(Loaded::record);
    }

    /**
     * Reads the parameter now; see {@link ParameterCache#refreshNow(String, boolean)}.
     *
     * @param decrypt which cached read to refresh
     * @return the new parameter, or the read's own failure
     * @throws IllegalArgumentException if the name is a Secrets Manager reference read without decryption
     */
    public CompletableFuture<Parameter> refreshNow(boolean decrypt) {
        return decrypt ? secure.refresh().thenApply(Loaded::record)
                : plainHandle().refresh().thenApply(Loaded::record);
    }

    private CacheHandle<String, Loaded<Parameter, String>> plainHandle() {
        if (reference) {
            ParameterCache.plainName(name);
        }
        return plain;
    }

    /**
     * Returns the blocking view of this handle, the same instance every time.
     *
     * @return the view
     */
    public ParameterHandleSync sync() {
        return sync;
    }

    /** Names the parameter, never its value. */
    @Override
    public String toString() {
        return "ParameterHandle[" + name + "]";
    }
}

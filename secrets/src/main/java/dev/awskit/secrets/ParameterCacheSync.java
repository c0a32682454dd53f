package dev.awskit.secrets;

import dev.awskit.core.Futures;
import dev.awskit.core.SecretValue;
import dev.awskit.core.cache.BatchResult;
import dev.awskit.core.cache.RefreshingCache;
import dev.awskit.core.spi.Loaded;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The blocking view of a {@link ParameterCache} ({@link ParameterCache#sync()}). A fresh hit of {@link #get} or
 * {@link #getSecure} returns without touching a future or allocating; failures are thrown as they are
 * ({@code CacheLoadException}), not wrapped in {@code CompletionException}. Thread-safe.
 */
public final class ParameterCacheSync {
    private final ParameterCache cache;
    private final RefreshingCache<String, Loaded<Parameter, String>> plain;
    private final RefreshingCache<String, Loaded<Parameter, SecretValue>> secure;

    ParameterCacheSync(ParameterCache cache, RefreshingCache<String, Loaded<Parameter, String>> plain,
            RefreshingCache<String, Loaded<Parameter, SecretValue>> secure) {
        this.cache = cache;
        this.plain = plain;
        this.secure = secure;
    }

    /**
     * Returns the value as stored; see {@link ParameterCache#get(String)}.
     *
     * @param name the name, optionally with a selector
     * @return the value
     * @throws dev.awskit.core.cache.CacheLoadException if the read failed
     * @throws IllegalArgumentException if {@code name} is malformed or a Secrets Manager reference
     * @throws NullPointerException if {@code name} is null
     */
    public String get(String name) {
        String fresh = plain.getViewIfFresh(name, ParameterCache.TEXT);
        return fresh != null ? fresh : Futures.join(cache.get(name));
    }

    /**
     * Returns a StringList's items; see {@link ParameterCache#getList(String)}.
     *
     * @param name the name, optionally with a selector
     * @return the items
     */
    public List<String> getList(String name) {
        return Futures.join(cache.getList(name));
    }

    /**
     * Returns the value decrypted; see {@link ParameterCache#getSecure(String)}.
     *
     * @param name the name, optionally with a selector
     * @return the decrypted value
     * @throws dev.awskit.core.cache.CacheLoadException if the read failed
     */
    public SecretValue getSecure(String name) {
        SecretValue fresh = secure.getViewIfFresh(name, ParameterCache.SECURE);
        return fresh != null ? fresh : Futures.join(cache.getSecure(name));
    }

    /**
     * Returns the value read as JSON; see {@link ParameterCache#getJson(String, Class)}.
     *
     * @param name the name, optionally with a selector
     * @param type the target type
     * @param <T> the target type
     * @return the value
     */
    public <T> T getJson(String name, Class<T> type) {
        return Futures.join(cache.getJson(name, type));
    }

    /**
     * Returns the parameter with its metadata; see {@link ParameterCache#getParameter(String, boolean)}.
     *
     * @param name the name, optionally with a selector
     * @param decrypt whether to decrypt
     * @return the parameter
     */
    public Parameter getParameter(String name, boolean decrypt) {
        return Futures.join(cache.getParameter(name, decrypt));
    }

    /**
     * Returns every parameter under a path; see {@link ParameterCache#getByPath(String)}.
     *
     * @param path the path
     * @return the parameters by full name
     */
    public Map<String, Parameter> getByPath(String path) {
        return Futures.join(cache.getByPath(path));
    }

    /**
     * Returns several parameters; see {@link ParameterCache#getAll(Collection)}.
     *
     * @param names the names
     * @return the parameters and per-name failures
     */
    public BatchResult<String, Parameter> getAll(Collection<String> names) {
        return Futures.join(cache.getAll(names));
    }

    /**
     * Loads parameters ahead of use; see {@link ParameterCache#preload(Collection)}.
     *
     * @param names the names
     * @return what loaded and what failed
     */
    public BatchResult<String, Parameter> preload(Collection<String> names) {
        return Futures.join(cache.preload(names));
    }

    /**
     * Reads a parameter now; see {@link ParameterCache#refreshNow(String, boolean)}.
     *
     * @param name the name, optionally with a selector
     * @param decrypt which cached read to refresh
     * @return the new parameter
     */
    public Parameter refreshNow(String name, boolean decrypt) {
        return Futures.join(cache.refreshNow(name, decrypt));
    }

    /**
     * Returns the blocking view of a handle; see {@link ParameterCache#handle(String)}.
     *
     * @param name the name, optionally with a selector
     * @return the handle's blocking view; keep it
     */
    public ParameterHandleSync handle(String name) {
        return cache.handle(name).sync();
    }
}

package dev.awskit.secrets;

import dev.awskit.core.Futures;
import dev.awskit.core.SecretValue;
import dev.awskit.core.cache.BatchResult;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The blocking view of a {@link ParameterCache}. A hit returns without waiting; failures are thrown as they
 * are, not wrapped in {@code CompletionException}.
 */
public final class SyncParameterCache {
    private final ParameterCache cache;

    SyncParameterCache(ParameterCache cache) {
        this.cache = cache;
    }

    /**
     * See {@link ParameterCache#get(String)}.
     *
     * @param name the name, optionally with a selector
     * @return the value as stored
     */
    public String get(String name) {
        return Futures.join(cache.get(name));
    }

    /**
     * See {@link ParameterCache#getList(String)}.
     *
     * @param name the name, optionally with a selector
     * @return the items
     */
    public List<String> getList(String name) {
        return Futures.join(cache.getList(name));
    }

    /**
     * See {@link ParameterCache#getSecure(String)}.
     *
     * @param name the name, optionally with a selector
     * @return the decrypted value
     */
    public SecretValue getSecure(String name) {
        return Futures.join(cache.getSecure(name));
    }

    /**
     * See {@link ParameterCache#getJson(String, Class)}.
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
     * See {@link ParameterCache#getParameter(String, boolean)}.
     *
     * @param name the name, optionally with a selector
     * @param decrypt whether to decrypt
     * @return the parameter
     */
    public Parameter getParameter(String name, boolean decrypt) {
        return Futures.join(cache.getParameter(name, decrypt));
    }

    /**
     * See {@link ParameterCache#getByPath(String)}.
     *
     * @param path the path
     * @return the parameters by full name
     */
    public Map<String, Parameter> getByPath(String path) {
        return Futures.join(cache.getByPath(path));
    }

    /**
     * See {@link ParameterCache#getAll(Collection)}.
     *
     * @param names the names
     * @return the parameters and per-name failures
     */
    public BatchResult<String, Parameter> getAll(Collection<String> names) {
        return Futures.join(cache.getAll(names));
    }
}

package dev.awskit.secrets;

import dev.awskit.core.Futures;
import dev.awskit.core.SecretValue;
import dev.awskit.core.cache.CacheHandle;
import dev.awskit.core.spi.Loaded;
import java.util.List;

/**
 * The blocking view of a {@link ParameterHandle}. A fresh hit of {@link #get()} or {@link #getSecure()} is two
 * field reads, no map lookup and no allocation; failures are thrown as they are ({@code CacheLoadException}).
 * Thread-safe.
 */
public final class ParameterHandleSync {
    private final ParameterHandle handle;
    private final CacheHandle<String, Loaded<Parameter, String>> plain;
    private final CacheHandle<String, Loaded<Parameter, SecretValue>> secure;

    ParameterHandleSync(ParameterHandle handle, CacheHandle<String, Loaded<Parameter, String>> plain,
            CacheHandle<String, Loaded<Parameter, SecretValue>> secure) {
        this.handle = handle;
        this.plain = plain;
        this.secure = secure;
    }

    /**
     * Returns the value as stored; see {@link ParameterHandle#get()}.
     *
     * @return the value
     * @throws dev.awskit.core.cache.CacheLoadException if the read failed
     */
    public String get() {
        String fresh = plain.getViewIfFresh(ParameterCache.TEXT);
        return fresh != null ? fresh : Futures.join(handle.get());
    }

    /**
     * Returns a StringList's items; see {@link ParameterHandle#getList()}.
     *
     * @return the items
     */
    public List<String> getList() {
        return Futures.join(handle.getList());
    }

    /**
     * Returns the value decrypted; see {@link ParameterHandle#getSecure()}.
     *
     * @return the decrypted value
     * @throws dev.awskit.core.cache.CacheLoadException if the read failed
     */
    public SecretValue getSecure() {
        SecretValue fresh = secure.getViewIfFresh(ParameterCache.SECURE);
        return fresh != null ? fresh : Futures.join(handle.getSecure());
    }

    /**
     * Returns the value read as JSON; see {@link ParameterHandle#getJson(Class)}.
     *
     * @param type the target type
     * @param <T> the target type
     * @return the value
     */
    public <T> T getJson(Class<T> type) {
        return Futures.join(handle.getJson(type));
    }

    /**
     * Returns the parameter with its metadata; see {@link ParameterHandle#getParameter(boolean)}.
     *
     * @param decrypt whether to decrypt
     * @return the parameter
     */
    public Parameter getParameter(boolean decrypt) {
        return Futures.join(handle.getParameter(decrypt));
    }

    /**
     * Reads the parameter now; see {@link ParameterHandle#refreshNow(boolean)}.
     *
     * @param decrypt which cached read to refresh
     * @return the new parameter
     */
    public Parameter refreshNow(boolean decrypt) {
        return Futures.join(handle.refreshNow(decrypt));
    }

    /** Names the parameter, never its value. */
    @Override
    public String toString() {
        return handle.toString();
    }
}

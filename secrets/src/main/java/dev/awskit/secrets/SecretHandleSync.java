package dev.awskit.secrets;

import dev.awskit.core.Futures;
import dev.awskit.core.SecretValue;
import dev.awskit.core.cache.CacheHandle;
import dev.awskit.core.spi.Loaded;

/**
 * The blocking view of a {@link SecretHandle}. A fresh hit is two field reads (the handle's entry, the entry's
 * value), no map lookup and no allocation; failures are thrown as they are ({@code CacheLoadException}).
 * Thread-safe.
 */
public final class SecretHandleSync {
    private final SecretHandle handle;
    private final CacheHandle<Object, Loaded<CachedSecret, SecretValue>> entry;

    SecretHandleSync(SecretHandle handle, CacheHandle<Object, Loaded<CachedSecret, SecretValue>> entry) {
        this.handle = handle;
        this.entry = entry;
    }

    /**
     * Returns the value; see {@link SecretHandle#get()}.
     *
     * @return the value
     * @throws dev.awskit.core.cache.CacheLoadException if the read failed
     */
    public SecretValue get() {
        SecretValue fresh = entry.getViewIfFresh(SecretCache.VALUE);
        return fresh != null ? fresh : Futures.join(handle.get());
    }

    /**
     * Returns the secret with its metadata; see {@link SecretHandle#getSecret()}.
     *
     * @return the secret
     */
    public CachedSecret getSecret() {
        return Futures.join(handle.getSecret());
    }

    /**
     * Returns the value read as JSON; see {@link SecretHandle#getJson(Class)}.
     *
     * @param type the target type
     * @param <T> the target type
     * @return the value
     */
    public <T> T getJson(Class<T> type) {
        return Futures.join(handle.getJson(type));
    }

    /**
     * Returns one field of the JSON value; see {@link SecretHandle#getField(String)}.
     *
     * @param field the field name
     * @return the field
     */
    public SecretValue getField(String field) {
        return Futures.join(handle.getField(field));
    }

    /**
     * Reads the secret now; see {@link SecretHandle#refreshNow()}.
     *
     * @return the new value
     */
    public SecretValue refreshNow() {
        return Futures.join(handle.refreshNow());
    }

    /** Names the secret, never its value. */
    @Override
    public String toString() {
        return handle.toString();
    }
}

package dev.awskit.secrets;

import dev.awskit.core.SecretValue;
import dev.awskit.core.cache.CacheHandle;
import dev.awskit.core.spi.Loaded;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * One secret version of a {@link SecretCache}, bound once ({@link SecretCache#handle(String)}) and read many times
 * without the cache's map lookup; reads behave as the cache's own (TTLs, background refresh, stale serving
 * through outages, the same failures). A component keeps it:
 *
 * <pre>{@code
 * private final SecretHandleSync password = secrets.handle("prod/db-password").sync();
 * ...
 * connect(user, password.get().reveal());
 * }</pre>
 *
 * <p>Thread-safe; creating it reads nothing.
 */
public final class SecretHandle {
    private final CacheHandle<Object, Loaded<CachedSecret, SecretValue>> entry;
    private final String secretId;
    private final SecretVersion version;
    private final SecretHandleSync sync;

    SecretHandle(CacheHandle<Object, Loaded<CachedSecret, SecretValue>> entry, String secretId, SecretVersion version) {
        this.entry = entry;
        this.secretId = secretId;
        this.version = version;
        this.sync = new SecretHandleSync(this, entry);
    }

    /**
     * Returns the secret this handle reads.
     *
     * @return the name or ARN
     */
    public String secretId() {
        return secretId;
    }

    /**
     * Returns the version this handle reads.
     *
     * @return the stage or version id
     */
    public SecretVersion version() {
        return version;
    }

    /**
     * Returns the value; see {@link SecretCache#get(String)}.
     *
     * @return the value, or a {@code CacheLoadException}
     */
    public CompletableFuture<SecretValue> get() {
        Loaded<CachedSecret, SecretValue> fresh = entry.getIfFresh();
        return fresh != null ? fresh.primary() : entry.get().thenCompose(Loaded::primary);
    }

    /**
     * Returns the secret with its metadata; see {@link SecretCache#getSecret(String)}.
     *
     * @return the secret
     */
    public CompletableFuture<CachedSecret> getSecret() {
        return entry.get().thenApply(Loaded::record);
    }

    /**
     * Returns the value read as JSON of {@code type}, parsed once per loaded version; see
     * {@link SecretCache#getJson(String, Class)}.
     *
     * @param type the target type
     * @param <T> the target type
     * @return the value
     * @throws NullPointerException if {@code type} is null
     */
    public <T> CompletableFuture<T> getJson(Class<T> type) {
        Objects.requireNonNull(type, "type");
        return entry.get().thenApply(loaded -> SecretCache.json(loaded, entry.key(), type));
    }

    /**
     * Returns one top-level field of the JSON value; see {@link SecretCache#getField(String, String)}.
     *
     * @param field the field name
     * @return the field
     * @throws IllegalArgumentException if {@code field} is blank
     * @throws NullPointerException if {@code field} is null
     */
    public CompletableFuture<SecretValue> getField(String field) {
        Names.field(field);
        return entry.get().thenApply(loaded -> SecretCache.field(loaded, entry.key(), field));
    }

    /**
     * Reads the secret from Secrets Manager now; readers keep the cached value until it arrives.
     *
     * @return the new value, or the read's own failure
     */
    public CompletableFuture<SecretValue> refreshNow() {
        return entry.refresh().thenApply(Loaded::primaryValue);
    }

    /**
     * Returns the blocking view of this handle, the same instance every time.
     *
     * @return the view
     */
    public SecretHandleSync sync() {
        return sync;
    }

    /** Names the secret, never its value. */
    @Override
    public String toString() {
        return "SecretHandle[" + entry.key() + "]";
    }
}

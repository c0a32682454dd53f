package dev.awskit.secrets;

import dev.awskit.core.Futures;
import dev.awskit.core.SecretValue;
import dev.awskit.core.cache.BatchResult;
import dev.awskit.core.cache.RefreshingCache;
import dev.awskit.core.spi.Loaded;
import java.util.Collection;
import java.util.function.Predicate;

/**
 * The blocking view of a {@link SecretCache} ({@link SecretCache#sync()}): the same reads, waiting for the value,
 * plus {@link #withSecret}, which runs a blocking action. A fresh hit returns without touching a future; failures
 * are thrown as they are ({@code CacheLoadException}), not wrapped in {@code CompletionException}. Thread-safe.
 */
public final class SecretCacheSync {
    private final SecretCache cache;
    /** The engine itself, whose fresh view of an AWSCURRENT read is its {@code SecretValue}: one lookup, one field. */
    private final RefreshingCache<Object, Loaded<CachedSecret, SecretValue>> engine;

    SecretCacheSync(SecretCache cache, RefreshingCache<Object, Loaded<CachedSecret, SecretValue>> engine) {
        this.cache = cache;
        this.engine = engine;
    }

    /**
     * Returns the current value; see {@link SecretCache#get(String)}.
     *
     * @param secretId the name or ARN
     * @return the value
     * @throws dev.awskit.core.cache.CacheLoadException if the read failed
     * @throws IllegalArgumentException if {@code secretId} is blank or longer than 2048 characters
     * @throws NullPointerException if {@code secretId} is null
     */
    public SecretValue get(String secretId) {
        SecretValue fresh = engine.getViewIfFresh(secretId, SecretCache.VALUE);
        return fresh != null ? fresh : Futures.join(cache.get(secretId));
    }

    /**
     * Returns one version; see {@link SecretCache#get(String, SecretVersion)}.
     *
     * @param secretId the name or ARN
     * @param version the stage or version id
     * @return the value
     */
    public SecretValue get(String secretId, SecretVersion version) {
        return Futures.join(cache.get(secretId, version));
    }

    /**
     * Returns the current version with its metadata; see {@link SecretCache#getSecret(String)}.
     *
     * @param secretId the name or ARN
     * @return the secret
     */
    public CachedSecret getSecret(String secretId) {
        return Futures.join(cache.getSecret(secretId));
    }

    /**
     * Returns one version with its metadata; see {@link SecretCache#getSecret(String, SecretVersion)}.
     *
     * @param secretId the name or ARN
     * @param version the stage or version id
     * @return the secret
     */
    public CachedSecret getSecret(String secretId, SecretVersion version) {
        return Futures.join(cache.getSecret(secretId, version));
    }

    /**
     * Returns the current value as text, a new {@code String} per call; see {@link SecretCache#getString(String)}.
     *
     * @param secretId the name or ARN
     * @return the text
     */
    public String getString(String secretId) {
        return get(secretId).reveal();
    }

    /**
     * Returns a copy of the current value's bytes; see {@link SecretCache#getBytes(String)}.
     *
     * @param secretId the name or ARN
     * @return the bytes
     */
    public byte[] getBytes(String secretId) {
        return get(secretId).revealBytes();
    }

    /**
     * Returns the current value read as JSON; see {@link SecretCache#getJson(String, Class)}.
     *
     * @param secretId the name or ARN
     * @param type the target type
     * @param <T> the target type
     * @return the value
     */
    public <T> T getJson(String secretId, Class<T> type) {
        return Futures.join(cache.getJson(secretId, type));
    }

    /**
     * Returns one version read as JSON; see {@link SecretCache#getJson(String, SecretVersion, Class)}.
     *
     * @param secretId the name or ARN
     * @param version the stage or version id
     * @param type the target type
     * @param <T> the target type
     * @return the value
     */
    public <T> T getJson(String secretId, SecretVersion version, Class<T> type) {
        return Futures.join(cache.getJson(secretId, version, type));
    }

    /**
     * Returns one field of the current value; see {@link SecretCache#getField(String, String)}.
     *
     * @param secretId the name or ARN
     * @param field the field name
     * @return the field
     */
    public SecretValue getField(String secretId, String field) {
        return Futures.join(cache.getField(secretId, field));
    }

    /**
     * Returns one field of one version; see {@link SecretCache#getField(String, SecretVersion, String)}.
     *
     * @param secretId the name or ARN
     * @param version the stage or version id
     * @param field the field name
     * @return the field
     */
    public SecretValue getField(String secretId, SecretVersion version, String field) {
        return Futures.join(cache.getField(secretId, version, field));
    }

    /**
     * Returns several secrets; see {@link SecretCache#getAll(Collection)}.
     *
     * @param secretIds names or ARNs
     * @return the values and per-id failures
     */
    public BatchResult<String, SecretValue> getAll(Collection<String> secretIds) {
        return Futures.join(cache.getAll(secretIds));
    }

    /**
     * Loads secrets ahead of use; see {@link SecretCache#preload(Collection)}.
     *
     * @param secretIds names or ARNs
     * @return what loaded and what failed
     */
    public BatchResult<String, SecretValue> preload(Collection<String> secretIds) {
        return Futures.join(cache.preload(secretIds));
    }

    /**
     * Reads the current value now; see {@link SecretCache#refreshNow(String)}.
     *
     * @param secretId the name or ARN
     * @return the new value
     */
    public SecretValue refreshNow(String secretId) {
        return Futures.join(cache.refreshNow(secretId));
    }

    /**
     * Reads one version now; see {@link SecretCache#refreshNow(String, SecretVersion)}.
     *
     * @param secretId the name or ARN
     * @param version the stage or version id
     * @return the new value
     */
    public SecretValue refreshNow(String secretId, SecretVersion version) {
        return Futures.join(cache.refreshNow(secretId, version));
    }

    /**
     * Returns the blocking view of a handle bound to the current version; see {@link SecretCache#handle(String)}.
     *
     * @param secretId the name or ARN
     * @return the handle's blocking view; keep it
     */
    public SecretHandleSync handle(String secretId) {
        return cache.handle(secretId).sync();
    }

    /**
     * Runs {@code action} with the current secret; if it fails with an exception {@code authFailure} accepts (the
     * credentials were rejected, typically because the secret was rotated), reads the secret again from Secrets
     * Manager and runs {@code action} once more with the new value. Blocks the calling thread. The action's own
     * exception, checked or not, reaches the caller as it is.
     *
     * <pre>{@code
     * Connection c = secrets.sync().withSecret("prod/db", e -> e instanceof SQLInvalidAuthorizationSpecException,
     *         secret -> DriverManager.getConnection(url, "app", secret.reveal()));   // throws SQLException
     * }</pre>
     *
     * @param secretId the name or ARN
     * @param authFailure tells "credentials rejected" from other failures
     * @param action the work
     * @param <T> the result type
     * @param <X> the checked exception the action may throw
     * @return the action's result
     * @throws X the action's failure, as it is (after the retry, the retry's failure)
     * @throws dev.awskit.core.cache.CacheLoadException if the secret could not be read
     * @throws IllegalArgumentException if {@code secretId} is blank or longer than 2048 characters
     * @throws NullPointerException if an argument is null
     */
    public <T, X extends Exception> T withSecret(String secretId, Predicate<? super Exception> authFailure,
            SecretFunction<T, X> action) throws X {
        return RotationRetry.run(cache, this, Names.secretId(secretId), authFailure, action);
    }
}

package dev.awskit.secrets;

import dev.awskit.core.Futures;
import dev.awskit.core.SecretValue;
import dev.awskit.core.cache.BatchResult;
import dev.awskit.core.cache.RefreshingCache;
import java.util.Collection;

/**
 * The blocking view of a {@link SecretCache}: the same reads, waiting for the value. A hit returns without
 * waiting. Failures are thrown as they are, not wrapped in {@code CompletionException}.
 */
public final class SyncSecretCache {
    private final SecretCache cache;
    /** The engine itself, whose fresh view of an AWSCURRENT read is its {@code SecretValue}. */
    private final RefreshingCache<Object, ?> engine;

    SyncSecretCache(SecretCache cache, RefreshingCache<Object, ?> engine) {
        this.cache = cache;
        this.engine = engine;
    }

    /**
     * See {@link SecretCache#get(String)}.
     *
     * @param secretId the name or ARN
     * @return the current value
     */
    public SecretValue get(String secretId) {
        Object fresh = engine.getViewIfFresh(secretId);
        return fresh != null ? (SecretValue) fresh : Futures.join(cache.get(secretId));
    }

    /**
     * See {@link SecretCache#get(String, SecretVersion)}.
     *
     * @param secretId the name or ARN
     * @param version the stage or version id
     * @return the value
     */
    public SecretValue get(String secretId, SecretVersion version) {
        return Futures.join(cache.get(secretId, version));
    }

    /**
     * See {@link SecretCache#getString(String)}.
     *
     * @param secretId the name or ARN
     * @return the text
     */
    public String getString(String secretId) {
        return get(secretId).reveal();
    }

    /**
     * See {@link SecretCache#getBytes(String)}.
     *
     * @param secretId the name or ARN
     * @return a copy of the bytes
     */
    public byte[] getBytes(String secretId) {
        return Futures.join(cache.getBytes(secretId));
    }

    /**
     * See {@link SecretCache#getJson(String, Class)}.
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
     * See {@link SecretCache#getField(String, String)}.
     *
     * @param secretId the name or ARN
     * @param field the field name
     * @return the field
     */
    public SecretValue getField(String secretId, String field) {
        return Futures.join(cache.getField(secretId, field));
    }

    /**
     * See {@link SecretCache#getAll(Collection)}.
     *
     * @param secretIds names or ARNs
     * @return the values and per-id failures
     */
    public BatchResult<String, SecretValue> getAll(Collection<String> secretIds) {
        return Futures.join(cache.getAll(secretIds));
    }

    /**
     * See {@link SecretCache#refreshNow(String)}.
     *
     * @param secretId the name or ARN
     * @return the new value
     */
    public SecretValue refreshNow(String secretId) {
        return Futures.join(cache.refreshNow(secretId));
    }
}

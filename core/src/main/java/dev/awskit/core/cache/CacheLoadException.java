package dev.awskit.core.cache;

import dev.awskit.core.AwsKitException;
import java.util.Objects;

/**
 * A cache read failed. Every awskit cache (secrets, parameters, items) fails its reads with this type, and its
 * {@linkplain #getCause() cause} is the failure the uncached read raised. Tell the cases apart with:
 *
 * <ul>
 *   <li>{@link #isNotFound()}: the item does not exist (not found, deleted, scheduled for deletion, invalid
 *       name);</li>
 *   <li>{@link #isForbidden()}: the item exists but may not be read (access denied, decryption refused);</li>
 *   <li>{@link #isStale()}: the cache held a value, but it outlived the maximum staleness while refreshes kept
 *       failing with an outage;</li>
 *   <li>otherwise {@link #kind()} is {@link FailureKind#OUTAGE}: the backend is failing (throttling, 5xx,
 *       timeouts, connection or credentials problems) and there was no value to serve.</li>
 * </ul>
 *
 * <p>The kind comes from the cache's {@link FailureClassifier}. A fresh instance is thrown to each reader; the
 * cause may be shared. The message names the cache and the key, never a value.
 */
public class CacheLoadException extends AwsKitException {
    private static final long serialVersionUID = 1L;

    private final String cacheName;
    private final String key;
    private final FailureKind kind;
    private final boolean stale;

    /**
     * Creates the exception.
     *
     * @param cacheName the cache's name, for example {@code secrets}
     * @param key the key as the caller named it (identifiers only), for example {@code prod/db}
     * @param message what went wrong
     * @param kind what the failure says about the item
     * @param stale whether a value existed but became too stale to serve
     * @param cause the load failure
     * @throws NullPointerException if {@code cacheName}, {@code key} or {@code kind} is null
     */
    public CacheLoadException(String cacheName, String key, String message, FailureKind kind, boolean stale,
            Throwable cause) {
        super(message, cause);
        this.cacheName = Objects.requireNonNull(cacheName, "cacheName");
        this.key = Objects.requireNonNull(key, "key");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.stale = stale;
    }

    /**
     * Returns the name of the cache that failed, for example {@code secrets} or {@code parameters}.
     *
     * @return the cache's name
     */
    public String cacheName() {
        return cacheName;
    }

    /**
     * Returns the key that failed as the caller named it: a secret id ({@code prod/db}, or
     * {@code prod/db (AWSPENDING)} for another version), a parameter name with its selector ({@code /app/level:3}),
     * a path. Never a value.
     *
     * @return the key as text
     */
    public String key() {
        return key;
    }

    /**
     * Returns what the failure says about the item, as the cache's {@link FailureClassifier} decided.
     *
     * @return the kind
     */
    public FailureKind kind() {
        return kind;
    }

    /**
     * Tells whether the item does not exist (not found, deleted, scheduled for deletion, invalid name).
     *
     * @return {@code true} for {@link FailureKind#NOT_FOUND}
     */
    public boolean isNotFound() {
        return kind == FailureKind.NOT_FOUND;
    }

    /**
     * Tells whether the item exists but may not be read (access denied, decryption refused).
     *
     * @return {@code true} for {@link FailureKind#FORBIDDEN}
     */
    public boolean isForbidden() {
        return kind == FailureKind.FORBIDDEN;
    }

    /**
     * Tells whether the cache held a value that became older than the maximum staleness while refreshes failed
     * with an outage.
     *
     * @return {@code true} for a value that expired during an outage
     */
    public boolean isStale() {
        return stale;
    }
}

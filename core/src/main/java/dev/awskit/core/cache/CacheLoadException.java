package dev.awskit.core.cache;

import dev.awskit.core.AwsKitException;

/**
 * A cache read failed: the load failed (the cause says why), a failed load is still being remembered, or the
 * last good value outlived the maximum staleness while refreshes kept failing ({@link #isStale()}).
 *
 * <p>A fresh instance is thrown to each reader; the cause may be shared. The message names the key, never a
 * value.
 */
public class CacheLoadException extends AwsKitException {
    private static final long serialVersionUID = 1L;

    private final String key;
    private final boolean stale;

    /**
     * Creates the exception.
     *
     * @param key the key as text (identifiers only)
     * @param message what went wrong
     * @param stale whether a value existed but became too stale to serve
     * @param cause the load failure
     */
    public CacheLoadException(String key, String message, boolean stale, Throwable cause) {
        super(message, cause);
        this.key = key;
        this.stale = stale;
    }

    /**
     * Returns the key that failed, as text.
     *
     * @return the key
     */
    public String key() {
        return key;
    }

    /**
     * Tells whether the cache held a value that became older than the maximum staleness while refreshes
     * failed.
     *
     * @return {@code true} for a value that expired during an outage
     */
    public boolean isStale() {
        return stale;
    }
}

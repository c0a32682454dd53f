package dev.awskit.core.cache.internal;

/** Where an entry is in its life; see {@link EntryState}. */
public enum Phase {
    /** No value and nothing loading: the next read loads. */
    EMPTY,
    /** The first load is running; readers wait for it. */
    LOADING,
    /** A value younger than the soft TTL: served at once. */
    FRESH,
    /** Past the soft TTL (or past a backoff): served at once, and the next read starts a refresh. */
    REFRESH_DUE,
    /** A refresh is running; the current value is served at once. */
    REFRESHING,
    /** A refresh is running and the value passed its hard TTL: readers wait for the refresh. */
    BLOCKED,
    /** The last refresh failed transiently: the value is served (stale) until the next attempt is due. */
    BACKOFF,
    /** The last load failed and is remembered until the next attempt is due; readers get the error. */
    FAILED
}

package dev.awskit.core.cache.internal;

/** Marks a remembered failure as "the value became too stale while refreshes failed"; the cause is the failure. */
final class StaleMarker extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StaleMarker(Throwable cause) {
        super("stale", cause, false, false);
    }
}

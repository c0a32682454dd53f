package dev.awskit.core.cache.internal;

import dev.awskit.core.cache.CachePolicy;
import dev.awskit.core.time.TimeSource;
import java.time.Duration;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The log lines of the entry state machine: DEBUG per load, one WARN when a value starts being served through
 * failing refreshes (with why, never the value), one WARN when it stops being served, INFO when refreshes
 * recover.
 */
final class EntryLog<K> {
    private static final Logger LOG = LoggerFactory.getLogger("dev.awskit.core.cache");

    private final String name;
    private final Function<? super K, CachePolicy> policies;
    private final TimeSource time;

    EntryLog(String name, Function<? super K, CachePolicy> policies, TimeSource time) {
        this.name = name;
        this.policies = policies;
        this.time = time;
    }

    /** Logs the move from {@code previous} to {@code next} after a load or a deadline. */
    <V> void loaded(K key, EntryState<V> previous, EntryState<V> next) {
        switch (next.phase()) {
            case FRESH -> {
                if (previous.degraded()) {
                    LOG.info("cache {}: refreshed {} after {} failed attempt(s); serving fresh values again",
                            name, key, previous.attempts());
                } else {
                    LOG.debug("cache {}: loaded {}", name, key);
                }
            }
            case BACKOFF -> {
                if (!previous.degraded() || previous.gone() != next.gone()) {
                    LOG.warn("cache {}: refreshing {} failed ({}); serving the last good value while retrying with "
                            + "backoff, {} (for {} more)", name, key, Failures.describe(next.error()),
                            next.gone() ? "until its hard TTL: the item is gone or forbidden"
                                    : "up to the maximum staleness " + policy(key).maxStaleness(),
                            remaining(next.servedUntil()));
                } else {
                    LOG.debug("cache {}: refresh of {} failed again ({}), attempt {}", name, key,
                            Failures.describe(next.error()), next.attempts());
                }
            }
            case FAILED -> failed(key, previous, next);
            default -> LOG.debug("cache {}: {} is now {}", name, key, next.phase());
        }
    }

    private <V> void failed(K key, EntryState<V> previous, EntryState<V> next) {
        if (next.error() instanceof StaleMarker marker) {
            LOG.warn("cache {}: {} is older than the maximum staleness {} and refreshing it keeps failing ({}); "
                    + "failing reads until a load succeeds", name, key, policy(key).maxStaleness(),
                    Failures.describe(marker.getCause()));
        } else if (previous.value() != null) {
            LOG.warn("cache {}: {} is gone or forbidden ({}) and past its hard TTL; no longer served", name, key,
                    Failures.describe(next.error()));
        } else {
            LOG.debug("cache {}: load of {} failed ({}), attempt {}", name, key, Failures.describe(next.error()),
                    next.attempts());
        }
    }

    /** Logs that a deadline could not be scheduled. */
    <V> void schedulerClosed(K key, EntryState<V> state) {
        LOG.debug("cache {}: scheduler closed, {} keeps its phase {}", name, key, state.phase());
    }

    private CachePolicy policy(K key) {
        return policies.apply(key);
    }

    private Duration remaining(long at) {
        return Duration.ofNanos(Math.max(0, at - time.nanoTime())).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }
}

package dev.awskit.core.cache.internal;

import dev.awskit.core.cache.CacheLoadException;
import dev.awskit.core.cache.CachePolicy;
import dev.awskit.core.time.TimeSource;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.DoubleSupplier;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves entries between phases: what a finished load leads to, and what happens when a phase's deadline
 * passes. Deadlines are tasks on the scheduler rather than clock reads on every hit, which keeps a hit to a
 * map lookup and one volatile read. A task whose state was replaced meanwhile does nothing.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public final class Lifecycle<K, V> {
    private static final Logger LOG = LoggerFactory.getLogger("dev.awskit.core.cache");

    private final String name;
    private final java.util.function.Function<? super K, CachePolicy> policies;
    private final TimeSource time;
    private final ScheduledExecutorService scheduler;
    private final Predicate<Throwable> transientFailure;
    private final DoubleSupplier random;
    private final StatsRecorder stats;
    private final BiConsumer<CacheEntry<K, V>, Boolean> remover;

    /**
     * Creates the lifecycle.
     *
     * @param name the cache name for logs
     * @param policies the policy for each key
     * @param time the time source
     * @param scheduler where deadlines and refreshes run
     * @param transientFailure which failures allow serving stale
     * @param random jitter source in [0, 1)
     * @param stats the counters
     * @param remover removes an entry from the map; the flag says whether it expired
     */
    public Lifecycle(String name, java.util.function.Function<? super K, CachePolicy> policies, TimeSource time, ScheduledExecutorService scheduler,
            Predicate<Throwable> transientFailure, DoubleSupplier random, StatsRecorder stats,
            BiConsumer<CacheEntry<K, V>, Boolean> remover) {
        this.name = name;
        this.policies = policies;
        this.time = time;
        this.scheduler = scheduler;
        this.transientFailure = transientFailure;
        this.random = random;
        this.stats = stats;
        this.remover = remover;
    }

    /**
     * Runs {@code load} for {@code run} and applies its outcome to the entry when it finishes.
     *
     * @param entry the entry
     * @param run the run already installed in the entry's state
     * @param load starts the load
     */
    public void start(CacheEntry<K, V> entry, LoadRun<V> run, java.util.function.Supplier<CompletableFuture<V>> load) {
        CompletableFuture<V> future;
        try {
            future = load.get();
            if (future == null) {
                future = CompletableFuture.failedFuture(new NullPointerException("loader returned null"));
            }
        } catch (RuntimeException | Error e) {
            future = CompletableFuture.failedFuture(e);
        }
        future.whenComplete((value, failure) -> finish(entry, run, value, failure));
    }

    /**
     * Starts {@code load} on the scheduler, so the reader that triggered a refresh does not pay for it.
     *
     * @param entry the entry
     * @param run the run already installed
     * @param load starts the load
     */
    public void startInBackground(CacheEntry<K, V> entry, LoadRun<V> run,
            java.util.function.Supplier<CompletableFuture<V>> load) {
        try {
            scheduler.execute(() -> start(entry, run, load));
        } catch (RejectedExecutionException e) {
            finish(entry, run, null, e);
        }
    }

    /**
     * Applies a finished load to the entry, then completes the run's futures.
     *
     * @param entry the entry
     * @param run the run that finished
     * @param value the value, or null on failure
     * @param failure the failure, or null
     */
    public void finish(CacheEntry<K, V> entry, LoadRun<V> run, V value, Throwable failure) {
        Throwable error = failure == null && value == null ? new NullPointerException("loader produced null")
                : failure == null ? null : dev.awskit.core.Futures.unwrap(failure);
        stats.load(error == null);
        EntryState<V> next = null;
        while (true) {
            EntryState<V> current = entry.state();
            if (current.run() != run) {
                break;
            }
            next = afterLoad(policies.apply(entry.key()), current, value, error);
            if (entry.swap(current, next)) {
                log(entry, current, next);
                schedule(entry, next);
                break;
            }
        }
        if (error == null) {
            run.raw().complete(value);
            run.served().complete(value);
            return;
        }
        run.raw().completeExceptionally(error);
        if (next != null && next.phase() == Phase.BACKOFF) {
            stats.stale();
            run.served().complete(next.value().join());
        } else {
            EntryState<V> failed = next != null ? next : EntryState.<V>empty().failed(Phase.FAILED, error, false, 0);
            run.served().completeExceptionally(failure(entry, failed));
        }
    }

    private EntryState<V> afterLoad(CachePolicy policy, EntryState<V> current, V value, Throwable error) {
        long now = time.nanoTime();
        if (error == null) {
            return new EntryState<>(Phase.FRESH, CompletableFuture.completedFuture(value),
                    now + jittered(policy, policy.softTtl()), now + jittered(policy, policy.hardTtl()),
                    now + policy.maxStaleness().toNanos(), 0, 0, null, null);
        }
        long retryAt = now + policy.errorBackoff().delay(current.attempts() + 1).toNanos();
        boolean retryable = transientFailure.test(error);
        if (retryable && current.value() != null && now < current.staleAt()) {
            return current.failed(Phase.BACKOFF, error, true, Math.min(retryAt, current.staleAt()));
        }
        boolean stale = retryable && current.value() != null;
        return current.failed(Phase.FAILED, stale ? new StaleMarker(error) : error, false, retryAt);
    }

    private void log(CacheEntry<K, V> entry, EntryState<V> previous, EntryState<V> next) {
        if (next.phase() == Phase.FRESH) {
            LOG.debug("cache {}: loaded {}", name, entry.key());
        } else if (next.phase() == Phase.BACKOFF && previous.attempts() == 0) {
            LOG.warn("cache {}: refresh of {} failed ({}); serving the last good value while retrying",
                    name, entry.key(), describe(next.error()));
        } else if (next.phase() == Phase.FAILED && next.error() instanceof StaleMarker) {
            LOG.warn("cache {}: {} is older than the maximum staleness {}; failing reads until a load succeeds",
                    name, entry.key(), policies.apply(entry.key()).maxStaleness());
        } else if (next.phase() == Phase.FAILED) {
            LOG.debug("cache {}: load of {} failed ({}), attempt {}", name, entry.key(), describe(next.error()),
                    next.attempts());
        } else {
            LOG.debug("cache {}: refresh of {} failed again ({}), attempt {}", name, entry.key(),
                    describe(next.error()), next.attempts());
        }
    }

    /**
     * Builds the exception a reader gets for a FAILED state: a fresh instance per reader.
     *
     * @param entry the entry
     * @param state the FAILED state
     * @return the exception
     */
    public CacheLoadException failure(CacheEntry<K, V> entry, EntryState<V> state) {
        Throwable error = state.error();
        String key = String.valueOf(entry.key());
        if (error instanceof StaleMarker marker) {
            return new CacheLoadException(key, "cache " + name + ": the value of " + key
                    + " is older than the maximum staleness " + policies.apply(entry.key()).maxStaleness()
                    + " and refreshing it keeps failing (" + describe(marker.getCause()) + ")",
                    true, marker.getCause());
        }
        return new CacheLoadException(key, "cache " + name + ": loading " + key + " failed ("
                + describe(error) + ")", false, error);
    }

    /**
     * Schedules the task that ends {@code state}'s phase, if the phase has a deadline.
     *
     * @param entry the entry
     * @param state the state just installed
     */
    public void schedule(CacheEntry<K, V> entry, EntryState<V> state) {
        long at = deadline(state);
        if (at == Long.MIN_VALUE || entry.isRemoved()) {
            return;
        }
        long delay = Math.max(0, at - time.nanoTime());
        try {
            scheduler.schedule(() -> onDeadline(entry, state), delay, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            LOG.debug("cache {}: scheduler closed, {} keeps its phase {}", name, entry.key(), state.phase());
        }
    }

    private long deadline(EntryState<V> state) {
        return switch (state.phase()) {
            case FRESH -> state.softAt();
            case REFRESH_DUE, REFRESHING -> state.degraded() ? state.staleAt() : state.hardAt();
            case BACKOFF, FAILED -> state.retryAt();
            case EMPTY, LOADING, BLOCKED -> Long.MIN_VALUE;
        };
    }

    private void onDeadline(CacheEntry<K, V> entry, EntryState<V> state) {
        if (entry.state() != state || entry.isRemoved()) {
            return;
        }
        EntryState<V> next = switch (state.phase()) {
            case FRESH -> state.with(Phase.REFRESH_DUE, null);
            case REFRESHING -> state.with(Phase.BLOCKED, state.run());
            case REFRESH_DUE -> state.degraded() ? tooStale(entry, state) : null;
            case BACKOFF -> time.nanoTime() >= state.staleAt()
                    ? tooStale(entry, state) : state.with(Phase.REFRESH_DUE, null);
            case FAILED -> new EntryState<>(Phase.EMPTY, null, 0, 0, 0, state.attempts(), 0, null, null);
            default -> state;
        };
        if (next == null) {
            if (entry.swap(state, EntryState.dropped())) {
                remover.accept(entry, true);
            }
            return;
        }
        if (entry.swap(state, next)) {
            if (next.phase() == Phase.FAILED && state.phase() != Phase.FAILED) {
                log(entry, state, next);
            }
            schedule(entry, next);
        }
    }

    private EntryState<V> tooStale(CacheEntry<K, V> entry, EntryState<V> state) {
        CachePolicy policy = policies.apply(entry.key());
        Throwable cause = state.error() instanceof StaleMarker marker ? marker.getCause() : state.error();
        long retryAt = time.nanoTime() + policy.errorBackoff().delay(state.attempts() + 1).toNanos();
        return state.failed(Phase.FAILED, new StaleMarker(cause), false, retryAt);
    }

    private long jittered(CachePolicy policy, Duration ttl) {
        double factor = 1.0 - policy.jitter() * random.getAsDouble();
        return (long) (ttl.toNanos() * factor);
    }

    private static String describe(Throwable error) {
        Throwable cause = dev.awskit.core.Futures.unwrap(error);
        String code = dev.awskit.core.TransientErrors.errorCode(cause);
        return cause.getClass().getSimpleName() + (code == null ? "" : " " + code);
    }

    /** Marks a failure as "the value became too stale while refreshes failed". */
    private static final class StaleMarker extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StaleMarker(Throwable cause) {
            super("stale", cause, false, false);
        }
    }
}

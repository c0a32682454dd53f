package dev.awskit.core.cache.internal;

import dev.awskit.core.Futures;
import dev.awskit.core.cache.CacheLoadException;
import dev.awskit.core.cache.CacheLoader;
import dev.awskit.core.cache.CachePolicy;
import dev.awskit.core.cache.FailureClassifier;
import dev.awskit.core.cache.FailureKind;
import dev.awskit.core.time.TimeSource;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;
import java.util.function.Function;

/**
 * The entry state machine, all of it: what a read does in each {@link Phase}, what a finished load leads to,
 * and what happens when a phase's deadline passes. Deadlines are tasks on the scheduler rather than clock
 * reads on every hit, which keeps a hit to a map lookup and one volatile read. Every transition is one
 * compare-and-set of the entry's state; a task or a load whose state was replaced meanwhile does nothing.
 *
 * <p>Failures: a failed refresh never takes a value away before its hard TTL. Past it, a failure the
 * {@link FailureClassifier} calls gone or forbidden ends serving; any other failure is an outage, during which
 * the last good value is served up to the maximum staleness, retrying after each backoff delay.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public final class EntryMachine<K, V> {
    private final String name;
    private final CacheLoader<K, V> loader;
    private final Function<? super K, CachePolicy> policies;
    private final TimeSource time;
    private final ScheduledExecutorService scheduler;
    private final FailureClassifier classifier;
    private final DoubleSupplier random;
    private final StatsRecorder stats;
    private final EntryMap<K, V> entries;
    private final boolean recordHits;
    private final EntryLog<K> log;

    /**
     * Creates the machine.
     *
     * @param settings the cache's settings
     * @param entries the cache's entries
     * @param stats the counters
     */
    public EntryMachine(Settings<K, V> settings, EntryMap<K, V> entries, StatsRecorder stats) {
        this.name = settings.name();
        this.loader = settings.loader();
        this.policies = settings.policies();
        this.time = settings.time();
        this.scheduler = settings.scheduler();
        this.classifier = settings.classifier();
        this.random = settings.random();
        this.recordHits = settings.recordHits();
        this.stats = stats;
        this.entries = entries;
        this.log = new EntryLog<>(name, policies, time);
    }

    /**
     * What the machine needs from the cache's configuration.
     *
     * @param name the cache name for logs and errors
     * @param loader loads one key
     * @param policies the policy of each key
     * @param time the time source
     * @param scheduler where deadlines and refreshes run
     * @param classifier what failures mean
     * @param random jitter source in [0, 1)
     * @param recordHits whether hits are counted
     * @param <K> the key type
     * @param <V> the value type
     */
    public record Settings<K, V>(String name, CacheLoader<K, V> loader, Function<? super K, CachePolicy> policies,
            TimeSource time, ScheduledExecutorService scheduler, FailureClassifier classifier, DoubleSupplier random,
            boolean recordHits) {
    }

    /**
     * Reads {@code key} through its entry, whatever its phase: serves the value, starts the load or the refresh
     * it needs, joins the one running, or answers a remembered failure.
     *
     * @param key the key
     * @param found the entry found for it, or null
     * @return the value, or a failure ({@link CacheLoadException})
     */
    public CompletableFuture<V> read(K key, CacheEntry<K, V> found) {
        CacheEntry<K, V> entry = found;
        while (true) {
            if (entry == null || entry.isRemoved()) {
                entry = entries.entryFor(key);
            }
            EntryState<V> state = entry.state();
            switch (state.phase()) {
                case FRESH, REFRESHING -> {
                    return hit(state);
                }
                case BACKOFF -> {
                    stats.stale();
                    return hit(state);
                }
                case REFRESH_DUE -> {
                    LoadRun<V> run = LoadRun.create();
                    EntryState<V> refreshing = state.with(Phase.REFRESHING, run);
                    if (entry.swap(state, refreshing)) {
                        schedule(entry, refreshing);
                        startInBackground(entry, run);
                        if (state.degraded()) {
                            stats.stale();
                        }
                        return hit(state);
                    }
                }
                case LOADING, BLOCKED -> {
                    stats.miss();
                    return state.run().served().copy();
                }
                case FAILED -> {
                    stats.miss();
                    return CompletableFuture.failedFuture(failure(entry, state));
                }
                case EMPTY -> {
                    LoadRun<V> run = LoadRun.create();
                    if (entry.swap(state, state.with(Phase.LOADING, run))) {
                        stats.miss();
                        start(entry, run);
                        return run.served().copy();
                    }
                }
                default -> throw new IllegalStateException(String.valueOf(state.phase()));
            }
        }
    }

    private CompletableFuture<V> hit(EntryState<V> state) {
        if (recordHits) {
            stats.hit();
        }
        return state.value();
    }

    /**
     * Loads {@code key} now whatever its age, or joins the load already running.
     *
     * @param key the key
     * @return the loader's own outcome
     */
    public CompletableFuture<V> refresh(K key) {
        while (true) {
            CacheEntry<K, V> entry = entries.entryFor(key);
            EntryState<V> state = entry.state();
            if (state.run() != null) {
                return state.run().raw().copy();
            }
            LoadRun<V> run = LoadRun.create();
            EntryState<V> next = state.with(state.value() == null ? Phase.LOADING : Phase.REFRESHING, run);
            if (entry.swap(state, next)) {
                schedule(entry, next);
                start(entry, run);
                return run.raw().copy();
            }
        }
    }

    /**
     * Moves an EMPTY entry to LOADING for a batch load that the caller runs.
     *
     * @param entry the entry
     * @param run the run the batch load finishes through {@link #finish}
     * @return whether the entry was EMPTY and is now the caller's to load
     */
    public boolean claim(CacheEntry<K, V> entry, LoadRun<V> run) {
        EntryState<V> state = entry.state();
        if (state.phase() == Phase.EMPTY && entry.swap(state, state.with(Phase.LOADING, run))) {
            stats.miss();
            return true;
        }
        return false;
    }

    private void start(CacheEntry<K, V> entry, LoadRun<V> run) {
        CompletableFuture<V> future;
        try {
            future = loader.load(entry.key());
            if (future == null) {
                future = CompletableFuture.failedFuture(new NullPointerException("loader returned null"));
            }
        } catch (RuntimeException | Error e) {
            future = CompletableFuture.failedFuture(e);
        }
        future.whenComplete((value, failure) -> finish(entry, run, value, failure));
    }

    /** A refresh starts on the scheduler, so the reader that triggered it does not pay for it. */
    private void startInBackground(CacheEntry<K, V> entry, LoadRun<V> run) {
        try {
            scheduler.execute(() -> start(entry, run));
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
                : failure == null ? null : Futures.unwrap(failure);
        stats.load(error == null);
        EntryState<V> next = null;
        while (true) {
            EntryState<V> current = entry.state();
            if (current.run() != run) {
                break;
            }
            next = afterLoad(policies.apply(entry.key()), current, value, error);
            if (entry.swap(current, next)) {
                log.loaded(entry.key(), current, next);
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
            EntryState<V> failed = next != null ? next
                    : EntryState.<V>empty().failed(Phase.FAILED, error, gone(error), false, 0);
            run.served().completeExceptionally(failure(entry, failed));
        }
    }

    private EntryState<V> afterLoad(CachePolicy policy, EntryState<V> current, V value, Throwable error) {
        long now = time.nanoTime();
        if (error == null) {
            return EntryState.fresh(value, now + jittered(policy, policy.softTtl()),
                    now + jittered(policy, policy.hardTtl()), now + policy.maxStaleness().toNanos());
        }
        long retryAt = now + policy.errorBackoff().delay(current.attempts() + 1).toNanos();
        boolean gone = gone(error);
        if (current.value() != null) {
            long until = gone ? current.hardAt() : current.staleAt();
            if (now < until) {
                return current.failed(Phase.BACKOFF, error, gone, true, Math.min(retryAt, until));
            }
            return current.failed(Phase.FAILED, gone ? error : new StaleMarker(error), gone, false, retryAt);
        }
        return current.failed(Phase.FAILED, error, gone, false, retryAt);
    }

    private boolean gone(Throwable error) {
        FailureKind kind = classifier.classify(error);
        return kind != null && kind.endsStaleServing();
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
            Throwable cause = marker.getCause();
            return new CacheLoadException(name, key, "cache " + name + ": the value of " + key
                    + " is older than the maximum staleness " + policies.apply(entry.key()).maxStaleness()
                    + " and refreshing it keeps failing: " + Failures.describe(cause), kindOf(cause), true, cause);
        }
        return new CacheLoadException(name, key, "cache " + name + ": loading " + key + " failed: "
                + Failures.describe(error), kindOf(error), false, error);
    }

    private FailureKind kindOf(Throwable error) {
        FailureKind kind = classifier.classify(error);
        return kind == null ? FailureKind.OUTAGE : kind;
    }

    /**
     * Schedules the task that ends {@code state}'s phase, if the phase has a deadline.
     *
     * @param entry the entry
     * @param state the state just installed
     */
    private void schedule(CacheEntry<K, V> entry, EntryState<V> state) {
        long at = deadline(state);
        if (at == Long.MIN_VALUE || entry.isRemoved()) {
            return;
        }
        long delay = Math.max(0, at - time.nanoTime());
        try {
            scheduler.schedule(() -> onDeadline(entry, state), delay, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            log.schedulerClosed(entry.key(), state);
        }
    }

    private long deadline(EntryState<V> state) {
        return switch (state.phase()) {
            case FRESH -> state.softAt();
            case REFRESH_DUE, REFRESHING -> state.servedUntil();
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
            case REFRESH_DUE -> state.degraded() ? noLongerServed(entry, state) : null;
            case BACKOFF -> time.nanoTime() >= state.servedUntil()
                    ? noLongerServed(entry, state) : state.with(Phase.REFRESH_DUE, null);
            case FAILED -> new EntryState<>(Phase.EMPTY, null, 0, 0, 0, state.attempts(), 0, null, false, null);
            default -> state;
        };
        if (next == null) {
            if (entry.swap(state, EntryState.dropped())) {
                entries.remove(entry, true);
            }
            return;
        }
        if (entry.swap(state, next)) {
            if (next.phase() == Phase.FAILED && state.phase() != Phase.FAILED) {
                log.loaded(entry.key(), state, next);
            }
            schedule(entry, next);
        }
    }

    /** The value passed its hard TTL after a gone failure, or its maximum staleness during an outage. */
    private EntryState<V> noLongerServed(CacheEntry<K, V> entry, EntryState<V> state) {
        CachePolicy policy = policies.apply(entry.key());
        Throwable cause = state.error() instanceof StaleMarker marker ? marker.getCause() : state.error();
        long retryAt = time.nanoTime() + policy.errorBackoff().delay(state.attempts() + 1).toNanos();
        Throwable error = state.gone() ? cause : new StaleMarker(cause);
        return new EntryState<>(Phase.FAILED, null, state.softAt(), state.hardAt(), state.staleAt(),
                state.attempts() + 1, retryAt, error, state.gone(), null);
    }

    private long jittered(CachePolicy policy, Duration ttl) {
        double factor = 1.0 - policy.jitter() * random.getAsDouble();
        return (long) (ttl.toNanos() * factor);
    }
}

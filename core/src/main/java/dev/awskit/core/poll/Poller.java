package dev.awskit.core.poll;

import dev.awskit.core.AsyncOnly;
import dev.awskit.core.spi.DaemonScheduler;
import dev.awskit.core.time.TimeSource;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The asynchronous waiter every awskit module polls with: calls a {@code Supplier<CompletableFuture<T>>}
 * until its {@link PollPolicy}'s classifier calls an answer final, waiting between calls on a scheduler.
 *
 * <pre>{@code
 * try (Poller poller = Poller.create()) {
 *     CompletableFuture<DescribeTableResponse> active = poller.poll(
 *         () -> dynamo.describeTable(r -> r.tableName("votes")),
 *         PollPolicy.<DescribeTableResponse>builder()
 *             .classifier(r -> r.table().tableStatus() == TableStatus.ACTIVE ? PollOutcome.SUCCESS : PollOutcome.CONTINUE)
 *             .timeout(Duration.ofMinutes(2))
 *             .build());
 * }
 * }</pre>
 *
 * <p>What it guarantees, unlike the SDK's {@code AsyncWaiter}:
 * <ul>
 *   <li>Cancelling the returned future stops the wait: no further call is made and the call in flight is
 *       cancelled.</li>
 *   <li>A failed wait keeps the last answer ({@link PollFailure#lastResponse()}).</li>
 *   <li>No thread ever blocks: waits are scheduled, so thousands of waits share one scheduler thread.</li>
 *   <li>Transient errors (throttling, 5xx, timeouts, connection failures) are ridden out until the deadline,
 *       with the wait growing by {@link PollPolicy.Builder#errorBackoff(dev.awskit.core.backoff.Backoff)}.</li>
 *   <li>An optional {@link PollRateLimiter} spaces polls of every wait that shares it, by delaying them.</li>
 * </ul>
 *
 * <p>Thread-safe. The poller owns its scheduler only when none was given, and then shuts it down on
 * {@link #close()}; waits still running when an owned scheduler shuts down fail. Classifiers and listeners
 * run on the scheduler's threads.
 */
public final class Poller implements AutoCloseable {
    private static final AtomicInteger POOLS = new AtomicInteger();

    private final ScheduledExecutorService scheduler;
    private final boolean ownsScheduler;
    private final TimeSource timeSource;
    private final PollRateLimiter rateLimiter;
    /** Waits in progress on an owned scheduler, failed by {@link #close()}; null when the scheduler is given. */
    private final Set<PollRun<?>> running;

    private Poller(Builder b) {
        this.ownsScheduler = b.scheduler == null;
        this.scheduler = ownsScheduler ? DaemonScheduler.create("awskit-poller-" + POOLS.incrementAndGet()) : b.scheduler;
        this.timeSource = b.timeSource;
        this.rateLimiter = b.rateLimiter;
        this.running = ownsScheduler ? ConcurrentHashMap.newKeySet() : null;
    }

    /**
     * Creates a poller with its own single-thread scheduler, system time and no rate limit.
     *
     * @return a new poller; close it when done
     */
    public static Poller create() {
        return builder().build();
    }

    /**
     * Starts a poller configuration.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a wait: calls {@code call} now (or after the policy's initial delay) and again after each backoff
     * until the policy's classifier returns {@link PollOutcome#SUCCESS} or {@link PollOutcome#FAILURE}, a
     * non-transient error occurs, or a limit is reached.
     *
     * @param call makes one poll; invoked on the scheduler, it must not block
     * @param policy how to poll
     * @param <T> the answer type
     * @return completes with the successful answer; fails with {@link PollFailedException} or
     *     {@link PollTimeoutException}; cancelling it stops the wait and cancels the call in flight
     * @throws NullPointerException if an argument is null
     */
    @AsyncOnly("the call it polls is itself asynchronous; join the returned future to block")
    public <T> CompletableFuture<T> poll(Supplier<? extends CompletableFuture<? extends T>> call, PollPolicy<T> policy) {
        Objects.requireNonNull(call, "call");
        Objects.requireNonNull(policy, "policy");
        PollRun<T> run = new PollRun<>(call, policy, scheduler, timeSource, rateLimiter);
        if (running == null) {
            return run.start();
        }
        running.add(run);
        CompletableFuture<T> result = run.start();
        result.whenComplete((value, error) -> running.remove(run));
        return result;
    }

    /**
     * Starts a wait with a policy built in place, as {@link #poll(Supplier, PollPolicy)} does:
     * {@code poller.poll(() -> client.describe(...), p -> p.classifier(...).timeout(Duration.ofMinutes(5)))}.
     *
     * @param call makes one poll; invoked on the scheduler, it must not block
     * @param policy sets up a fresh {@link PollPolicy#builder()}
     * @param <T> the answer type
     * @return completes with the successful answer; fails with {@link PollFailedException} or
     *     {@link PollTimeoutException}; cancelling it stops the wait and cancels the call in flight
     * @throws NullPointerException if an argument is null
     * @throws IllegalStateException if the policy built is incomplete (no classifier)
     */
    @AsyncOnly("the call it polls is itself asynchronous; join the returned future to block")
    public <T> CompletableFuture<T> poll(Supplier<? extends CompletableFuture<? extends T>> call,
            Consumer<PollPolicy.Builder<T>> policy) {
        Objects.requireNonNull(policy, "policy");
        PollPolicy.Builder<T> builder = PollPolicy.builder();
        policy.accept(builder);
        return poll(call, builder.build());
    }

    /**
     * Returns the scheduler waits run on.
     *
     * @return the scheduler
     */
    public ScheduledExecutorService scheduler() {
        return scheduler;
    }

    /**
     * Returns the time source deadlines are measured with.
     *
     * @return the time source
     */
    public TimeSource timeSource() {
        return timeSource;
    }

    /**
     * Shuts down the scheduler if this poller created it, failing the waits still running with an
     * {@link dev.awskit.core.AwsKitException} that says the poller was closed (their calls in flight are
     * cancelled), so no caller is left waiting forever. Does nothing when the scheduler was given.
     */
    @Override
    public void close() {
        if (ownsScheduler) {
            scheduler.shutdownNow();
            running.forEach(run -> run.closed(null));
        }
    }

    @Override
    public String toString() {
        return "Poller[ownsScheduler=" + ownsScheduler + ", rateLimiter=" + rateLimiter + "]";
    }

    /** Configures a {@link Poller}. Not thread-safe. */
    public static final class Builder {
        private ScheduledExecutorService scheduler;
        private TimeSource timeSource = TimeSource.system();
        private PollRateLimiter rateLimiter;

        private Builder() {
        }

        /**
         * Runs waits on {@code scheduler}, which the poller will not shut down. By default the poller creates
         * a single daemon thread and shuts it down on close.
         *
         * @param scheduler the scheduler
         * @return this builder
         */
        public Builder scheduler(ScheduledExecutorService scheduler) {
            this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
            return this;
        }

        /**
         * Measures deadlines with {@code timeSource}; default {@link TimeSource#system()}.
         *
         * @param timeSource the time source
         * @return this builder
         */
        public Builder timeSource(TimeSource timeSource) {
            this.timeSource = Objects.requireNonNull(timeSource, "timeSource");
            return this;
        }

        /**
         * Spaces every poll of every wait through {@code rateLimiter}, which other pollers may share.
         *
         * @param rateLimiter the shared limit
         * @return this builder
         */
        public Builder rateLimiter(PollRateLimiter rateLimiter) {
            this.rateLimiter = Objects.requireNonNull(rateLimiter, "rateLimiter");
            return this;
        }

        /**
         * Builds the poller.
         *
         * @return a new poller
         */
        public Poller build() {
            return new Poller(this);
        }
    }
}

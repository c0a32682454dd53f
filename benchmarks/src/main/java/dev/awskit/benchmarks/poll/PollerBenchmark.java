package dev.awskit.benchmarks.poll;

import dev.awskit.core.backoff.Backoff;
import dev.awskit.core.poll.PollOutcome;
import dev.awskit.core.poll.PollPolicy;
import dev.awskit.core.poll.Poller;
import dev.awskit.core.time.VirtualTime;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import software.amazon.awssdk.core.waiters.AsyncWaiter;
import software.amazon.awssdk.core.waiters.WaiterAcceptor;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;
import software.amazon.awssdk.core.waiters.WaiterResponse;
import software.amazon.awssdk.retries.api.BackoffStrategy;

/**
 * The poller's per-attempt overhead: one wait of {@code attempts} calls on futures that are already complete,
 * 1 ms apart, by awskit's {@link Poller}, by a hand-written {@code CompletableFuture} loop and by the SDK's
 * {@link AsyncWaiter}, each on the same scheduler.
 *
 * <ul>
 *   <li>{@code *VirtualTime}: on a fresh {@link VirtualTime} per wait, which runs the schedule without
 *       sleeping, so the score is the CPU cost of a whole wait; divide by {@code attempts} for the cost per
 *       attempt.</li>
 *   <li>{@code *RealScheduler}: {@code waits} waits at once on one real scheduler thread; the score is the
 *       wall time until all are done, so it includes the 1 ms waits and the timer's slack.</li>
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class PollerBenchmark {
    static final Duration DELAY = Duration.ofMillis(1);

    /** What all variants share: the attempt count and the three pollers' configuration. */
    @State(Scope.Benchmark)
    public static class Setting {
        @Param({"10"})
        public int attempts;

        PollPolicy<Integer> policy;
        WaiterOverrideConfiguration waiterConfig;

        @Setup(Level.Trial)
        public void setUp() {
            int last = attempts;
            policy = PollPolicy.<Integer>builder()
                    .name("benchmark")
                    .classifier(n -> n >= last ? PollOutcome.SUCCESS : PollOutcome.CONTINUE)
                    .backoff(Backoff.fixed(DELAY))
                    .build();
            waiterConfig = WaiterOverrideConfiguration.builder()
                    .maxAttempts(last)
                    .backoffStrategyV2(BackoffStrategy.fixedDelayWithoutJitter(DELAY))
                    .build();
        }

        boolean done(Integer n) {
            return n >= attempts;
        }

        AsyncWaiter<Integer> waiterOn(ScheduledExecutorService scheduler) {
            int last = attempts;
            return AsyncWaiter.builder(Integer.class)
                    .addAcceptor(WaiterAcceptor.successOnResponseAcceptor(n -> n >= last))
                    .addAcceptor(WaiterAcceptor.retryOnResponseAcceptor(n -> n < last))
                    .scheduledExecutorService(scheduler)
                    .build();
        }
    }

    /** One real scheduler thread, as {@code Poller.create()} would own, shared by every variant. */
    @State(Scope.Benchmark)
    public static class RealScheduler {
        @Param({"1", "1000"})
        public int waits;

        ScheduledExecutorService scheduler;
        Poller poller;
        AsyncWaiter<Integer> waiter;

        @Setup(Level.Trial)
        public void setUp(Setting setting) {
            ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1);
            executor.setRemoveOnCancelPolicy(true);
            scheduler = executor;
            poller = Poller.builder().scheduler(scheduler).build();
            waiter = setting.waiterOn(scheduler);
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            scheduler.shutdownNow();
        }
    }

    @Benchmark
    public Integer awskitPollerVirtualTime(Setting setting) {
        VirtualTime time = VirtualTime.create();
        Poller poller = Poller.builder().scheduler(time).timeSource(time).build();
        return drain(time, poller.poll(new CountingCall(), setting.policy));
    }

    @Benchmark
    public Integer handWrittenLoopVirtualTime(Setting setting) {
        VirtualTime time = VirtualTime.create();
        return drain(time, HandWrittenPollLoop.poll(new CountingCall(), setting::done, time, DELAY.toNanos(),
                setting.attempts));
    }

    @Benchmark
    public Integer sdkAsyncWaiterVirtualTime(Setting setting) {
        VirtualTime time = VirtualTime.create();
        AsyncWaiter<Integer> waiter = setting.waiterOn(time);
        CompletableFuture<WaiterResponse<Integer>> wait = waiter.runAsync(new CountingCall(), setting.waiterConfig);
        return drain(time, wait).matched().response().orElseThrow();
    }

    @Benchmark
    public Object awskitPollerRealScheduler(Setting setting, RealScheduler real) {
        CompletableFuture<?>[] all = new CompletableFuture<?>[real.waits];
        for (int i = 0; i < all.length; i++) {
            all[i] = real.poller.poll(new CountingCall(), setting.policy);
        }
        return CompletableFuture.allOf(all).join();
    }

    @Benchmark
    public Object handWrittenLoopRealScheduler(Setting setting, RealScheduler real) {
        CompletableFuture<?>[] all = new CompletableFuture<?>[real.waits];
        for (int i = 0; i < all.length; i++) {
            all[i] = HandWrittenPollLoop.poll(new CountingCall(), setting::done, real.scheduler, DELAY.toNanos(),
                    setting.attempts);
        }
        return CompletableFuture.allOf(all).join();
    }

    @Benchmark
    public Object sdkAsyncWaiterRealScheduler(Setting setting, RealScheduler real) {
        CompletableFuture<?>[] all = new CompletableFuture<?>[real.waits];
        for (int i = 0; i < all.length; i++) {
            all[i] = real.waiter.runAsync(new CountingCall(), setting.waiterConfig);
        }
        return CompletableFuture.allOf(all).join();
    }

    /** Runs virtual time until the wait is over; nothing sleeps. */
    private static <T> T drain(VirtualTime time, CompletableFuture<T> wait) {
        while (!wait.isDone()) {
            if (time.advanceToNext().isZero() && time.pendingTasks() == 0 && !wait.isDone()) {
                throw new IllegalStateException("wait stalled with nothing scheduled");
            }
        }
        return wait.join();
    }
}

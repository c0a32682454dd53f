package dev.awskit.core.time;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.Delayed;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.RunnableScheduledFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A clock and a scheduler that move only when a test moves them. Hand the same instance to a component as
 * its {@link TimeSource} and as its {@link ScheduledExecutorService}; then {@link #advance(Duration)} runs,
 * on the calling thread and in time order, every task that falls due, with the clock set to each task's due
 * time while it runs. Nothing sleeps, so a schedule of minutes is checked in microseconds.
 *
 * <p>Thread-safe: tasks may be submitted from any thread; they run only inside {@link #advance(Duration)}
 * or {@link #runDue()}. Time starts at the given instant (by default {@code 2026-01-01T00:00:00Z}).
 */
public final class VirtualTime extends AbstractExecutorService implements TimeSource, ScheduledExecutorService {
    private static final Instant DEFAULT_EPOCH = Instant.parse("2026-01-01T00:00:00Z");
    private static final Duration MAX = Duration.ofNanos(Long.MAX_VALUE);

    private final Instant epoch;
    private final PriorityQueue<Task<?>> queue = new PriorityQueue<>();
    private long nanos;
    private long sequence;
    private long executed;
    private boolean shutdown;

    private VirtualTime(Instant epoch) {
        this.epoch = epoch;
    }

    /**
     * Creates virtual time starting at {@code 2026-01-01T00:00:00Z}.
     *
     * @return a new virtual clock and scheduler
     */
    public static VirtualTime create() {
        return new VirtualTime(DEFAULT_EPOCH);
    }

    /**
     * Creates virtual time starting at the given wall-clock instant.
     *
     * @param start what {@link #now()} returns before any advance
     * @return a new virtual clock and scheduler
     * @throws NullPointerException if {@code start} is null
     */
    public static VirtualTime startingAt(Instant start) {
        return new VirtualTime(Objects.requireNonNull(start, "start"));
    }

    @Override
    public synchronized long nanoTime() {
        return nanos;
    }

    @Override
    public synchronized Instant now() {
        return epoch.plusNanos(nanos);
    }

    /**
     * Returns how much virtual time has passed since creation.
     *
     * @return the elapsed virtual time
     */
    public synchronized Duration elapsed() {
        return Duration.ofNanos(nanos);
    }

    /**
     * Moves the clock forward by {@code amount}, running every task that falls due on the way, in due-time
     * order (ties in submission order). Tasks scheduled by running tasks run too if they fall due in time.
     *
     * @param amount how far to move; zero runs only what is already due
     * @return the number of tasks run (cancelled tasks that fell due are dropped, not counted)
     * @throws IllegalArgumentException if {@code amount} is negative
     */
    public int advance(Duration amount) {
        Objects.requireNonNull(amount, "amount");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("amount must not be negative: " + amount);
        }
        long target;
        synchronized (this) {
            target = plus(nanos, amount.compareTo(MAX) >= 0 ? Long.MAX_VALUE : amount.toNanos());
        }
        int ran = 0;
        while (true) {
            Task<?> next;
            synchronized (this) {
                next = queue.peek();
                if (next == null || next.due > target) {
                    nanos = target;
                    return ran;
                }
                queue.poll();
                nanos = Math.max(nanos, next.due);
                if (next.isCancelled()) {
                    continue;
                }
                executed++;
            }
            next.run();
            ran++;
        }
    }

    /**
     * Runs the tasks already due, without moving the clock.
     *
     * @return the number of tasks run
     */
    public int runDue() {
        return advance(Duration.ZERO);
    }

    /**
     * Moves the clock straight to the next scheduled task and runs everything due then.
     *
     * @return the time moved, or {@link Duration#ZERO} when nothing is scheduled
     */
    public Duration advanceToNext() {
        long gap;
        synchronized (this) {
            Task<?> next = queue.peek();
            if (next == null) {
                return Duration.ZERO;
            }
            gap = Math.max(0, next.due - nanos);
        }
        advance(Duration.ofNanos(gap));
        return Duration.ofNanos(gap);
    }

    /**
     * Returns the number of tasks waiting to run, not counting cancelled ones.
     *
     * @return waiting tasks
     */
    public synchronized int pendingTasks() {
        return (int) queue.stream().filter(t -> !t.isCancelled()).count();
    }

    /**
     * Returns how many tasks have run so far.
     *
     * @return tasks run
     */
    public synchronized long executedTasks() {
        return executed;
    }

    private <V> Task<V> enqueue(Task<V> task) {
        synchronized (this) {
            if (shutdown) {
                throw new RejectedExecutionException("VirtualTime is shut down");
            }
            queue.add(task);
        }
        return task;
    }

    private long dueIn(long delay, TimeUnit unit) {
        synchronized (this) {
            return plus(nanos, Math.max(0, unit.toNanos(delay)));
        }
    }

    /** Saturating sum of a reading and a non-negative delay: a delay of Long.MAX_VALUE means never. */
    private static long plus(long reading, long delay) {
        return delay > Long.MAX_VALUE - reading ? Long.MAX_VALUE : reading + delay;
    }

    private synchronized long nextSequence() {
        return sequence++;
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        return enqueue(new Task<>(Executors.callable(command, null), dueIn(delay, unit), 0));
    }

    @Override
    public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
        return enqueue(new Task<>(callable, dueIn(delay, unit), 0));
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
        requirePositive(period);
        return enqueue(new Task<>(Executors.callable(command, null), dueIn(initialDelay, unit), unit.toNanos(period)));
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
        requirePositive(delay);
        return enqueue(new Task<>(Executors.callable(command, null), dueIn(initialDelay, unit), -unit.toNanos(delay)));
    }

    private static void requirePositive(long period) {
        if (period <= 0) {
            throw new IllegalArgumentException("period must be positive: " + period);
        }
    }

    @Override
    public void execute(Runnable command) {
        schedule(command, 0, TimeUnit.NANOSECONDS);
    }

    /**
     * Rejects new tasks; one-shot tasks already scheduled still run when their time comes, while periodic
     * tasks are cancelled, as {@link java.util.concurrent.ScheduledThreadPoolExecutor} does by default.
     */
    @Override
    public synchronized void shutdown() {
        shutdown = true;
        queue.removeIf(task -> task.isPeriodic() && task.cancel(false));
    }

    @Override
    public List<Runnable> shutdownNow() {
        synchronized (this) {
            shutdown = true;
            List<Runnable> left = new ArrayList<>(queue);
            queue.clear();
            return left;
        }
    }

    @Override
    public synchronized boolean isShutdown() {
        return shutdown;
    }

    @Override
    public synchronized boolean isTerminated() {
        return shutdown && queue.isEmpty();
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        return isTerminated();
    }

    @Override
    public String toString() {
        return "VirtualTime[elapsed=" + elapsed() + ", pending=" + pendingTasks() + "]";
    }

    private final class Task<V> extends FutureTask<V> implements RunnableScheduledFuture<V> {
        private final long seq = nextSequence();
        /** Positive: fixed rate; negative: fixed delay; zero: one shot. */
        private final long period;
        private long due;

        Task(Callable<V> callable, long due, long period) {
            super(callable);
            this.due = due;
            this.period = period;
        }

        @Override
        public boolean isPeriodic() {
            return period != 0;
        }

        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(due - nanoTime(), TimeUnit.NANOSECONDS);
        }

        @Override
        public int compareTo(Delayed other) {
            if (other instanceof Task<?> that) {
                int byDue = Long.compare(due, that.due);
                return byDue != 0 ? byDue : Long.compare(seq, that.seq);
            }
            return Long.compare(getDelay(TimeUnit.NANOSECONDS), other.getDelay(TimeUnit.NANOSECONDS));
        }

        @Override
        public void run() {
            if (!isPeriodic()) {
                super.run();
            } else if (runAndReset()) {
                due = period > 0 ? due + period : nanoTime() - period;
                synchronized (VirtualTime.this) {
                    if (!shutdown) {
                        queue.add(this);
                    }
                }
            }
        }
    }
}

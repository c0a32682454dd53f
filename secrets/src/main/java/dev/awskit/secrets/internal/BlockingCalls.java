package dev.awskit.secrets.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs the blocking calls of a sync SDK client off the readers' threads: on the caller's executor, or on a small
 * bounded pool of daemon threads that is created at the first call (not when the cache is built, so a cold
 * start pays for it only when a value is needed) and shut down by {@link #close()}.
 */
public final class BlockingCalls implements AutoCloseable {
    /** Threads of the pool a cache owns: enough for a few keys loading at once, bounded for Lambda-sized hosts. */
    public static final int OWN_THREADS = 4;

    private final Executor given;
    private final String threadName;
    private volatile ThreadPoolExecutor own;
    private boolean closed;

    /**
     * Creates the runner.
     *
     * @param given the caller's executor, or null for a pool owned by this runner
     * @param threadName the prefix of the owned pool's thread names
     */
    public BlockingCalls(Executor given, String threadName) {
        this.given = given;
        this.threadName = threadName;
    }

    /**
     * Runs {@code call} on the executor.
     *
     * @param call the blocking call
     * @param <T> its result type
     * @return its outcome; a rejected call fails the future
     */
    public <T> CompletableFuture<T> run(Supplier<T> call) {
        try {
            return CompletableFuture.supplyAsync(call, executor());
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private Executor executor() {
        if (given != null) {
            return given;
        }
        ThreadPoolExecutor pool = own;
        return pool != null ? pool : create();
    }

    private synchronized ThreadPoolExecutor create() {
        if (own == null) {
            if (closed) {
                throw new java.util.concurrent.RejectedExecutionException("the cache is closed");
            }
            AtomicInteger count = new AtomicInteger();
            ThreadPoolExecutor pool = new ThreadPoolExecutor(OWN_THREADS, OWN_THREADS, 30, TimeUnit.SECONDS,
                    new LinkedBlockingQueue<>(), runnable -> {
                        Thread thread = new Thread(runnable, threadName + "-" + count.incrementAndGet());
                        thread.setDaemon(true);
                        return thread;
                    });
            pool.allowCoreThreadTimeOut(true);
            own = pool;
        }
        return own;
    }

    /** Shuts the owned pool down; a given executor is left alone. */
    @Override
    public synchronized void close() {
        closed = true;
        if (own != null) {
            own.shutdownNow();
        }
    }
}

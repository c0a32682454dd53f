package dev.awskit.core.spi;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;

/**
 * The scheduler a component creates for itself when the caller gives none: one daemon thread (so it never
 * keeps the JVM alive), and cancelled tasks removed at once (so cancelled polls and refreshes do not pile up).
 * The component that creates it shuts it down.
 */
public final class DaemonScheduler {
    private DaemonScheduler() {
    }

    /**
     * Creates a single-thread scheduler.
     *
     * @param threadName the thread's name, e.g. {@code awskit-poller-1}
     * @return a new scheduler; the caller shuts it down
     */
    public static ScheduledExecutorService create(String threadName) {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
        return executor;
    }
}

package dev.awskit.s3.internal;

import java.util.concurrent.Executor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The default home of blocking reads of caller streams ({@code InputStream} uploads), kept off the SDK's event loop
 * and off the common pool: daemon threads made on demand and ended after a minute idle, so nothing needs closing.
 */
public final class IoThreads {
    private static final AtomicInteger COUNT = new AtomicInteger();
    private static final Executor SHARED = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS,
            new SynchronousQueue<>(), runnable -> {
                Thread thread = new Thread(runnable, "awskit-s3-io-" + COUNT.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });

    private IoThreads() {
    }

    /** @return the shared executor */
    public static Executor shared() {
        return SHARED;
    }
}

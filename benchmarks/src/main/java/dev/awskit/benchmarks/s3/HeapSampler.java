package dev.awskit.benchmarks.s3;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples the used heap every millisecond on a daemon thread and keeps the peak. Used heap counts garbage not yet
 * collected too, so run the harness with a small heap ({@code -Xmx}) for the peak to approach what is held.
 */
final class HeapSampler implements AutoCloseable {
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private final AtomicLong peak = new AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;

    private HeapSampler() {
        thread = new Thread(() -> {
            while (running) {
                peak.accumulateAndGet(used(), Math::max);
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    /** Collects garbage and returns the heap still in use: the baseline. */
    static long settledBaseline() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return used();
    }

    static HeapSampler start() {
        return new HeapSampler();
    }

    static long used() {
        return MEMORY.getHeapMemoryUsage().getUsed();
    }

    long peak() {
        return peak.get();
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join();
    }
}

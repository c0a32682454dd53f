package dev.awskit.benchmarks.s3;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures the heap an upload holds: a daemon thread runs a full collection ({@code System.gc()}, which G1 runs as a
 * full GC) every {@code period} and keeps the peak of the heap still in use after it. Young collections are not
 * enough: humongous part buffers and tenured garbage would count as held. The forced collections slow the upload, so
 * throughput is measured in runs without this sampler.
 */
final class HeapSampler implements AutoCloseable {
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private final AtomicLong peakLive = new AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;

    private HeapSampler(long periodMillis) {
        thread = new Thread(() -> {
            while (running) {
                System.gc();
                peakLive.accumulateAndGet(used(), Math::max);
                try {
                    Thread.sleep(periodMillis);
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

    static HeapSampler start(long periodMillis) {
        return new HeapSampler(periodMillis);
    }

    static long used() {
        return MEMORY.getHeapMemoryUsage().getUsed();
    }

    /** @return the most heap in use right after a forced full collection */
    long peakLive() {
        return peakLive.get();
    }

    @Override
    public void close() {
        running = false;
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

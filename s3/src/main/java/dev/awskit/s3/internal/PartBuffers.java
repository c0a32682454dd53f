package dev.awskit.s3.internal;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * The memory bound of a stream upload: at most {@code maxParts} part buffers exist at once. The reading thread takes a
 * buffer before it fills it (waiting while all are in use, which is what bounds memory); an uploaded part gives its
 * buffer back, and the next part reuses it, so a long upload makes no garbage of part-sized arrays. Counts the bytes
 * held, and their peak, so the bound can be checked from outside.
 */
public final class PartBuffers {
    private final int partSize;
    private final Semaphore free;
    private final AtomicLong held = new AtomicLong();
    private final AtomicLong peak = new AtomicLong();
    private final ConcurrentLinkedQueue<byte[]> pool = new ConcurrentLinkedQueue<>();

    /**
     * Creates the pool.
     *
     * @param partSize bytes per buffer
     * @param maxParts buffers at most
     */
    public PartBuffers(int partSize, int maxParts) {
        this.partSize = partSize;
        this.free = new Semaphore(maxParts);
    }

    /**
     * Takes a buffer, waiting (on the reading thread, which may block) until one is free.
     *
     * @param stop tells the wait to give up (the upload failed or was cancelled)
     * @return a buffer of {@code partSize} bytes, or {@code null} when {@code stop} said so
     * @throws InterruptedException if the reading thread is interrupted
     */
    public byte[] take(BooleanSupplier stop) throws InterruptedException {
        while (!free.tryAcquire(100, TimeUnit.MILLISECONDS)) {
            if (stop.getAsBoolean()) {
                return null;
            }
        }
        if (stop.getAsBoolean()) {
            free.release();
            return null;
        }
        long now = held.addAndGet(partSize);
        peak.accumulateAndGet(now, Math::max);
        byte[] reused = pool.poll();
        return reused != null ? reused : new byte[partSize];
    }

    /**
     * Gives a buffer back once its part is uploaded.
     *
     * @param buffer the buffer, reused for a later part
     */
    public void release(byte[] buffer) {
        pool.offer(buffer);
        release();
    }

    /** Gives a buffer up that the SDK may still read (a failed or cancelled part): it is not reused. */
    public void release() {
        held.addAndGet(-partSize);
        free.release();
    }

    /** @return the bytes of buffers held now */
    public long held() {
        return held.get();
    }

    /** @return the most bytes of buffers held at once */
    public long peak() {
        return peak.get();
    }
}

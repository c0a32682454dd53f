package dev.awskit.s3;

import java.io.InputStream;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A stream of {@code length} bytes that only knows its length at its end (no {@code available()}), with a pattern
 * that makes misplaced parts visible. It can hold back its bytes past {@code pauseAt} until {@link #resume()}, so a
 * test can act while an upload is midway.
 */
class PatternStream extends InputStream {
    private final long length;
    private final long pauseAt;
    private final CountDownLatch paused = new CountDownLatch(1);
    private final CountDownLatch resumed = new CountDownLatch(1);
    private long position;
    private volatile boolean closed;

    PatternStream(long length) {
        this(length, Long.MAX_VALUE);
    }

    PatternStream(long length, long pauseAt) {
        this.length = length;
        this.pauseAt = pauseAt;
    }

    static byte at(long position) {
        return (byte) (position * 31 + position / 4099);
    }

    /** The bytes this stream yields, for comparison. */
    static byte[] expected(int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = at(i);
        }
        return bytes;
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int count) {
        if (position >= length) {
            return -1;
        }
        if (position >= pauseAt) {
            paused.countDown();
            try {
                resumed.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        long until = Math.min(length, position < pauseAt ? Math.min(pauseAt, position + count) : position + count);
        int n = (int) (until - position);
        for (int i = 0; i < n; i++) {
            buffer[offset + i] = at(position + i);
        }
        position += n;
        return n;
    }

    /** Waits until the reader reached {@code pauseAt}. */
    boolean awaitPaused() throws InterruptedException {
        return paused.await(30, TimeUnit.SECONDS);
    }

    void resume() {
        resumed.countDown();
    }

    long position() {
        return position;
    }

    @Override
    public void close() {
        closed = true;
    }

    boolean closed() {
        return closed;
    }
}

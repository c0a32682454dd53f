package dev.awskit.s3.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.function.BooleanSupplier;

/**
 * Cuts what is written to it into parts of one buffer each. A full buffer is handed on only when more bytes follow
 * (or at {@link #close()}, flagged last), so a stream that fits into one part is known to be a single part.
 */
final class PartSink extends OutputStream {
    /** Receives each part; owns the buffer from then on. */
    interface Parts {
        void accept(byte[] buffer, int length, int partNumber, boolean last);
    }

    private final PartBuffers buffers;
    private final BooleanSupplier stop;
    private final Parts parts;
    private byte[] current;
    private int filled;
    private int partNumber;
    private boolean closed;

    PartSink(PartBuffers buffers, BooleanSupplier stop, Parts parts) {
        this.buffers = buffers;
        this.stop = stop;
        this.parts = parts;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] data, int offset, int length) throws IOException {
        int at = offset;
        int left = length;
        while (left > 0) {
            if (current == null || filled == current.length) {
                nextBuffer();
            }
            int n = Math.min(left, current.length - filled);
            System.arraycopy(data, at, current, filled, n);
            filled += n;
            at += n;
            left -= n;
        }
    }

    private void nextBuffer() throws IOException {
        if (current != null) {
            parts.accept(current, filled, ++partNumber, false);
            current = null;
        }
        try {
            current = buffers.take(stop);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for a free part buffer");
        }
        if (current == null) {
            throw new StoppedException();
        }
        filled = 0;
    }

    /** Hands on the last part, possibly empty (an empty stream is one empty object); on a stop, just frees it. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        if (stop.getAsBoolean()) {
            if (current != null) {
                buffers.release();
            }
            return;
        }
        if (current == null) {
            nextBuffer();
        }
        parts.accept(current, filled, ++partNumber, true);
        current = null;
    }

    /** The upload stopped while this sink waited for a buffer. */
    static final class StoppedException extends IOException {
        private static final long serialVersionUID = 1L;

        StoppedException() {
            super("upload stopped");
        }
    }
}

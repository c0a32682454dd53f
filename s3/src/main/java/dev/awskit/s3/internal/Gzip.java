package dev.awskit.s3.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** gzip in memory, one layer at a time: a gzip body that itself holds gzip data is decompressed once, never twice. */
public final class Gzip {
    private Gzip() {
    }

    /**
     * Compresses {@code data}.
     *
     * @param data the bytes
     * @return the gzip bytes
     */
    public static byte[] compress(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, data.length / 4));
        try (GZIPOutputStream gzip = new GZIPOutputStream(out, 8192)) {
            gzip.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
        }
        return out.toByteArray();
    }

    /**
     * Decompresses one gzip layer. {@link GZIPInputStream} would go on into a second member appended to the first,
     * which is still one layer (concatenated gzip files); it never looks inside the decompressed data.
     *
     * @param data gzip bytes
     * @return the decompressed bytes
     * @throws IOException if {@code data} is not gzip
     */
    public static byte[] decompress(byte[] data) throws IOException {
        try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(data), 8192)) {
            return gzip.readAllBytes();
        }
    }

    /**
     * Tells whether {@code data} starts with the gzip magic number.
     *
     * @param data the bytes
     * @return whether it looks like gzip
     */
    public static boolean looksLikeGzip(byte[] data) {
        return data.length >= 2 && (data[0] & 0xff) == 0x1f && (data[1] & 0xff) == 0x8b;
    }
}

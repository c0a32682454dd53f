package dev.awskit.s3.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/** Checks of local files given to uploads, before any call. */
public final class LocalFiles {
    private LocalFiles() {
    }

    /**
     * Checks that {@code file} is a readable regular file of at most {@code max} bytes.
     *
     * @param file the file
     * @param max the most bytes allowed
     * @return its size
     * @throws IllegalArgumentException naming the file if it is missing, unreadable, not regular or too large
     */
    public static long size(Path file, long max) {
        Objects.requireNonNull(file, "file");
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new IllegalArgumentException("file is not a readable regular file: '" + file + "'");
        }
        try {
            long size = Files.size(file);
            if (size > max) {
                throw new IllegalArgumentException("file is larger than " + max + " bytes (" + size
                        + "), too large for one PutObject; upload it as a stream or through S3Transfers: '" + file + "'");
            }
            return size;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the size of '" + file + "'", e);
        }
    }

    /**
     * Opens a file for reading.
     *
     * @param file the file
     * @return the stream; the caller closes it
     */
    public static InputStream open(Path file) {
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException("could not open '" + file + "'", e);
        }
    }

    /**
     * Closes a stream, ignoring a failure to close (the upload's outcome is what matters).
     *
     * @param stream the stream
     */
    public static void closeQuietly(InputStream stream) {
        try {
            stream.close();
        } catch (IOException ignored) {
            // Reading is over: nothing is lost.
        }
    }
}

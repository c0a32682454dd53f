package dev.awskit.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * Secret material (a password, a key, a whole secret string or binary) held so that it cannot leak by
 * accident: {@link #toString()} prints {@code SecretValue[redacted]}, never the content, so the value is safe
 * in log lines, exception messages and debugger views of records that hold it.
 *
 * <p>The content is read only through the explicitly named {@link #reveal()} and {@link #revealBytes()}.
 * Instances are immutable and thread-safe; binary content is copied in and out. {@link #equals(Object)}
 * compares in constant time.
 */
public final class SecretValue {
    private static final String REDACTED = "SecretValue[redacted]";

    private final byte[] content;
    private final boolean binary;

    private SecretValue(byte[] content, boolean binary) {
        this.content = content;
        this.binary = binary;
    }

    /**
     * Wraps a secret string.
     *
     * @param value the secret text
     * @return the wrapped value
     * @throws NullPointerException if {@code value} is null
     */
    public static SecretValue of(String value) {
        Objects.requireNonNull(value, "value");
        return new SecretValue(value.getBytes(StandardCharsets.UTF_8), false);
    }

    /**
     * Wraps secret binary content; the array is copied.
     *
     * @param value the secret bytes
     * @return the wrapped value
     * @throws NullPointerException if {@code value} is null
     */
    public static SecretValue ofBytes(byte[] value) {
        Objects.requireNonNull(value, "value");
        return new SecretValue(value.clone(), true);
    }

    /**
     * Returns the secret as text (binary content decoded as UTF-8).
     *
     * @return the secret text; handle it with care
     */
    public String reveal() {
        return new String(content, StandardCharsets.UTF_8);
    }

    /**
     * Returns a copy of the secret's bytes (text encoded as UTF-8).
     *
     * @return a fresh copy of the secret bytes; the caller may wipe it after use
     */
    public byte[] revealBytes() {
        return content.clone();
    }

    /**
     * Tells whether the secret was created from bytes rather than text.
     *
     * @return {@code true} for binary content
     */
    public boolean isBinary() {
        return binary;
    }

    /**
     * Returns the content's length in bytes; safe to log.
     *
     * @return the number of bytes
     */
    public int length() {
        return content.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SecretValue that
                && binary == that.binary
                && MessageDigest.isEqual(content, that.content);
    }

    @Override
    public int hashCode() {
        // A content hash would let an attacker confirm guesses from a hash dump; length is enough for buckets.
        return Objects.hash(binary, content.length);
    }

    /** Always {@code SecretValue[redacted]}. */
    @Override
    public String toString() {
        return REDACTED;
    }
}

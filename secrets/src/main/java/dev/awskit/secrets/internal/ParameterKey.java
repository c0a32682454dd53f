package dev.awskit.secrets.internal;

/**
 * The cache key of a parameter read: the name (with any {@code :version} or {@code :label} selector) or path,
 * and whether the value is decrypted. Prints the name only, as the caller wrote it.
 *
 * @param name the name with its selector, or the path
 * @param decrypt whether SecureString values are decrypted
 */
public record ParameterKey(String name, boolean decrypt) {

    @Override
    public String toString() {
        return name;
    }
}

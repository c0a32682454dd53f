package dev.awskit.secrets.internal;

/**
 * The cache key of a parameter read: the name (with any {@code :version} or {@code :label} selector),
 * whether it is decrypted, and whether it is a path read.
 *
 * @param name the name, selector or path
 * @param decrypt whether SecureString values are decrypted
 * @param path whether this is a recursive by-path read
 */
public record ParameterKey(String name, boolean decrypt, boolean path) {

    @Override
    public String toString() {
        return (path ? "parameter path " : "parameter ") + name + (decrypt ? " (decrypted)" : "");
    }
}

package dev.awskit.secrets;

import java.time.Duration;
import java.util.Objects;

/**
 * One secret, parameter or parameter path a {@link PreloadConfig} asks to load at start (the file's
 * {@code secrets}, {@code secretsManager} and {@code parameters} sections; items of other sections are
 * {@link dev.awskit.core.preload.PreloadItem}s for the {@link dev.awskit.core.preload.PreloadSource} registered for
 * them).
 *
 * @param kind what to load
 * @param name the secret id, the parameter name (with any {@code :version} or {@code :label} selector), or the path
 * @param version for secrets, the version to read (null for AWSCURRENT); null otherwise
 * @param decrypt for parameters, whether to decrypt
 * @param ttl the entry's TTL, or null for the file's default or the cache's policy
 */
public record PreloadEntry(Kind kind, String name, SecretVersion version, boolean decrypt, Duration ttl) {

    /** What an entry loads. */
    public enum Kind {
        /** A Secrets Manager secret. */
        SECRET,
        /** One Parameter Store parameter. */
        PARAMETER,
        /** Every parameter under a path, as one entry. */
        PARAMETER_PATH
    }

    /**
     * Checks the fields.
     *
     * @param kind what to load
     * @param name the id, name or path
     * @param version the secret version, or null
     * @param decrypt whether to decrypt a parameter
     * @param ttl the TTL, or null
     * @throws NullPointerException if {@code kind} or {@code name} is null
     */
    public PreloadEntry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }

    /** Names the entry, as {@link PreloadReport} does: identifiers only, e.g. {@code secret prod/db}. */
    @Override
    public String toString() {
        return switch (kind) {
            case SECRET -> "secret " + name + (version == null ? "" : " (" + version + ")");
            case PARAMETER -> "parameter " + name;
            case PARAMETER_PATH -> "parameter path " + name;
        };
    }
}

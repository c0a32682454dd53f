package dev.awskit.secrets;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * One thing a {@link PreloadConfig} asks to load at start.
 *
 * @param kind what to load
 * @param name the secret id, parameter name, parameter path, or DynamoDB table name
 * @param version for secrets, the version to read (AWSCURRENT when the file names none); null otherwise
 * @param decrypt for parameters, whether to decrypt
 * @param key for DynamoDB items, the item's key attributes (names to string or number values); empty otherwise
 * @param ttl the entry's TTL, or null for the cache's policy
 */
public record PreloadEntry(Kind kind, String name, SecretVersion version, boolean decrypt, Map<String, Object> key,
        Duration ttl) {

    /** What an entry loads. */
    public enum Kind {
        /** A Secrets Manager secret. */
        SECRET,
        /** One Parameter Store parameter. */
        PARAMETER,
        /** Every parameter under a path, as one entry. */
        PARAMETER_PATH,
        /** One DynamoDB item. */
        DYNAMODB_ITEM
    }

    /**
     * Checks the fields.
     *
     * @param kind what to load
     * @param name the id, name, path or table
     * @param version the secret version, or null
     * @param decrypt whether to decrypt a parameter
     * @param key the item key
     * @param ttl the TTL, or null
     * @throws NullPointerException if {@code kind} or {@code name} is null
     */
    public PreloadEntry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        key = key == null ? Map.of() : Map.copyOf(key);
    }

    /** Names the entry, as used in {@link PreloadReport}: identifiers only. */
    @Override
    public String toString() {
        return switch (kind) {
            case SECRET -> "secret " + name + (version == null ? "" : " (" + version + ")");
            case PARAMETER -> "parameter " + name;
            case PARAMETER_PATH -> "parameter path " + name;
            case DYNAMODB_ITEM -> "dynamodb item " + name + " " + new java.util.TreeMap<>(key);
        };
    }
}

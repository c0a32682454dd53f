package dev.awskit.secrets.internal;

import dev.awskit.secrets.SecretVersion;

/**
 * The cache key of a secret read: the id and the version asked for.
 *
 * @param secretId the name or ARN
 * @param version the stage or version id
 */
public record SecretKey(String secretId, SecretVersion version) {

    /**
     * Reads a cache key: a bare id stands for the {@code AWSCURRENT} version.
     *
     * @param key a {@code String} id or a {@code SecretKey}
     * @return the key as a {@code SecretKey}
     */
    public static SecretKey of(Object key) {
        return key instanceof SecretKey secretKey ? secretKey : new SecretKey((String) key, SecretVersion.current());
    }

    /** The id, and the version when it is not {@code AWSCURRENT}: {@code prod/db (AWSPENDING)}. */
    @Override
    public String toString() {
        return SecretVersion.current().equals(version) ? secretId : secretId + " (" + version + ")";
    }
}

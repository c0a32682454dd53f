package dev.awskit.secrets.internal;

import dev.awskit.secrets.SecretVersion;

/**
 * The cache key of a secret read: the id and the version asked for.
 *
 * @param secretId the name or ARN
 * @param version the stage or version id
 */
public record SecretKey(String secretId, SecretVersion version) {

    @Override
    public String toString() {
        return "secret " + secretId + " (" + version + ")";
    }
}

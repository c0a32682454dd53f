package dev.awskit.s3;

import java.util.Objects;
import java.util.Optional;

/**
 * An object written by a put.
 *
 * @param key the key
 * @param eTag the ETag S3 returned
 * @param versionId the version id, in a versioned bucket
 * @param size the bytes stored (after compression for a gzip put)
 */
public record PutResult(String key, String eTag, Optional<String> versionId, long size) {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public PutResult {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(eTag, "eTag");
        Objects.requireNonNull(versionId, "versionId");
    }
}

package dev.awskit.s3;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a head of an object tells: size, content type and encoding, user metadata, ETag.
 *
 * @param key the key
 * @param size the stored size in bytes (compressed size for a gzip object)
 * @param contentType the content type, if stored
 * @param contentEncoding the content encoding ({@code gzip} for compressed puts), if stored
 * @param metadata user metadata (names in lower case), unmodifiable
 * @param eTag the ETag, with its quotes as S3 sends it
 * @param lastModified when it was last written
 * @param versionId the version id, in a versioned bucket
 */
public record ObjectInfo(String key, long size, Optional<String> contentType, Optional<String> contentEncoding,
        Map<String, String> metadata, String eTag, Instant lastModified, Optional<String> versionId) {

    /**
     * Checks and copies the components.
     *
     * @throws NullPointerException if a component is null
     */
    public ObjectInfo {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(contentEncoding, "contentEncoding");
        metadata = Map.copyOf(metadata);
        Objects.requireNonNull(eTag, "eTag");
        Objects.requireNonNull(lastModified, "lastModified");
        Objects.requireNonNull(versionId, "versionId");
    }

    /** @return whether the object is stored with {@code Content-Encoding: gzip} */
    public boolean isGzip() {
        return contentEncoding.map(e -> e.equalsIgnoreCase("gzip")).orElse(false);
    }
}

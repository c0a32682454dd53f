package dev.awskit.s3;

import java.util.Objects;
import java.util.Optional;

/**
 * A stream uploaded by {@link S3Bucket#upload(String, java.io.InputStream)}.
 *
 * @param key the key
 * @param eTag the ETag S3 returned (for a multipart upload, {@code "<md5 of part md5s>-<parts>"})
 * @param versionId the version id, in a versioned bucket
 * @param size the bytes read from the stream (before compression for a gzip upload)
 * @param parts the parts uploaded; 1 when the stream fit into one part and went up as a single {@code PutObject}
 * @param peakBufferedBytes the most bytes of part buffers the upload held at once, never more than
 *     {@code maxPartsInMemory x partSize}
 */
public record UploadResult(String key, String eTag, Optional<String> versionId, long size, int parts,
        long peakBufferedBytes) {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public UploadResult {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(eTag, "eTag");
        Objects.requireNonNull(versionId, "versionId");
    }
}

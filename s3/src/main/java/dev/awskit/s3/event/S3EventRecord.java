package dev.awskit.s3.event;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One record of an S3 event notification: what happened to which object.
 *
 * @param eventName e.g. {@code ObjectCreated:Put}, {@code ObjectRemoved:Delete}
 * @param eventTime when it happened (a time without a zone, as moto sends it, is read as UTC)
 * @param region the bucket's region
 * @param bucket the bucket
 * @param key the object's key, URL-decoded ({@code my+file%21.txt} becomes {@code my file!.txt})
 * @param size the object's size, for events that carry one
 * @param eTag the object's ETag, for events that carry one
 * @param versionId the version id, in a versioned bucket
 * @param sequencer orders events of one key (compare as hex strings of equal length)
 */
public record S3EventRecord(String eventName, Instant eventTime, String region, String bucket, String key,
        OptionalLong size, Optional<String> eTag, Optional<String> versionId, Optional<String> sequencer) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public S3EventRecord {
        Objects.requireNonNull(eventName, "eventName");
        Objects.requireNonNull(eventTime, "eventTime");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(eTag, "eTag");
        Objects.requireNonNull(versionId, "versionId");
        Objects.requireNonNull(sequencer, "sequencer");
    }

    /** @return whether an object was created (put, post, copy, multipart upload) */
    public boolean isObjectCreated() {
        return eventName.startsWith("ObjectCreated:");
    }

    /** @return whether an object was removed */
    public boolean isObjectRemoved() {
        return eventName.startsWith("ObjectRemoved:");
    }

    /** @return {@code s3://bucket/key} */
    public String location() {
        return "s3://" + bucket + "/" + key;
    }
}

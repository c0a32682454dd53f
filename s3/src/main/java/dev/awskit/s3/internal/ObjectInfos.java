package dev.awskit.s3.internal;

import dev.awskit.s3.ObjectInfo;
import java.time.Instant;
import java.util.Optional;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;

/** Builds {@link ObjectInfo} from the SDK's head and get responses. */
public final class ObjectInfos {
    private ObjectInfos() {
    }

    /**
     * Reads a head response.
     *
     * @param key the key
     * @param r the response
     * @return the info
     */
    public static ObjectInfo of(String key, HeadObjectResponse r) {
        return new ObjectInfo(key, orZero(r.contentLength()), Optional.ofNullable(r.contentType()),
                Optional.ofNullable(r.contentEncoding()), r.metadata(), orEmpty(r.eTag()), orEpoch(r.lastModified()),
                Optional.ofNullable(r.versionId()));
    }

    /**
     * Reads a get response.
     *
     * @param key the key
     * @param r the response
     * @return the info
     */
    public static ObjectInfo of(String key, GetObjectResponse r) {
        return new ObjectInfo(key, orZero(r.contentLength()), Optional.ofNullable(r.contentType()),
                Optional.ofNullable(r.contentEncoding()), r.metadata(), orEmpty(r.eTag()), orEpoch(r.lastModified()),
                Optional.ofNullable(r.versionId()));
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static Instant orEpoch(Instant value) {
        return value == null ? Instant.EPOCH : value;
    }
}

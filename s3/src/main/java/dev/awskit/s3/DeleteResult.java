package dev.awskit.s3;

import java.util.List;
import java.util.Objects;

/**
 * What {@link S3Bucket#deleteAll(String)} deleted and which keys S3 refused, key by key.
 *
 * @param prefix the prefix deleted
 * @param deleted the keys deleted, in listing order
 * @param failures the keys not deleted, with S3's reason
 */
public record DeleteResult(String prefix, List<String> deleted, List<KeyFailure> failures) {
    /**
     * Checks and copies the components.
     *
     * @throws NullPointerException if a component is null
     */
    public DeleteResult {
        Objects.requireNonNull(prefix, "prefix");
        deleted = List.copyOf(deleted);
        failures = List.copyOf(failures);
    }

    /** @return whether every key listed was deleted */
    public boolean isComplete() {
        return failures.isEmpty();
    }

    /**
     * One key S3 did not delete.
     *
     * @param key the key
     * @param code S3's error code, e.g. {@code AccessDenied}
     * @param message S3's message
     */
    public record KeyFailure(String key, String code, String message) {
        /**
         * Checks the components.
         *
         * @throws NullPointerException if {@code key} is null
         */
        public KeyFailure {
            Objects.requireNonNull(key, "key");
        }
    }
}

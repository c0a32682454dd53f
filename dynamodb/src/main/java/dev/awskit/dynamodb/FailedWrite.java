package dev.awskit.dynamodb;

import java.util.Objects;
import java.util.Optional;

/**
 * One write a {@link BatchWriter} could not make, and why.
 *
 * @param key the item's key
 * @param item the item of a put, or empty for a delete
 * @param cause why: the service's error, or an {@link AwsKitDynamoDbException} saying the item stayed unprocessed
 *     after the last attempt
 * @param attempts how many times it was sent
 * @param <T> the item type
 */
public record FailedWrite<T>(ItemKey key, Optional<T> item, Throwable cause, int attempts) {

    /**
     * Checks the fields.
     *
     * @param key the key
     * @param item the item or empty
     * @param cause the cause
     * @param attempts the attempts
     */
    public FailedWrite {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(cause, "cause");
    }

    /** @return whether the failed write was a delete */
    public boolean isDelete() {
        return item.isEmpty();
    }

    /** Names the key and the cause, never the item's attributes. */
    @Override
    public String toString() {
        return (isDelete() ? "delete " : "put ") + key + " after " + attempts + " attempt(s): " + cause;
    }
}

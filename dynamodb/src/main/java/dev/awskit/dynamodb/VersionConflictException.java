package dev.awskit.dynamodb;

import java.util.Map;
import java.util.OptionalLong;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An optimistic-locking write lost: the stored item's version was not the one the write expected (another writer
 * got there first), or an item expected to be new already existed. Read the item again and retry.
 */
public class VersionConflictException extends ConditionFailedException {
    private static final long serialVersionUID = 1L;

    private final Long expectedVersion;
    private final Long actualVersion;

    /**
     * Creates the exception.
     *
     * @param message what conflicted, with table, key and versions
     * @param tableName the table
     * @param key the item's key
     * @param expectedVersion the version the write expected, or null when it expected no item
     * @param actualVersion the version stored, or null when there was no item or no version
     * @param currentItem the stored item, or null
     * @param cause the SDK's exception
     */
    public VersionConflictException(String message, String tableName, ItemKey key, Long expectedVersion,
            Long actualVersion, Map<String, AttributeValue> currentItem, Throwable cause) {
        super(message, tableName, key, currentItem, cause);
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
    }

    /** @return the version the write expected; empty when it expected the item not to exist */
    public OptionalLong expectedVersion() {
        return expectedVersion == null ? OptionalLong.empty() : OptionalLong.of(expectedVersion);
    }

    /** @return the version stored; empty when there was no item (or it had no version) */
    public OptionalLong actualVersion() {
        return actualVersion == null ? OptionalLong.empty() : OptionalLong.of(actualVersion);
    }
}

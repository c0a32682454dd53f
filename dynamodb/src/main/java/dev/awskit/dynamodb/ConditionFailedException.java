package dev.awskit.dynamodb;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A conditional write did not happen because the stored item did not meet its condition (for example "only if
 * absent" while the item exists). Nothing was written. The item as stored when the condition was checked comes
 * with it, when DynamoDB returned it.
 */
public class ConditionFailedException extends AwsKitDynamoDbException {
    private static final long serialVersionUID = 1L;

    private final ItemKey key;
    private final transient Map<String, AttributeValue> currentItem;

    /**
     * Creates the exception.
     *
     * @param message what was refused, with table and key
     * @param tableName the table
     * @param key the item's key
     * @param currentItem the stored item, or null when absent or not returned
     * @param cause the SDK's exception
     */
    public ConditionFailedException(String message, String tableName, ItemKey key,
            Map<String, AttributeValue> currentItem, Throwable cause) {
        super(message, Objects.requireNonNull(tableName, "tableName"), cause);
        this.key = Objects.requireNonNull(key, "key");
        this.currentItem = currentItem == null || currentItem.isEmpty() ? null : Map.copyOf(currentItem);
    }

    /** @return the key of the item the write was for */
    public ItemKey key() {
        return key;
    }

    /**
     * Returns the item as stored when the condition failed.
     *
     * @return its attributes, or empty when there was no item (or DynamoDB did not return it)
     */
    public Optional<Map<String, AttributeValue>> currentItem() {
        return Optional.ofNullable(currentItem);
    }
}

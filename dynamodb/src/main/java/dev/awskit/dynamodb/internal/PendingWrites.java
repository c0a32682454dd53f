package dev.awskit.dynamodb.internal;

import dev.awskit.dynamodb.ItemKey;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Turns a batch writer's puts and deletes into checked {@link PendingWrite}s, before anything is queued: the item
 * converted, its key present, its size within 400 KB. Thread-safe.
 *
 * @param <T> the item type
 */
public final class PendingWrites<T> {
    private final TableContext<T> table;
    private final WritePlans<T> plans;

    /**
     * Creates the conversions of one table.
     *
     * @param table the table
     */
    public PendingWrites(TableContext<T> table) {
        this.table = table;
        this.plans = new WritePlans<>(table);
    }

    /**
     * Converts and checks a put.
     *
     * @param item the item
     * @return the write
     * @throws IllegalArgumentException naming the attribute or key, if the item cannot be stored (no key, a value
     *     DynamoDB refuses, over 400 KB)
     */
    public PendingWrite put(T item) {
        Map<String, AttributeValue> attributes = table.mapper().toItem(Objects.requireNonNull(item, "item"));
        ItemKey key;
        try {
            key = table.keySchema().keyOf(attributes);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("table " + table.name() + ": " + e.getMessage(), e);
        }
        plans.checkSize(attributes, key);
        return new PendingWrite(key, WriteRequest.builder().putRequest(p -> p.item(attributes)).build(),
                ItemSize.of(attributes), item);
    }

    /**
     * Converts and checks a delete.
     *
     * @param key the key
     * @return the write
     * @throws IllegalArgumentException if the key does not fit the table's key schema
     */
    public PendingWrite delete(ItemKey key) {
        Map<String, AttributeValue> attributes = table.keySchema().toAttributes(key);
        return new PendingWrite(key, WriteRequest.builder().deleteRequest(d -> d.key(attributes)).build(),
                ItemSize.of(attributes), null);
    }
}

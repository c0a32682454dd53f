package dev.awskit.dynamodb.internal;

import dev.awskit.dynamodb.ItemKey;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * One write a batch writer accepted: its key, the request element, its size for the 16 MB limit, the caller's item
 * (null for a delete) and how often it was sent. Mutated only under the writer's lock.
 */
public final class PendingWrite {
    final ItemKey key;
    final WriteRequest request;
    final long size;
    final Object item;
    int attempts;
    long firstSentNanos;

    /**
     * Creates a pending write.
     *
     * @param key the item's key
     * @param request the put or delete request element
     * @param size the item's (or key's) size in bytes
     * @param item the caller's item, or null for a delete
     */
    public PendingWrite(ItemKey key, WriteRequest request, long size, Object item) {
        this.key = key;
        this.request = request;
        this.size = size;
        this.item = item;
    }

    /** @return the item's key */
    public ItemKey key() {
        return key;
    }

    @Override
    public String toString() {
        return (item == null ? "delete " : "put ") + key;
    }
}

package dev.awskit.dynamodb;

import java.util.List;
import java.util.Optional;

/**
 * One page of a query or scan: the items of one DynamoDB response, and the cursor to continue from when there may
 * be more. A page may be empty while more items follow (a filter dropped what was read).
 *
 * @param items the items, in the order read
 * @param next where to continue, or empty when the read is complete
 * @param <T> the item type
 */
public record Page<T>(List<T> items, Optional<Cursor> next) {

    /**
     * Copies the items.
     *
     * @param items the items
     * @param next the cursor, or empty
     */
    public Page {
        items = List.copyOf(items);
        next = next == null ? Optional.empty() : next;
    }

    /** @return whether more items may follow */
    public boolean hasNext() {
        return next.isPresent();
    }
}

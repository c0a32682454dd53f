package dev.awskit.dynamodb;

import dev.awskit.core.Futures;
import dev.awskit.core.preload.PreloadItem;
import java.util.Map;
import java.util.Optional;

/** The blocking view of {@link PreloadedItems}. Thread-safe; obtained from {@link PreloadedItems#sync()}. */
public final class PreloadedItemsSync {
    private final PreloadedItems items;

    PreloadedItemsSync(PreloadedItems items) {
        this.items = items;
    }

    /**
     * Reads a preloaded item by name.
     *
     * @param name e.g. {@code DynamoDbTable-pKey1-sKey1}
     * @return the item, or empty
     * @see PreloadedItems#get(String)
     */
    public Optional<Map<String, Object>> get(String name) {
        return Futures.join(items.get(name));
    }

    /**
     * Reads an item of a preloaded table.
     *
     * @param table the table
     * @param key the key
     * @return the item, or empty
     * @see PreloadedItems#get(String, ItemKey)
     */
    public Optional<Map<String, Object>> get(String table, ItemKey key) {
        return Futures.join(items.get(table, key));
    }

    /**
     * Reads a preload entry's item into its cache.
     *
     * @param item the entry
     * @return the item
     * @see PreloadedItems#preload(PreloadItem)
     */
    public Map<String, Object> preload(PreloadItem item) {
        return Futures.join(items.preload(item));
    }

    @Override
    public String toString() {
        return items + ".sync()";
    }
}

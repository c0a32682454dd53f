package dev.awskit.dynamodb;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What a batch read found, key by key: every key asked for is in exactly one of {@link #items()},
 * {@link #missing()} and {@link #failures()}.
 *
 * @param items the items found, by key, in the order asked
 * @param missing the keys of items that do not exist
 * @param failures the keys that could not be read (still unprocessed after the last attempt, or the request
 *     failed), with the cause
 * @param <T> the item type
 */
public record BatchGetResult<T>(Map<ItemKey, T> items, Set<ItemKey> missing, Map<ItemKey, Throwable> failures) {

    /**
     * Copies the collections.
     *
     * @param items items
     * @param missing missing keys
     * @param failures failures
     */
    public BatchGetResult {
        items = Collections.unmodifiableMap(new LinkedHashMap<>(items));
        missing = Collections.unmodifiableSet(new LinkedHashSet<>(missing));
        failures = Collections.unmodifiableMap(new LinkedHashMap<>(failures));
    }

    /** @return whether every key was read (found or missing) */
    public boolean isComplete() {
        return failures.isEmpty();
    }

    /** Keys and counts only. */
    @Override
    public String toString() {
        return "BatchGetResult[found=" + items.size() + ", missing=" + missing + ", failed=" + failures.keySet() + "]";
    }
}

package dev.awskit.dynamodb.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The pages of one query or scan: how to fetch the page after a key, where it starts, and how many items it may
 * return in all. {@link PagePublisher} and {@link PageIterator} walk it. Immutable.
 *
 * @param <T> the item type
 */
public final class PageSource<T> {
    private final BiFunction<Map<String, AttributeValue>, Integer, CompletableFuture<Result<T>>> fetch;
    private final Map<String, AttributeValue> start;
    private final int totalLimit;
    private final int pageSize;

    /**
     * Creates a source.
     *
     * @param fetch fetches the page after a key (null for the first) evaluating at most the given number of items
     *     (null for DynamoDB's 1 MB)
     * @param start the key to start after, or null
     * @param totalLimit the most items in all, 0 for no limit
     * @param pageSize the most items evaluated per request, 0 for DynamoDB's default
     */
    public PageSource(BiFunction<Map<String, AttributeValue>, Integer, CompletableFuture<Result<T>>> fetch,
            Map<String, AttributeValue> start, int totalLimit, int pageSize) {
        this.fetch = fetch;
        this.start = start;
        this.totalLimit = totalLimit;
        this.pageSize = pageSize;
    }

    /**
     * One response's items and where the next page starts.
     *
     * @param items the items
     * @param lastKey the last evaluated key, or null when the read is complete
     * @param <T> the item type
     */
    public record Result<T>(List<T> items, Map<String, AttributeValue> lastKey) {
    }

    /** @return the key to start after, or null */
    public Map<String, AttributeValue> start() {
        return start;
    }

    /**
     * Fetches the page after {@code after}, asking DynamoDB to evaluate no more than {@code remaining} items.
     *
     * @param after the key to start after, or null
     * @param delivered how many items were delivered before
     * @return the page; its items never exceed the total limit
     */
    public CompletableFuture<Result<T>> fetch(Map<String, AttributeValue> after, long delivered) {
        Integer limit = pageSize == 0 ? null : pageSize;
        if (totalLimit > 0) {
            int remaining = (int) Math.max(0, totalLimit - delivered);
            limit = limit == null ? remaining : Math.min(limit, remaining);
        }
        return fetch.apply(after, limit);
    }

    /**
     * Tells whether the read is over.
     *
     * @param lastKey the last page's last evaluated key
     * @param delivered items delivered so far
     * @return {@code true} when there is no next page or the total limit is reached
     */
    public boolean isDone(Map<String, AttributeValue> lastKey, long delivered) {
        return lastKey == null || (totalLimit > 0 && delivered >= totalLimit);
    }

    /**
     * Maps raw items.
     *
     * @param raw the response's items
     * @param mapper the item conversion
     * @param <T> the item type
     * @return the items
     */
    public static <T> List<T> map(List<Map<String, AttributeValue>> raw,
            java.util.function.Function<Map<String, AttributeValue>, T> mapper) {
        List<T> items = new ArrayList<>(raw.size());
        for (Map<String, AttributeValue> item : raw) {
            items.add(mapper.apply(item));
        }
        return items;
    }
}

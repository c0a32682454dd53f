package dev.awskit.dynamodb;

import dev.awskit.core.Futures;
import dev.awskit.dynamodb.expression.Update;
import dev.awskit.dynamodb.internal.PageIterator;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The blocking view of a {@link DynamoTable}: the same operations, waiting for the result and throwing the typed
 * exception itself (not a {@code CompletionException}). Queries and scans are lazy {@code Stream}s that read the next
 * page when the items of the last one are used up. Thread-safe; obtained from {@link DynamoTable#sync()}.
 *
 * @param <T> the item type
 */
public final class DynamoTableSync<T> {
    private final DynamoTable<T> table;

    DynamoTableSync(DynamoTable<T> table) {
        this.table = table;
    }

    /**
     * Reads an item, eventually consistent.
     *
     * @param key its key
     * @return the item, or empty
     * @see DynamoTable#get(ItemKey)
     */
    public Optional<T> get(ItemKey key) {
        return Futures.join(table.get(key));
    }

    /**
     * Reads an item.
     *
     * @param request the read
     * @return the item, or empty
     * @see DynamoTable#get(GetItem)
     */
    public Optional<T> get(GetItem request) {
        return Futures.join(table.get(request));
    }

    /**
     * Reads an item.
     *
     * @param request configures the read
     * @return the item, or empty
     * @see DynamoTable#get(Consumer)
     */
    public Optional<T> get(Consumer<GetItem.Builder> request) {
        return Futures.join(table.get(request));
    }

    /**
     * Writes an item.
     *
     * @param item the item
     * @return the item as stored
     * @see DynamoTable#put(Object)
     */
    public T put(T item) {
        return Futures.join(table.put(item));
    }

    /**
     * Writes an item, conditionally.
     *
     * @param request the write
     * @return the item as stored
     * @see DynamoTable#put(PutItem)
     */
    public T put(PutItem<T> request) {
        return Futures.join(table.put(request));
    }

    /**
     * Writes an item, conditionally.
     *
     * @param request configures the write
     * @return the item as stored
     * @see DynamoTable#put(Consumer)
     */
    public T put(Consumer<PutItem.Builder<T>> request) {
        return Futures.join(table.put(request));
    }

    /**
     * Writes an item only if no item with its key exists.
     *
     * @param item the item
     * @return {@code true} when written
     * @see DynamoTable#putIfAbsent(Object)
     */
    public Boolean putIfAbsent(T item) {
        return Futures.join(table.putIfAbsent(item));
    }

    /**
     * Updates an item.
     *
     * @param key its key
     * @param update the update
     * @return the item after the update
     * @see DynamoTable#update(ItemKey, Update)
     */
    public T update(ItemKey key, Update update) {
        return Futures.join(table.update(key, update));
    }

    /**
     * Updates an item.
     *
     * @param key its key
     * @param update configures the update
     * @return the item after the update
     * @see DynamoTable#update(ItemKey, Consumer)
     */
    public T update(ItemKey key, Consumer<Update.Builder> update) {
        return Futures.join(table.update(key, update));
    }

    /**
     * Updates an item, conditionally.
     *
     * @param request the update
     * @return the item after the update
     * @see DynamoTable#update(UpdateItem)
     */
    public T update(UpdateItem request) {
        return Futures.join(table.update(request));
    }

    /**
     * Updates an item, conditionally.
     *
     * @param request configures the update
     * @return the item after the update
     * @see DynamoTable#update(Consumer)
     */
    public T update(Consumer<UpdateItem.Builder> request) {
        return Futures.join(table.update(request));
    }

    /**
     * Deletes an item.
     *
     * @param key its key
     * @return the deleted item, or empty
     * @see DynamoTable#delete(ItemKey)
     */
    public Optional<T> delete(ItemKey key) {
        return Futures.join(table.delete(key));
    }

    /**
     * Deletes an item, conditionally.
     *
     * @param request the delete
     * @return the deleted item, or empty
     * @see DynamoTable#delete(DeleteItem)
     */
    public Optional<T> delete(DeleteItem request) {
        return Futures.join(table.delete(request));
    }

    /**
     * Deletes an item, conditionally.
     *
     * @param request configures the delete
     * @return the deleted item, or empty
     * @see DynamoTable#delete(Consumer)
     */
    public Optional<T> delete(Consumer<DeleteItem.Builder> request) {
        return Futures.join(table.delete(request));
    }

    /**
     * Queries lazily: a page is read when the stream needs its items; the stream ends at the query's limit.
     *
     * @param query the query
     * @return the items
     * @throws IllegalArgumentException if the key condition does not fit the table's key or a value cannot be stored
     */
    public Stream<T> query(Query query) {
        return PageIterator.stream(table.reads().query(query));
    }

    /**
     * Queries lazily.
     *
     * @param query configures the query
     * @return the items
     */
    public Stream<T> query(Consumer<Query.Builder> query) {
        Query.Builder builder = Query.builder();
        query.accept(builder);
        return query(builder.build());
    }

    /**
     * Reads one page of a query.
     *
     * @param query the query
     * @return the page
     * @see DynamoTable#queryPage(Query)
     */
    public Page<T> queryPage(Query query) {
        return Futures.join(table.queryPage(query));
    }

    /**
     * Reads one page of a query.
     *
     * @param query configures the query
     * @return the page
     * @see DynamoTable#queryPage(Consumer)
     */
    public Page<T> queryPage(Consumer<Query.Builder> query) {
        return Futures.join(table.queryPage(query));
    }

    /**
     * Scans lazily.
     *
     * @param scan the scan
     * @return the items
     */
    public Stream<T> scan(Scan scan) {
        return PageIterator.stream(table.reads().scan(scan));
    }

    /**
     * Scans lazily.
     *
     * @param scan configures the scan
     * @return the items
     */
    public Stream<T> scan(Consumer<Scan.Builder> scan) {
        Scan.Builder builder = Scan.builder();
        scan.accept(builder);
        return scan(builder.build());
    }

    /**
     * Reads one page of a scan.
     *
     * @param scan the scan
     * @return the page
     * @see DynamoTable#scanPage(Scan)
     */
    public Page<T> scanPage(Scan scan) {
        return Futures.join(table.scanPage(scan));
    }

    /**
     * Reads one page of a scan.
     *
     * @param scan configures the scan
     * @return the page
     * @see DynamoTable#scanPage(Consumer)
     */
    public Page<T> scanPage(Consumer<Scan.Builder> scan) {
        return Futures.join(table.scanPage(scan));
    }

    /**
     * Reads many items by key.
     *
     * @param keys the keys
     * @return every key found, missing or failed
     * @see DynamoTable#batchGet(Collection)
     */
    public BatchGetResult<T> batchGet(Collection<ItemKey> keys) {
        return Futures.join(table.batchGet(keys));
    }

    /**
     * Reads many items by key.
     *
     * @param request the read
     * @return every key found, missing or failed
     * @see DynamoTable#batchGet(BatchGet)
     */
    public BatchGetResult<T> batchGet(BatchGet request) {
        return Futures.join(table.batchGet(request));
    }

    /**
     * Reads many items by key.
     *
     * @param request configures the read
     * @return every key found, missing or failed
     * @see DynamoTable#batchGet(Consumer)
     */
    public BatchGetResult<T> batchGet(Consumer<BatchGet.Builder> request) {
        return Futures.join(table.batchGet(request));
    }

    @Override
    public String toString() {
        return table + ".sync()";
    }
}

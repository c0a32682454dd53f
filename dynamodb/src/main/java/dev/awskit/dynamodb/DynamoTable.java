package dev.awskit.dynamodb;

import dev.awskit.core.cache.CachePolicy;
import dev.awskit.core.spi.Checks;
import dev.awskit.dynamodb.expression.Update;
import dev.awskit.dynamodb.internal.BatchGetRun;
import dev.awskit.dynamodb.internal.Calls;
import dev.awskit.dynamodb.internal.ItemOperations;
import dev.awskit.dynamodb.internal.PagePublisher;
import dev.awskit.dynamodb.internal.PageSource;
import dev.awskit.dynamodb.internal.Reads;
import dev.awskit.dynamodb.internal.TableContext;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.reactivestreams.Publisher;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One DynamoDB table as a typed resource, as boto3's {@code Table}: items of type {@code T} (records, POJOs or
 * {@code Map<String, Object>}, no annotations), keys declared once. Obtained from {@link DynamoResource#table}.
 *
 * <pre>{@code
 * record Vote(String name, long votes) {}
 * DynamoTable<Vote> votes = dynamo.table("votes", Vote.class, KeySchema.of("name"));
 * votes.put(new Vote("tabs", 0)).join();
 * Vote after = votes.update(ItemKey.of("tabs"), u -> u.increment("Votes", 1)).join();
 * Optional<Vote> read = votes.sync().get(ItemKey.of("tabs"));
 * Map<String, Long> counts = votes.sync().scan(Scan.builder().build())
 *         .collect(Collectors.toMap(Vote::name, Vote::votes));
 * }</pre>
 *
 * <p>Every method that does I/O returns a {@code CompletableFuture} (or a {@code Publisher}) and never blocks;
 * cancelling it aborts the request. Bad input (a key that does not fit, a value DynamoDB cannot store, an item over
 * 400 KB) is refused with an {@link IllegalArgumentException} naming it, before any request. Failures are
 * {@link AwsKitDynamoDbException}s: {@link ConditionFailedException} for a failed condition,
 * {@link VersionConflictException} for a lost optimistic lock.
 *
 * <p>Immutable and thread-safe; handles are cheap, the client is the resource's.
 *
 * @param <T> the item type
 */
public final class DynamoTable<T> {
    private final TableContext<T> context;
    private final ItemOperations<T> items;
    private final Reads<T> reads;
    private final DynamoTableSync<T> sync;

    DynamoTable(TableContext<T> context) {
        this.context = context;
        this.items = new ItemOperations<>(context);
        this.reads = new Reads<>(context);
        this.sync = new DynamoTableSync<>(this);
    }

    TableContext<T> context() {
        return context;
    }

    ItemOperations<T> operations() {
        return items;
    }

    Reads<T> reads() {
        return reads;
    }

    /** @return the table's name */
    public String name() {
        return context.name();
    }

    /** @return the table's key attributes */
    public KeySchema keySchema() {
        return context.keySchema();
    }

    /** @return how items are converted */
    public ItemMapper<T> mapper() {
        return context.mapper();
    }

    /** @return the optimistic-locking attribute, or empty */
    public Optional<String> versionAttribute() {
        return Optional.ofNullable(context.versionAttribute());
    }

    /**
     * Returns a handle on the same table with optimistic locking through a number attribute: a put of an item
     * without a version (null, absent or 0) succeeds only if no item with its key exists and stores version 1; a put
     * of version {@code n} succeeds only if the stored version is {@code n}, and stores {@code n + 1}. Updates and
     * deletes check {@link UpdateItem.Builder#expectedVersion(long)} when given, and updates always move the
     * version on. A lost race is a {@link VersionConflictException}.
     *
     * @param attribute the version attribute's name, e.g. {@code version}
     * @return the versioned handle
     * @throws IllegalArgumentException if {@code attribute} is blank or a key attribute
     */
    public DynamoTable<T> withVersionAttribute(String attribute) {
        Checks.notBlank(attribute, "attribute");
        if (context.keySchema().isKey(attribute)) {
            throw new IllegalArgumentException("the version attribute cannot be a key attribute: '" + attribute + "'");
        }
        return new DynamoTable<>(context.withVersionAttribute(attribute));
    }

    /**
     * Returns a handle on the same table reading and writing raw attribute maps, for anything the mapping does not
     * cover. Keeps the version attribute.
     *
     * @return the raw handle
     */
    public DynamoTable<Map<String, AttributeValue>> raw() {
        return new DynamoTable<>(context.withMapper(ItemMapper.raw()));
    }

    /**
     * Returns the blocking view of this table, the same instance every time.
     *
     * @return the view
     */
    public DynamoTableSync<T> sync() {
        return sync;
    }

    /**
     * Reads an item, eventually consistent.
     *
     * @param key its key
     * @return the item, or empty when there is none
     * @throws NullPointerException if {@code key} is null
     * @throws IllegalArgumentException if the key does not fit the table's key schema
     */
    public CompletableFuture<Optional<T>> get(ItemKey key) {
        return get(GetItem.builder().key(key).build());
    }

    /**
     * Reads an item.
     *
     * @param request the key, consistency and projection
     * @return the item, or empty when there is none
     * @throws NullPointerException if {@code request} is null
     * @throws IllegalArgumentException if the key does not fit the table's key schema or a path is bad
     */
    public CompletableFuture<Optional<T>> get(GetItem request) {
        return items.get(Objects.requireNonNull(request, "request"));
    }

    /**
     * Reads an item.
     *
     * @param request configures the read
     * @return the item, or empty when there is none
     * @throws NullPointerException if no key is set
     */
    public CompletableFuture<Optional<T>> get(Consumer<GetItem.Builder> request) {
        GetItem.Builder builder = GetItem.builder();
        request.accept(builder);
        return get(builder.build());
    }

    /**
     * Writes an item, replacing any item with the same key (on a versioned table, only if the versions match).
     *
     * @param item the item
     * @return the item as stored: {@code item} itself, or on a versioned table a copy with its new version
     * @throws NullPointerException if {@code item} is null
     * @throws IllegalArgumentException naming the attribute or key, if the item cannot be stored (no key, a NaN, an
     *     empty set, over 400 KB)
     */
    public CompletableFuture<T> put(T item) {
        return put(PutItem.<T>builder().item(item).build());
    }

    /**
     * Writes an item, conditionally.
     *
     * @param request the item and its condition
     * @return the item as stored; fails with {@link ConditionFailedException} when the condition fails
     * @throws NullPointerException if {@code request} is null
     * @throws IllegalArgumentException naming the attribute or key, if the item cannot be stored
     */
    public CompletableFuture<T> put(PutItem<T> request) {
        return items.put(Objects.requireNonNull(request, "request"));
    }

    /**
     * Writes an item, conditionally.
     *
     * @param request configures the write
     * @return the item as stored
     * @throws NullPointerException if no item is set
     */
    public CompletableFuture<T> put(Consumer<PutItem.Builder<T>> request) {
        PutItem.Builder<T> builder = PutItem.builder();
        request.accept(builder);
        return put(builder.build());
    }

    /**
     * Writes an item only if no item with its key exists.
     *
     * @param item the item
     * @return {@code true} when written, {@code false} when an item with the key already existed
     * @throws NullPointerException if {@code item} is null
     * @throws IllegalArgumentException naming the attribute or key, if the item cannot be stored
     */
    public CompletableFuture<Boolean> putIfAbsent(T item) {
        return Calls.handle(put(PutItem.<T>builder().item(item).ifAbsent().build()), (stored, error) -> {
            if (error == null) {
                return true;
            }
            if (error instanceof ConditionFailedException) {
                return false;
            }
            throw error instanceof RuntimeException runtime ? runtime : new AwsKitDynamoDbException(
                    "PutItem on table " + name() + " failed", name(), error);
        });
    }

    /**
     * Updates an item (creating it if absent) and returns it as it is afterwards.
     *
     * @param key its key
     * @param update the update expression
     * @return the item after the update
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the key does not fit, the update touches a key attribute, or a value cannot
     *     be stored
     */
    public CompletableFuture<T> update(ItemKey key, Update update) {
        return update(UpdateItem.builder().key(key).update(update).build());
    }

    /**
     * Updates an item (creating it if absent) and returns it as it is afterwards.
     *
     * @param key its key
     * @param update configures the update expression, e.g. {@code u -> u.increment("Votes", 1)}
     * @return the item after the update
     * @throws IllegalArgumentException if the update is empty, touches a key attribute or has a bad value
     */
    public CompletableFuture<T> update(ItemKey key, Consumer<Update.Builder> update) {
        return update(UpdateItem.builder().key(key).update(update).build());
    }

    /**
     * Updates an item, conditionally.
     *
     * @param request the key, update, condition and expected version
     * @return the item after the update; fails with {@link ConditionFailedException} when the condition fails
     * @throws NullPointerException if {@code request} is null
     * @throws IllegalArgumentException if the update touches a key attribute or a value cannot be stored
     */
    public CompletableFuture<T> update(UpdateItem request) {
        return items.update(Objects.requireNonNull(request, "request"));
    }

    /**
     * Updates an item, conditionally.
     *
     * @param request configures the update
     * @return the item after the update
     * @throws NullPointerException if the key or the update is missing
     */
    public CompletableFuture<T> update(Consumer<UpdateItem.Builder> request) {
        UpdateItem.Builder builder = UpdateItem.builder();
        request.accept(builder);
        return update(builder.build());
    }

    /**
     * Deletes an item.
     *
     * @param key its key
     * @return the deleted item, or empty when there was none
     * @throws NullPointerException if {@code key} is null
     * @throws IllegalArgumentException if the key does not fit the table's key schema
     */
    public CompletableFuture<Optional<T>> delete(ItemKey key) {
        return delete(DeleteItem.builder().key(key).build());
    }

    /**
     * Deletes an item, conditionally.
     *
     * @param request the key, condition and expected version
     * @return the deleted item, or empty; fails with {@link ConditionFailedException} when the condition fails
     * @throws NullPointerException if {@code request} is null
     */
    public CompletableFuture<Optional<T>> delete(DeleteItem request) {
        return items.delete(Objects.requireNonNull(request, "request"));
    }

    /**
     * Deletes an item, conditionally.
     *
     * @param request configures the delete
     * @return the deleted item, or empty
     * @throws NullPointerException if no key is set
     */
    public CompletableFuture<Optional<T>> delete(Consumer<DeleteItem.Builder> request) {
        DeleteItem.Builder builder = DeleteItem.builder();
        request.accept(builder);
        return delete(builder.build());
    }

    /**
     * Queries lazily: pages are read as the subscriber asks for items, and the query stops at its limit or when the
     * subscription is cancelled (which also aborts the request in flight). Each subscription reads afresh.
     *
     * @param query the query
     * @return the items
     * @throws NullPointerException if {@code query} is null
     * @throws IllegalArgumentException if the key condition does not fit the table's key or a value cannot be stored
     */
    public Publisher<T> query(Query query) {
        return new PagePublisher<>(reads.query(Objects.requireNonNull(query, "query")));
    }

    /**
     * Queries lazily.
     *
     * @param query configures the query
     * @return the items
     * @throws NullPointerException if no key condition is set
     */
    public Publisher<T> query(Consumer<Query.Builder> query) {
        Query.Builder builder = Query.builder();
        query.accept(builder);
        return query(builder.build());
    }

    /**
     * Reads one page of a query: one request, at most the query's limit of items, and the cursor to continue from.
     *
     * @param query the query, maybe with {@link Query.Builder#startAfter(Cursor)}
     * @return the page
     * @throws NullPointerException if {@code query} is null
     * @throws IllegalArgumentException if the key condition does not fit the table's key or a value cannot be stored
     */
    public CompletableFuture<Page<T>> queryPage(Query query) {
        return page(reads.query(Objects.requireNonNull(query, "query")), query.index().orElse(null), null);
    }

    /**
     * Reads one page of a query.
     *
     * @param query configures the query
     * @return the page
     * @throws NullPointerException if no key condition is set
     */
    public CompletableFuture<Page<T>> queryPage(Consumer<Query.Builder> query) {
        Query.Builder builder = Query.builder();
        query.accept(builder);
        return queryPage(builder.build());
    }

    /**
     * Scans lazily, as {@link #query(Query)} does.
     *
     * @param scan the scan, whole or one segment
     * @return the items
     * @throws NullPointerException if {@code scan} is null
     * @throws IllegalArgumentException if a filter value cannot be stored
     */
    public Publisher<T> scan(Scan scan) {
        return new PagePublisher<>(reads.scan(Objects.requireNonNull(scan, "scan")));
    }

    /**
     * Scans lazily.
     *
     * @param scan configures the scan
     * @return the items
     */
    public Publisher<T> scan(Consumer<Scan.Builder> scan) {
        Scan.Builder builder = Scan.builder();
        scan.accept(builder);
        return scan(builder.build());
    }

    /**
     * Reads one page of a scan.
     *
     * @param scan the scan, maybe with a start cursor
     * @return the page
     * @throws NullPointerException if {@code scan} is null
     */
    public CompletableFuture<Page<T>> scanPage(Scan scan) {
        Integer segment = scan.segment().isPresent() ? scan.segment().getAsInt() : null;
        return page(reads.scan(Objects.requireNonNull(scan, "scan")), scan.index().orElse(null), segment);
    }

    /**
     * Reads one page of a scan.
     *
     * @param scan configures the scan
     * @return the page
     */
    public CompletableFuture<Page<T>> scanPage(Consumer<Scan.Builder> scan) {
        Scan.Builder builder = Scan.builder();
        scan.accept(builder);
        return scanPage(builder.build());
    }

    /**
     * Returns a new batch writer on this table with the defaults (8 requests at once, last write to a key wins,
     * {@link BatchRetry#defaults()}). Close it to flush.
     *
     * @return the writer
     * @throws IllegalArgumentException if this handle has a version attribute (batch writes cannot check it)
     */
    public BatchWriter<T> batchWriter() {
        return new BatchWriter<>(context, BatchWriter.builder());
    }

    /**
     * Returns a new batch writer on this table.
     *
     * @param writer configures it
     * @return the writer
     * @throws IllegalArgumentException if this handle has a version attribute, or a setting is out of range
     */
    public BatchWriter<T> batchWriter(Consumer<BatchWriter.Builder> writer) {
        BatchWriter.Builder builder = BatchWriter.builder();
        writer.accept(builder);
        return new BatchWriter<>(context, builder);
    }

    /**
     * Reads many items by key (100 per request, unprocessed keys retried with {@link BatchRetry#defaults()},
     * eventually consistent).
     *
     * @param keys the keys; repeats are read once
     * @return every key found, missing or failed
     * @throws NullPointerException if {@code keys} or a key is null
     * @throws IllegalArgumentException if a key does not fit the table's key schema (before any request)
     */
    public CompletableFuture<BatchGetResult<T>> batchGet(Collection<ItemKey> keys) {
        return batchGet(BatchGet.builder().keys(keys).build());
    }

    /**
     * Reads many items by key.
     *
     * @param request the keys, consistency, projection and retry settings
     * @return every key found, missing or failed; cancelling it stops the requests and retries
     * @throws NullPointerException if {@code request} is null
     * @throws IllegalArgumentException if a key does not fit the table's key schema (before any request)
     */
    public CompletableFuture<BatchGetResult<T>> batchGet(BatchGet request) {
        return BatchGetRun.start(context, Objects.requireNonNull(request, "request"));
    }

    /**
     * Reads many items by key.
     *
     * @param request configures the read
     * @return every key found, missing or failed
     */
    public CompletableFuture<BatchGetResult<T>> batchGet(Consumer<BatchGet.Builder> request) {
        BatchGet.Builder builder = BatchGet.builder();
        request.accept(builder);
        return batchGet(builder.build());
    }

    /**
     * Returns a new read-through cache of this table's items with {@link CachePolicy#defaults()}, loading with
     * consistent reads. Close it when done.
     *
     * @return the cache
     */
    public ItemCache<T> cached() {
        return new ItemCache<>(this, ItemCache.builder());
    }

    /**
     * Returns a new read-through cache of this table's items.
     *
     * @param cache configures the policy and consistency
     * @return the cache
     */
    public ItemCache<T> cached(Consumer<ItemCache.Builder> cache) {
        ItemCache.Builder builder = ItemCache.builder();
        cache.accept(builder);
        return new ItemCache<>(this, builder);
    }

    private CompletableFuture<Page<T>> page(PageSource<T> source, String index, Integer segment) {
        return Calls.handle(source.fetch(source.start(), 0), (result, error) -> {
            if (error != null) {
                throw error instanceof RuntimeException runtime ? runtime
                        : new AwsKitDynamoDbException("reading table " + name() + " failed", name(), error);
            }
            return new Page<>(result.items(),
                    Optional.ofNullable(result.lastKey()).map(key -> new Cursor(key, index, segment)));
        });
    }

    @Override
    public String toString() {
        return "DynamoTable[" + name() + ", " + keySchema() + ", " + mapper()
                + versionAttribute().map(v -> ", version=" + v).orElse("") + "]";
    }
}

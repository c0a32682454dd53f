package dev.awskit.dynamodb;

import dev.awskit.core.cache.CachePolicy;
import dev.awskit.core.preload.PreloadItem;
import dev.awskit.core.preload.PreloadSource;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code dynamodb} section of a preload file (the Lambda cache extension's {@code config.yaml}, seed 001): each
 * entry names a table and an item's key; preloading reads the item into an {@link ItemCache} of that table, and the
 * item is then served from memory by its table and key, or by the extension's name
 * {@code DynamoDbTable-pKey1-sKey1} (table, partition value, sort value).
 *
 * <pre>{@code
 * dynamodb:
 *   - table: DynamoDbTable
 *     hashkey: pKey            # or: key: {pKey: pKey1, sKey: sKey1}
 *     hashkeyvalue: pKey1
 *     sortkey: sKey
 *     sortkeyvalue: sKey1
 *     ttl: 5m                  # optional; else the file's ttl, else the cache policy
 * }</pre>
 *
 * <pre>{@code
 * PreloadedItems items = PreloadedItems.create(dynamo);        // register it with the preloader of awskit-secrets
 * ...
 * Map<String, Object> item = items.sync().get("DynamoDbTable-pKey1-sKey1").orElseThrow();
 * }</pre>
 *
 * <p>Items are plain maps ({@link ItemMapper#plain()}). An item that does not exist fails its preload entry (and is
 * cached as absent). Thread-safe; {@link #close()} closes the caches it made.
 */
public final class PreloadedItems implements PreloadSource, AutoCloseable {
    /** The section this source reads. */
    public static final String SECTION = "dynamodb";

    private final DynamoResource dynamo;
    private final CachePolicy policy;
    private final Map<String, Tables> tables = new ConcurrentHashMap<>();
    private final Map<String, Entry> names = new ConcurrentHashMap<>();
    private final PreloadedItemsSync sync;

    /** One table's key schema, cache and per-item policies. */
    private record Tables(KeySchema keySchema, ItemCache<Map<String, Object>> cache, Map<ItemKey, CachePolicy> policies) {
    }

    /** One preloaded item. */
    private record Entry(String table, KeySchema keySchema, ItemKey key) {
    }

    private PreloadedItems(DynamoResource dynamo, CachePolicy policy) {
        this.dynamo = dynamo;
        this.policy = policy;
        this.sync = new PreloadedItemsSync(this);
    }

    /**
     * Creates the source with {@link CachePolicy#defaults()} for items without a TTL.
     *
     * @param dynamo the resource whose client reads the items
     * @return the source
     * @throws NullPointerException if {@code dynamo} is null
     */
    public static PreloadedItems create(DynamoResource dynamo) {
        return create(dynamo, CachePolicy.defaults());
    }

    /**
     * Creates the source.
     *
     * @param dynamo the resource whose client reads the items
     * @param policy the policy of items without a TTL; an item's TTL becomes its soft TTL (and three times it the
     *     hard TTL)
     * @return the source
     * @throws NullPointerException if an argument is null
     */
    public static PreloadedItems create(DynamoResource dynamo, CachePolicy policy) {
        return new PreloadedItems(Objects.requireNonNull(dynamo, "dynamo"), Objects.requireNonNull(policy, "policy"));
    }

    /** @return the blocking view, the same instance every time */
    public PreloadedItemsSync sync() {
        return sync;
    }

    @Override
    public String section() {
        return SECTION;
    }

    /**
     * Checks an entry: a non-blank {@code table}, and a key as {@code key: {name: value, ...}} (one or two
     * attributes, partition first) or {@code hashkey}/{@code hashkeyvalue} with optional
     * {@code sortkey}/{@code sortkeyvalue}; values are strings or numbers; a table's entries all use the same key
     * attributes.
     *
     * @param item the entry
     * @throws IllegalArgumentException naming the entry and the bad field
     */
    @Override
    public void check(PreloadItem item) {
        entry(item);
    }

    /** Reads an entry; a key map naming a known table's key attributes in another order takes the table's order. */
    private Entry entry(PreloadItem item) {
        Entry entry = entryOf(item);
        Tables existing = tables.get(entry.table());
        if (existing != null && !existing.keySchema().equals(entry.keySchema()) && entry.key().sortValue().isPresent()
                && existing.keySchema().sort().equals(Optional.of(entry.keySchema().partition()))
                && existing.keySchema().partition().equals(entry.keySchema().sort().orElse(null))) {
            entry = new Entry(entry.table(), existing.keySchema(),
                    ItemKey.ofAttributes(entry.key().sortValue().get(), entry.key().partitionValue()));
        }
        if (existing != null && !existing.keySchema().equals(entry.keySchema())) {
            throw new IllegalArgumentException(item + ": table " + entry.table() + " is keyed by "
                    + existing.keySchema() + " in an earlier entry, not " + entry.keySchema());
        }
        return entry;
    }

    /**
     * Reads an entry's item into its table's cache.
     *
     * @param item the entry
     * @return completes when the item is cached; fails with {@link dev.awskit.core.cache.CacheLoadException} or
     *     {@link AwsKitDynamoDbException} (the item does not exist)
     * @throws IllegalArgumentException if the entry is invalid (see {@link #check(PreloadItem)})
     */
    @Override
    public CompletableFuture<Map<String, Object>> preload(PreloadItem item) {
        Entry entry = entry(item);
        Tables table = tables.computeIfAbsent(entry.table(), name -> tableOf(name, entry.keySchema()));
        if (item.ttl() != null) {
            table.policies().put(entry.key(), policyFor(item.ttl()));
        }
        String name = nameOf(entry);
        names.put(name, entry);
        return table.cache().get(entry.key()).thenApply(found -> found.orElseThrow(() -> new AwsKitDynamoDbException(
                item + ": item " + name + " does not exist", entry.table(), null)));
    }

    private Tables tableOf(String name, KeySchema keySchema) {
        Map<ItemKey, CachePolicy> policies = new ConcurrentHashMap<>();
        ItemCache<Map<String, Object>> cache = dynamo.table(name, keySchema)
                .cached(c -> c.policy(policy).policyFor(key -> policies.getOrDefault(key, policy)));
        return new Tables(keySchema, cache, policies);
    }

    private CachePolicy policyFor(Duration ttl) {
        Duration hard = ttl.multipliedBy(3);
        Duration stale = policy.maxStaleness().compareTo(hard) < 0 ? hard : policy.maxStaleness();
        return policy.toBuilder().softTtl(ttl).hardTtl(hard).maxStaleness(stale).build();
    }

    /**
     * Reads a preloaded item by the cache extension's name: table, partition value and sort value joined by
     * {@code -}, e.g. {@code DynamoDbTable-pKey1-sKey1}. Served from memory while fresh.
     *
     * @param name the item's name
     * @return the item, or empty if it no longer exists
     * @throws IllegalArgumentException if no preloaded item has that name
     */
    public CompletableFuture<Optional<Map<String, Object>>> get(String name) {
        Entry entry = names.get(Objects.requireNonNull(name, "name"));
        if (entry == null) {
            throw new IllegalArgumentException("no item named '" + name + "' was preloaded; known: " + names.keySet());
        }
        return tables.get(entry.table()).cache().get(entry.key());
    }

    /**
     * Reads an item of a preloaded table through its cache (it need not have been preloaded itself).
     *
     * @param table the table
     * @param key the item's key
     * @return the item, or empty
     * @throws IllegalArgumentException if no item of {@code table} was preloaded (its key schema is unknown)
     */
    public CompletableFuture<Optional<Map<String, Object>>> get(String table, ItemKey key) {
        Tables known = tables.get(Objects.requireNonNull(table, "table"));
        if (known == null) {
            throw new IllegalArgumentException("no item of table '" + table + "' was preloaded; known: "
                    + tables.keySet());
        }
        return known.cache().get(key);
    }

    /** @return the names of the items preloaded so far */
    public Set<String> names() {
        return Set.copyOf(names.keySet());
    }

    /** Closes the caches this source made. */
    @Override
    public void close() {
        tables.values().forEach(table -> table.cache().close());
    }

    @Override
    public String toString() {
        return "PreloadedItems[" + names.keySet() + "]";
    }

    private static String nameOf(Entry entry) {
        return entry.table() + "-" + ItemKey.text(entry.key().partitionValue())
                + entry.key().sortValue().map(sort -> "-" + ItemKey.text(sort)).orElse("");
    }

    private static Entry entryOf(PreloadItem item) {
        String table = item.text("table");
        Map<String, Object> key;
        if (item.fields().containsKey("key")) {
            key = item.map("key");
        } else {
            key = new java.util.LinkedHashMap<>();
            key.put(item.text("hashkey"), value(item, "hashkeyvalue"));
            if (item.fields().containsKey("sortkey")) {
                key.put(item.text("sortkey"), value(item, "sortkeyvalue"));
            }
        }
        if (key.size() > 2) {
            throw new IllegalArgumentException(item + ": field 'key' holds " + key.size()
                    + " attributes; a key has a partition and at most a sort attribute");
        }
        var names = key.keySet().iterator();
        String partition = names.next();
        String sort = names.hasNext() ? names.next() : null;
        try {
            KeySchema schema = sort == null ? KeySchema.of(partition) : KeySchema.of(partition, sort);
            ItemKey itemKey = sort == null ? ItemKey.of(key.get(partition)) : ItemKey.of(key.get(partition), key.get(sort));
            return new Entry(table, schema, itemKey);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException(item + ": bad key " + key.keySet() + ": " + e.getMessage(), e);
        }
    }

    private static Object value(PreloadItem item, String field) {
        Object value = item.fields().get(field);
        if (!(value instanceof String) && !(value instanceof Number)) {
            throw new IllegalArgumentException(item + ": field '" + field + "' must be a string or a number, not "
                    + (value == null ? "missing" : value.getClass().getSimpleName()));
        }
        return value;
    }
}

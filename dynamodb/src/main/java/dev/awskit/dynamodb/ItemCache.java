package dev.awskit.dynamodb;

import dev.awskit.core.cache.BatchResult;
import dev.awskit.core.cache.CacheLoadException;
import dev.awskit.core.cache.CachePolicy;
import dev.awskit.core.cache.CacheStats;
import dev.awskit.core.cache.RefreshingCache;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * A read-through cache of one table's items on core's {@link RefreshingCache}: one load per key however many
 * readers miss at once, background refresh after the soft TTL, the last good item served through outages up to the
 * maximum staleness. Absent items are cached as empty too. Obtained from {@link DynamoTable#cached()}.
 *
 * <pre>{@code
 * ItemCache<Config> configs = table.cached(c -> c.policy(CachePolicy.builder().softTtl(Duration.ofMinutes(1)).build()));
 * Optional<Config> config = configs.sync().get(ItemKey.of("app"));   // a hit is a map lookup
 * }</pre>
 *
 * <p>Reads fail with {@link CacheLoadException} whose cause is what the uncached read raised. Loads read
 * consistently by default. Thread-safe; {@link #close()} stops refreshes (the resource's scheduler is not shut down).
 *
 * @param <T> the item type
 */
public final class ItemCache<T> implements AutoCloseable {
    private final DynamoTable<T> table;
    private final boolean consistentRead;
    private final RefreshingCache<ItemKey, Optional<T>> cache;
    private final ItemCacheSync<T> sync;

    ItemCache(DynamoTable<T> table, Builder builder) {
        this.table = table;
        this.consistentRead = builder.consistentRead;
        this.cache = RefreshingCache.<ItemKey, Optional<T>>builder(
                        key -> table.get(GetItem.builder().key(key).consistentRead(consistentRead).build()))
                .policy(builder.policy)
                .policyFor(builder.policyFor == null ? key -> builder.policy : builder.policyFor)
                .keyCheck(key -> table.keySchema().toAttributes(key))
                .scheduler(table.context().scheduler())
                .timeSource(table.context().timeSource())
                .name("items of " + table.name())
                .build();
        this.sync = new ItemCacheSync<>(this);
    }

    static Builder builder() {
        return new Builder();
    }

    /** @return the blocking view, the same instance every time */
    public ItemCacheSync<T> sync() {
        return sync;
    }

    /** @return the table the items come from */
    public DynamoTable<T> table() {
        return table;
    }

    /**
     * Reads an item through the cache.
     *
     * @param key its key
     * @return the item, or empty when it does not exist; fails with {@link CacheLoadException}
     * @throws NullPointerException if {@code key} is null
     * @throws IllegalArgumentException if the key does not fit the table's key schema
     */
    public CompletableFuture<Optional<T>> get(ItemKey key) {
        return cache.get(key);
    }

    /**
     * Reads many items through the cache, loading the ones not cached with batch reads (100 keys per request).
     *
     * @param keys the keys
     * @return the items (empty for absent ones) and, per key, the failures
     * @throws IllegalArgumentException if a key does not fit the table's key schema
     */
    public CompletableFuture<BatchResult<ItemKey, Optional<T>>> getAll(Collection<ItemKey> keys) {
        return cache.getAll(keys, missing -> table.batchGet(BatchGet.builder().keys(missing)
                .consistentRead(consistentRead).build()).thenApply(read -> {
                    Map<ItemKey, Optional<T>> values = new HashMap<>();
                    read.items().forEach((key, item) -> values.put(key, Optional.of(item)));
                    read.missing().forEach(key -> values.put(key, Optional.empty()));
                    return new BatchResult<>(values, read.failures());
                }));
    }

    /**
     * Reads an item from the table now and caches it, whatever its age.
     *
     * @param key its key
     * @return the item read, or empty
     */
    public CompletableFuture<Optional<T>> refresh(ItemKey key) {
        return cache.refresh(key);
    }

    /**
     * Drops an item; the next read loads it again.
     *
     * @param key its key
     */
    public void invalidate(ItemKey key) {
        cache.invalidate(key);
    }

    /** Drops every item. */
    public void invalidateAll() {
        cache.invalidateAll();
    }

    /** @return hit, miss, load and failure counts */
    public CacheStats stats() {
        return cache.stats();
    }

    /** Stops refreshing; items stay readable. */
    @Override
    public void close() {
        cache.close();
    }

    @Override
    public String toString() {
        return "ItemCache[" + table.name() + ", " + cache.policy() + "]";
    }

    /** Configures an {@link ItemCache}. Not thread-safe. */
    public static final class Builder {
        private CachePolicy policy = CachePolicy.defaults();
        private Function<? super ItemKey, CachePolicy> policyFor;
        private boolean consistentRead = true;

        private Builder() {
        }

        /**
         * Sets the policy (default {@link CachePolicy#defaults()}: soft TTL 5 minutes, hard TTL 15 minutes).
         *
         * @param policy the policy
         * @return this builder
         */
        public Builder policy(CachePolicy policy) {
            this.policy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * Gives items policies of their own, e.g. per-item TTLs.
         *
         * @param policyFor the policy of a key; return the cache's policy for the others
         * @return this builder
         */
        public Builder policyFor(Function<? super ItemKey, CachePolicy> policyFor) {
            this.policyFor = Objects.requireNonNull(policyFor, "policyFor");
            return this;
        }

        /**
         * Sets whether loads read consistently (default true: a refresh sees every write made before it).
         *
         * @param consistentRead whether to read consistently
         * @return this builder
         */
        public Builder consistentRead(boolean consistentRead) {
            this.consistentRead = consistentRead;
            return this;
        }
    }
}

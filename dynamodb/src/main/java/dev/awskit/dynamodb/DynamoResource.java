package dev.awskit.dynamodb;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.awskit.core.backoff.Backoff;
import dev.awskit.core.poll.Poller;
import dev.awskit.core.spi.Checks;
import dev.awskit.core.spi.DaemonScheduler;
import dev.awskit.core.time.TimeSource;
import dev.awskit.dynamodb.internal.Calls;
import dev.awskit.dynamodb.internal.Failures;
import dev.awskit.dynamodb.internal.TableContext;
import dev.awskit.dynamodb.internal.TableLifecycle;
import dev.awskit.dynamodb.internal.Transactions;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/**
 * DynamoDB as a resource, as boto3's {@code dynamodb} resource: hands out typed {@link DynamoTable}s, creates,
 * waits for and deletes tables, and runs transactions, all on the caller's {@link DynamoDbAsyncClient}.
 *
 * <pre>{@code
 * try (DynamoResource dynamo = DynamoResource.create(DynamoDbAsyncClient.create())) {
 *     dynamo.sync().createTable(t -> t.name("votes").partitionKey("name", ScalarAttributeType.S));
 *     DynamoTable<Vote> votes = dynamo.table("votes", Vote.class, KeySchema.of("name"));
 *     votes.sync().update(ItemKey.of("tabs"), u -> u.increment("Votes", 1));
 * }
 * }</pre>
 *
 * <p>Thread-safe. Owns one daemon scheduler thread (for table waits, batch retries and item caches) unless one is
 * given, and shuts it down on {@link #close()}; never closes the client.
 */
public final class DynamoResource implements AutoCloseable {
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final DynamoDbAsyncClient client;
    private final ObjectMapper objectMapper;
    private final Nulls nulls;
    private final TimeSource timeSource;
    private final ScheduledExecutorService scheduler;
    private final boolean ownsScheduler;
    private final Poller poller;
    private final TableLifecycle lifecycle;
    private final DynamoResourceSync sync;

    private DynamoResource(Builder b) {
        this.client = b.client;
        this.objectMapper = b.objectMapper == null ? ItemMapper.defaultObjectMapper() : b.objectMapper;
        this.nulls = b.nulls;
        this.timeSource = b.timeSource;
        this.ownsScheduler = b.scheduler == null;
        this.scheduler = ownsScheduler ? DaemonScheduler.create("awskit-dynamodb-" + THREADS.incrementAndGet())
                : b.scheduler;
        this.poller = Poller.builder().scheduler(scheduler).timeSource(timeSource).build();
        this.lifecycle = new TableLifecycle(client, poller, b.tableWaitTimeout, b.tableWaitBackoff);
        this.sync = new DynamoResourceSync(this);
    }

    /**
     * Creates a resource with the defaults.
     *
     * @param client the client, which the resource never closes
     * @return the resource; close it to stop its scheduler thread
     * @throws NullPointerException if {@code client} is null
     */
    public static DynamoResource create(DynamoDbAsyncClient client) {
        return builder(client).build();
    }

    /**
     * Starts configuring a resource.
     *
     * @param client the client, which the resource never closes
     * @return a builder
     * @throws NullPointerException if {@code client} is null
     */
    public static Builder builder(DynamoDbAsyncClient client) {
        return new Builder(Objects.requireNonNull(client, "client"));
    }

    /** @return the client */
    public DynamoDbAsyncClient client() {
        return client;
    }

    /** @return the blocking view, the same instance every time */
    public DynamoResourceSync sync() {
        return sync;
    }

    /**
     * Returns a handle on a table whose items are of type {@code type}, mapped by Jackson.
     *
     * @param name the table's name
     * @param type the item type: a record, a POJO, or {@code Map.class} for plain maps
     * @param key the key attribute names
     * @param <T> the item type
     * @return the handle (no request is made)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public <T> DynamoTable<T> table(String name, Class<T> type, KeySchema key) {
        return table(name, ItemMapper.of(type, objectMapper, nulls), key);
    }

    /**
     * Returns a handle on a table with an item mapper of your own (for example {@link ItemMapper#raw()}).
     *
     * @param name the table's name
     * @param mapper the item mapper
     * @param key the key attribute names
     * @param <T> the item type
     * @return the handle
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public <T> DynamoTable<T> table(String name, ItemMapper<T> mapper, KeySchema key) {
        return new DynamoTable<>(new TableContext<>(client, Checks.notBlank(name, 255, "name"), Objects.requireNonNull(key,
                "key"), Objects.requireNonNull(mapper, "mapper"), null, scheduler, timeSource));
    }

    /**
     * Returns a handle on a table whose items are plain maps ({@link ItemMapper#plain()}).
     *
     * @param name the table's name
     * @param key the key attribute names
     * @return the handle
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public DynamoTable<Map<String, Object>> table(String name, KeySchema key) {
        return (DynamoTable) table(name, Map.class, key);
    }

    /**
     * Creates a table and waits until it and its indexes are active, then enables its time to live if defined.
     *
     * @param definition the table
     * @return the active table's description; fails with {@link TableNotReadyException} if it is not active in time
     * @throws NullPointerException if {@code definition} is null
     */
    public CompletableFuture<TableDescription> createTable(TableDefinition definition) {
        return lifecycle.create(definition.toRequest(), definition.timeToLive().orElse(null));
    }

    /**
     * Creates a table and waits until it is active.
     *
     * @param definition configures the table
     * @return the active table's description
     * @throws NullPointerException if the name or partition key is missing
     * @throws IllegalArgumentException if the definition is inconsistent
     */
    public CompletableFuture<TableDescription> createTable(Consumer<TableDefinition.Builder> definition) {
        TableDefinition.Builder builder = TableDefinition.builder();
        definition.accept(builder);
        return createTable(builder.build());
    }

    /**
     * Waits until a table and its global indexes are active (polling {@code DescribeTable} with backoff; a table
     * not visible yet right after its creation is waited for too).
     *
     * @param table the table's name
     * @return its description; fails with {@link TableNotReadyException} if it is not active in time
     * @throws IllegalArgumentException if {@code table} is blank
     */
    public CompletableFuture<TableDescription> awaitActive(String table) {
        return lifecycle.awaitActive(Checks.notBlank(table, "table"));
    }

    /**
     * Describes a table.
     *
     * @param table the table's name
     * @return its description; fails with {@link AwsKitDynamoDbException} if it does not exist
     * @throws IllegalArgumentException if {@code table} is blank
     */
    public CompletableFuture<TableDescription> describeTable(String table) {
        Checks.notBlank(table, "table");
        return Calls.handle(lifecycle.describe(table), (description, error) -> {
            if (error == null) {
                return description;
            }
            Throwable mapped = Failures.of(error, "DescribeTable", table, null);
            throw mapped instanceof RuntimeException runtime ? runtime : new AwsKitDynamoDbException(
                    "DescribeTable on table " + table + " failed", table, mapped);
        });
    }

    /**
     * Tells whether a table exists (in any status).
     *
     * @param table the table's name
     * @return whether it exists
     * @throws IllegalArgumentException if {@code table} is blank
     */
    public CompletableFuture<Boolean> tableExists(String table) {
        return Calls.handle(lifecycle.find(Checks.notBlank(table, "table")), (found, error) -> {
            if (error != null) {
                Throwable mapped = Failures.of(error, "DescribeTable", table, null);
                throw mapped instanceof RuntimeException runtime ? runtime : new IllegalStateException(mapped);
            }
            return found.isPresent();
        });
    }

    /**
     * Deletes a table and waits until it is gone.
     *
     * @param table the table's name
     * @return completes when the table no longer exists; fails with {@link AwsKitDynamoDbException} if it did not
     *     exist, {@link TableNotReadyException} if it is not gone in time
     * @throws IllegalArgumentException if {@code table} is blank
     */
    public CompletableFuture<Void> deleteTable(String table) {
        return lifecycle.delete(Checks.notBlank(table, "table"));
    }

    /**
     * Turns time to live on: DynamoDB deletes items whose {@code attribute} (epoch seconds) has passed.
     *
     * @param table the table's name
     * @param attribute the attribute
     * @return completes when DynamoDB accepted the change
     * @throws IllegalArgumentException if a name is blank
     */
    public CompletableFuture<Void> enableTimeToLive(String table, String attribute) {
        return lifecycle.timeToLive(Checks.notBlank(table, "table"), Checks.notBlank(attribute, "attribute"), true);
    }

    /**
     * Turns time to live off.
     *
     * @param table the table's name
     * @param attribute the attribute it was enabled on
     * @return completes when DynamoDB accepted the change
     * @throws IllegalArgumentException if a name is blank
     */
    public CompletableFuture<Void> disableTimeToLive(String table, String attribute) {
        return lifecycle.timeToLive(Checks.notBlank(table, "table"), Checks.notBlank(attribute, "attribute"), false);
    }

    /**
     * Runs a transaction: all its actions are written, or none.
     *
     * @param transaction the transaction
     * @return completes when written; fails with {@link TransactionCancelledException} (a reason per action) when
     *     DynamoDB cancels it
     * @throws NullPointerException if {@code transaction} is null
     */
    public CompletableFuture<Void> transact(Transaction transaction) {
        return Transactions.run(client, transaction.toRequest(), transaction.actions());
    }

    /**
     * Builds and runs a transaction.
     *
     * @param transaction adds the actions
     * @return completes when written
     * @throws IllegalArgumentException if an action is refused (see {@link Transaction.Builder}) or there is none
     */
    public CompletableFuture<Void> transact(Consumer<Transaction.Builder> transaction) {
        Transaction.Builder builder = Transaction.builder();
        transaction.accept(builder);
        return transact(builder.build());
    }

    /**
     * Stops the scheduler thread if this resource created it (table waits and batch retries still running then
     * fail). Never closes the client.
     */
    @Override
    public void close() {
        poller.close();
        if (ownsScheduler) {
            scheduler.shutdownNow();
        }
    }

    @Override
    public String toString() {
        return "DynamoResource[ownsScheduler=" + ownsScheduler + "]";
    }

    /** Configures a {@link DynamoResource}. Not thread-safe; {@link #build()} copies its state. */
    public static final class Builder {
        private final DynamoDbAsyncClient client;
        private ObjectMapper objectMapper;
        private Nulls nulls = Nulls.OMIT;
        private TimeSource timeSource = TimeSource.system();
        private ScheduledExecutorService scheduler;
        private Duration tableWaitTimeout = Duration.ofMinutes(5);
        private Backoff tableWaitBackoff = Backoff.exponential(Duration.ofMillis(250), Duration.ofSeconds(5))
                .withJitter(0.2);

        private Builder(DynamoDbAsyncClient client) {
            this.client = client;
        }

        /**
         * Maps the items of tables obtained with {@link DynamoResource#table(String, Class, KeySchema)} with this
         * Jackson mapper (default: awskit's, see {@link ItemMapper}).
         *
         * @param objectMapper the mapper, not reconfigured afterwards
         * @return this builder
         */
        public Builder objectMapper(ObjectMapper objectMapper) {
            this.objectMapper = Objects.requireNonNull(objectMapper, "objectMapper");
            return this;
        }

        /**
         * Sets what null fields become in items written (default {@link Nulls#OMIT}).
         *
         * @param nulls the null handling
         * @return this builder
         */
        public Builder nulls(Nulls nulls) {
            this.nulls = Objects.requireNonNull(nulls, "nulls");
            return this;
        }

        /**
         * Sets the clock deadlines are measured with (default system time; {@code VirtualTime} in tests).
         *
         * @param timeSource the clock
         * @return this builder
         */
        public Builder timeSource(TimeSource timeSource) {
            this.timeSource = Objects.requireNonNull(timeSource, "timeSource");
            return this;
        }

        /**
         * Sets where waits and retries are scheduled (default: one daemon thread owned by the resource). A given
         * scheduler is never shut down by the resource.
         *
         * @param scheduler the scheduler
         * @return this builder
         */
        public Builder scheduler(ScheduledExecutorService scheduler) {
            this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
            return this;
        }

        /**
         * Sets how long table waits (create, delete, {@code awaitActive}) may take (default 5 minutes).
         *
         * @param timeout positive
         * @return this builder
         * @throws IllegalArgumentException if {@code timeout} is not positive
         */
        public Builder tableWaitTimeout(Duration timeout) {
            this.tableWaitTimeout = Checks.positive(timeout, "tableWaitTimeout");
            return this;
        }

        /**
         * Sets the wait between polls of a table's status (default exponential from 250 ms to 5 s, 20 % jitter).
         *
         * @param backoff the schedule
         * @return this builder
         */
        public Builder tableWaitBackoff(Backoff backoff) {
            this.tableWaitBackoff = Objects.requireNonNull(backoff, "tableWaitBackoff");
            return this;
        }

        /**
         * Builds the resource.
         *
         * @return the resource
         */
        public DynamoResource build() {
            return new DynamoResource(this);
        }
    }
}

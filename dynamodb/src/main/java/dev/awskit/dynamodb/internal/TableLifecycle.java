package dev.awskit.dynamodb.internal;

import dev.awskit.core.Futures;
import dev.awskit.core.backoff.Backoff;
import dev.awskit.core.poll.PollFailedException;
import dev.awskit.core.poll.PollOutcome;
import dev.awskit.core.poll.PollPolicy;
import dev.awskit.core.poll.PollTimeoutException;
import dev.awskit.core.poll.Poller;
import dev.awskit.core.spi.Chain;
import dev.awskit.dynamodb.AwsKitDynamoDbException;
import dev.awskit.dynamodb.TableNotReadyException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.IndexStatus;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/**
 * Creates, waits for, configures and deletes tables, waiting on core's {@link Poller}: a table is ready when it
 * and all its global indexes are {@code ACTIVE}; it is gone when {@code DescribeTable} says it does not exist.
 * Waits that run out fail with {@link TableNotReadyException}; cancelling a returned future stops the wait.
 * Thread-safe.
 */
public final class TableLifecycle {
    private static final Logger LOG = LoggerFactory.getLogger("dev.awskit.dynamodb");

    private final DynamoDbAsyncClient client;
    private final Poller poller;
    private final Duration timeout;
    private final Backoff backoff;

    /**
     * Creates the lifecycle operations.
     *
     * @param client the client
     * @param poller the poller waits run on
     * @param timeout how long a wait may take
     * @param backoff the wait between polls
     */
    public TableLifecycle(DynamoDbAsyncClient client, Poller poller, Duration timeout, Backoff backoff) {
        this.client = client;
        this.poller = poller;
        this.timeout = timeout;
        this.backoff = backoff;
    }

    /**
     * Creates a table, waits until it is active, then enables time to live if asked.
     *
     * @param request the request
     * @param timeToLive the TTL attribute, or null
     * @return the active table's description
     */
    public CompletableFuture<TableDescription> create(CreateTableRequest request, String timeToLive) {
        String table = request.tableName();
        LOG.info("creating table {}", table);
        Chain<TableDescription> chain = new Chain<>();
        chain.then(client.createTable(request), (created, error) -> {
            if (error != null) {
                chain.fail(Failures.of(error, "CreateTable", table, null));
                return;
            }
            chain.then(awaitActive(table), (active, waitError) -> {
                if (waitError != null) {
                    chain.fail(waitError);
                } else if (timeToLive == null) {
                    chain.complete(active);
                } else {
                    chain.then(timeToLive(table, timeToLive, true), (ttl, ttlError) -> {
                        if (ttlError != null) {
                            chain.fail(ttlError);
                        } else {
                            chain.complete(active);
                        }
                    });
                }
            });
        });
        return chain.result();
    }

    /**
     * Waits until a table and its global indexes are active.
     *
     * @param table the table
     * @return the description once active
     */
    public CompletableFuture<TableDescription> awaitActive(String table) {
        PollPolicy<TableDescription> policy = PollPolicy.<TableDescription>builder()
                .name("table " + table + " active")
                .classifier(TableLifecycle::activeOutcome)
                .status(description -> String.valueOf(description.tableStatus()))
                .backoff(backoff)
                .timeout(timeout)
                .notVisibleYet(error -> Futures.unwrap(error) instanceof ResourceNotFoundException, timeout)
                .build();
        return mapWait(poller.poll(() -> describe(table), policy), table, "become active");
    }

    private static PollOutcome activeOutcome(TableDescription description) {
        if (description.tableStatus() == TableStatus.DELETING) {
            return PollOutcome.FAILURE;
        }
        boolean indexesActive = !description.hasGlobalSecondaryIndexes() || description.globalSecondaryIndexes()
                .stream().allMatch(index -> index.indexStatus() == IndexStatus.ACTIVE);
        return description.tableStatus() == TableStatus.ACTIVE && indexesActive ? PollOutcome.SUCCESS
                : PollOutcome.CONTINUE;
    }

    /**
     * Deletes a table and waits until it is gone.
     *
     * @param table the table
     * @return completes when the table no longer exists
     */
    public CompletableFuture<Void> delete(String table) {
        LOG.info("deleting table {}", table);
        Chain<Void> chain = new Chain<>();
        chain.then(client.deleteTable(r -> r.tableName(table)), (deleted, error) -> {
            if (error != null) {
                chain.fail(Failures.of(error, "DeleteTable", table, null));
                return;
            }
            PollPolicy<Optional<TableDescription>> policy = PollPolicy.<Optional<TableDescription>>builder()
                    .name("table " + table + " deleted")
                    .classifier(found -> found.isEmpty() ? PollOutcome.SUCCESS : PollOutcome.CONTINUE)
                    .status(found -> found.map(d -> String.valueOf(d.tableStatus())).orElse("DELETED"))
                    .backoff(backoff)
                    .timeout(timeout)
                    .build();
            chain.then(mapWait(poller.poll(() -> find(table), policy), table, "be deleted"),
                    (gone, waitError) -> {
                        if (waitError != null) {
                            chain.fail(waitError);
                        } else {
                            chain.complete(null);
                        }
                    });
        });
        return chain.result();
    }

    /**
     * Describes a table.
     *
     * @param table the table
     * @return its description
     */
    public CompletableFuture<TableDescription> describe(String table) {
        return Calls.call(() -> client.describeTable(r -> r.tableName(table)), response -> response.table(),
                error -> Futures.unwrap(error) instanceof ResourceNotFoundException ? Futures.unwrap(error)
                        : Failures.of(error, "DescribeTable", table, null));
    }

    /**
     * Describes a table that may not exist.
     *
     * @param table the table
     * @return its description, or empty
     */
    public CompletableFuture<Optional<TableDescription>> find(String table) {
        return Calls.handle(describe(table), (description, error) -> {
            if (error == null) {
                return Optional.of(description);
            }
            if (error instanceof ResourceNotFoundException) {
                return Optional.empty();
            }
            throw error instanceof RuntimeException runtime ? runtime : new IllegalStateException(error);
        });
    }

    /**
     * Turns time to live on or off.
     *
     * @param table the table
     * @param attribute the attribute holding epoch seconds
     * @param enabled on or off
     * @return completes when DynamoDB accepted the change
     */
    public CompletableFuture<Void> timeToLive(String table, String attribute, boolean enabled) {
        LOG.info("time to live of table {} on '{}': {}", table, attribute, enabled ? "enabled" : "disabled");
        return Calls.call(() -> client.updateTimeToLive(r -> r.tableName(table)
                        .timeToLiveSpecification(s -> s.attributeName(attribute).enabled(enabled))),
                response -> (Void) null, error -> Failures.of(error, "UpdateTimeToLive", table, null));
    }

    private static <T> CompletableFuture<T> mapWait(CompletableFuture<T> wait, String table, String what) {
        return Calls.handle(wait, (value, error) -> {
            if (error == null) {
                return value;
            }
            if (error instanceof PollTimeoutException timeout) {
                String status = timeout.lastResponse().map(TableLifecycle::statusOf).orElse(null);
                throw new TableNotReadyException("table " + table + " did not " + what + " within "
                        + timeout.elapsed() + (status == null ? "" : " (last status " + status + ")"), table, status,
                        timeout, timeout.elapsed());
            }
            if (error instanceof PollFailedException failed) {
                String status = failed.lastResponse().map(TableLifecycle::statusOf).orElse(null);
                throw new AwsKitDynamoDbException("table " + table + " will not " + what + ": its status is " + status,
                        table, failed);
            }
            Throwable mapped = Failures.of(error, "DescribeTable", table, null);
            throw mapped instanceof RuntimeException runtime ? runtime : new IllegalStateException(mapped);
        });
    }

    private static String statusOf(Object response) {
        if (response instanceof TableDescription description) {
            return String.valueOf(description.tableStatus());
        }
        if (response instanceof Optional<?> found) {
            return found.map(TableLifecycle::statusOf).orElse(null);
        }
        return null;
    }
}

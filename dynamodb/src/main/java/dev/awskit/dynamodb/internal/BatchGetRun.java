package dev.awskit.dynamodb.internal;

import dev.awskit.core.Futures;
import dev.awskit.core.TransientErrors;
import dev.awskit.dynamodb.AwsKitDynamoDbException;
import dev.awskit.dynamodb.BatchGet;
import dev.awskit.dynamodb.BatchGetResult;
import dev.awskit.dynamodb.ItemKey;
import dev.awskit.dynamodb.expression.Placeholders;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/**
 * One batch read: keys checked and de-duplicated before any request, 100 per request with at most 8 requests at
 * once, unprocessed keys and throttled requests retried after {@link RetryRule}'s waits, items matched back to their
 * keys, and every key accounted for as found, missing or failed. Cancelling the result cancels the requests and
 * waits in flight.
 *
 * @param <T> the item type
 */
public final class BatchGetRun<T> {
    private static final Logger LOG = LoggerFactory.getLogger("dev.awskit.dynamodb");
    private static final int MAX_KEYS = 100;
    private static final int MAX_CONCURRENCY = 8;

    private final TableContext<T> table;
    private final RetryRule retry;
    private final KeysAndAttributes template;
    private final Map<ItemKey, Map<String, AttributeValue>> keys;
    private final Map<ItemKey, T> found = new HashMap<>();
    private final Set<ItemKey> missing = new HashSet<>();
    private final Map<ItemKey, Throwable> failed = new HashMap<>();
    private final ArrayDeque<Group> queue = new ArrayDeque<>();
    private final Set<Future<?>> inFlight = ConcurrentHashMap.newKeySet();
    private final CompletableFuture<BatchGetResult<T>> result = new CompletableFuture<>();
    private int running;

    /** Keys sent together, with how often they were sent and when first. */
    private record Group(List<ItemKey> keys, int attempts, long firstSentNanos) {
    }

    private BatchGetRun(TableContext<T> table, BatchGet request) {
        this.table = table;
        this.retry = new RetryRule(request.retry(), table.timeSource());
        this.keys = new LinkedHashMap<>();
        for (ItemKey key : request.keys()) {
            keys.put(key, table.keySchema().toAttributes(key));
        }
        KeysAndAttributes.Builder template = KeysAndAttributes.builder().consistentRead(request.consistentRead());
        if (!request.projection().isEmpty()) {
            Placeholders p = Placeholders.create(table.mapper()::toValue);
            List<String> paths = new ArrayList<>(new LinkedHashSet<>(request.projection()));
            paths.add(table.keySchema().partition());
            table.keySchema().sort().ifPresent(paths::add);
            template.projectionExpression(ItemOperations.projection(List.copyOf(new LinkedHashSet<>(paths)), p))
                    .expressionAttributeNames(p.names());
        }
        this.template = template.build();
    }

    /**
     * Starts a batch read.
     *
     * @param table the table
     * @param request the keys and settings
     * @param <T> the item type
     * @return the result; every key found, missing or failed
     * @throws IllegalArgumentException if a key does not fit the table's key schema (before any request)
     */
    public static <T> CompletableFuture<BatchGetResult<T>> start(TableContext<T> table, BatchGet request) {
        BatchGetRun<T> run = new BatchGetRun<>(table, request);
        run.result.whenComplete((value, error) -> {
            if (run.result.isCancelled()) {
                run.inFlight.forEach(future -> future.cancel(true));
            }
        });
        List<ItemKey> all = new ArrayList<>(run.keys.keySet());
        for (int from = 0; from < all.size(); from += MAX_KEYS) {
            run.queue.add(new Group(all.subList(from, Math.min(all.size(), from + MAX_KEYS)), 0, 0));
        }
        run.dispatch();
        run.completeIfDone();
        return run.result;
    }

    private void dispatch() {
        List<Group> toSend = new ArrayList<>();
        synchronized (this) {
            while (running < MAX_CONCURRENCY && !queue.isEmpty() && !result.isDone()) {
                Group group = queue.poll();
                running++;
                toSend.add(group.attempts() == 0 ? new Group(group.keys(), 0, retry.now()) : group);
            }
        }
        toSend.forEach(this::send);
    }

    private void send(Group group) {
        Group sent = new Group(group.keys(), group.attempts() + 1, group.firstSentNanos());
        List<Map<String, AttributeValue>> attributes = sent.keys().stream().map(keys::get).toList();
        LOG.debug("BatchGetItem {}: {} keys, attempt {}", table.name(), attributes.size(), sent.attempts());
        CompletableFuture<BatchGetItemResponse> call;
        try {
            call = table.client().batchGetItem(r -> r.requestItems(Map.of(table.name(),
                    template.toBuilder().keys(attributes).build())));
        } catch (RuntimeException e) {
            call = CompletableFuture.failedFuture(e);
        }
        inFlight.add(call);
        CompletableFuture<BatchGetItemResponse> started = call;
        call.whenComplete((response, error) -> {
            inFlight.remove(started);
            if (error == null) {
                answered(sent, response);
            } else {
                failed(sent, Futures.unwrap(error));
            }
            synchronized (this) {
                running--;
            }
            dispatch();
            completeIfDone();
        });
    }

    private void answered(Group group, BatchGetItemResponse response) {
        Set<ItemKey> asked = new LinkedHashSet<>(group.keys());
        List<ItemKey> unprocessed = new ArrayList<>();
        if (response.hasUnprocessedKeys() && response.unprocessedKeys().containsKey(table.name())) {
            response.unprocessedKeys().get(table.name()).keys()
                    .forEach(key -> unprocessed.add(table.keySchema().keyOf(key)));
        }
        synchronized (this) {
            for (Map<String, AttributeValue> item : response.responses().getOrDefault(table.name(), List.of())) {
                ItemKey key = table.keySchema().keyOf(item);
                if (asked.remove(key)) {
                    found.put(key, table.mapper().fromItem(item));
                }
            }
            unprocessed.forEach(asked::remove);
            missing.addAll(asked);
        }
        if (!unprocessed.isEmpty()) {
            retryOrFail(new Group(unprocessed, group.attempts(), group.firstSentNanos()), null);
        }
    }

    private void failed(Group group, Throwable error) {
        if (!(error instanceof CancellationException) && TransientErrors.isTransient(error)) {
            retryOrFail(group, error);
        } else {
            fail(group, Failures.of(error, "BatchGetItem", table.name(), null));
        }
    }

    private void retryOrFail(Group group, Throwable cause) {
        Duration delay = retry.next(group.attempts(), group.firstSentNanos());
        if (delay == null) {
            fail(group, cause != null ? Failures.of(cause, "BatchGetItem", table.name(), null)
                    : new AwsKitDynamoDbException("BatchGetItem on table " + table.name()
                            + ": still unprocessed after the last attempt", table.name(), null));
            return;
        }
        LOG.debug("BatchGetItem {}: {} keys to retry in {} ms", table.name(), group.keys().size(), delay.toMillis());
        synchronized (this) {
            running++; // a waiting retry keeps the read from completing
        }
        try {
            inFlight.add(table.scheduler().schedule(() -> {
                synchronized (this) {
                    running--;
                    queue.addFirst(group);
                }
                dispatch();
            }, delay.toNanos(), TimeUnit.NANOSECONDS));
        } catch (RejectedExecutionException e) {
            synchronized (this) {
                running--;
            }
            fail(group, new AwsKitDynamoDbException("BatchGetItem on table " + table.name()
                    + " cannot retry: the scheduler is shut down", table.name(), e));
        }
    }

    private synchronized void fail(Group group, Throwable cause) {
        group.keys().forEach(key -> failed.put(key, cause));
    }

    private void completeIfDone() {
        BatchGetResult<T> done;
        synchronized (this) {
            if (running > 0 || !queue.isEmpty() || result.isDone()) {
                return;
            }
            Map<ItemKey, T> items = new LinkedHashMap<>();
            Map<ItemKey, Throwable> failures = new LinkedHashMap<>();
            Set<ItemKey> absent = new LinkedHashSet<>();
            for (ItemKey key : keys.keySet()) {
                if (found.containsKey(key)) {
                    items.put(key, found.get(key));
                } else if (failed.containsKey(key)) {
                    failures.put(key, failed.get(key));
                } else {
                    absent.add(key);
                }
            }
            done = new BatchGetResult<>(items, absent, failures);
        }
        if (!done.isComplete()) {
            LOG.warn("BatchGetItem {}: {} keys could not be read", table.name(), done.failures().size());
        }
        result.complete(done);
    }
}

package dev.awskit.dynamodb.internal;

import dev.awskit.core.Futures;
import dev.awskit.core.TransientErrors;
import dev.awskit.dynamodb.AwsKitDynamoDbException;
import dev.awskit.dynamodb.BatchRetry;
import dev.awskit.dynamodb.BatchWriteListener;
import dev.awskit.dynamodb.BatchWriteResult;
import dev.awskit.dynamodb.DuplicateKeys;
import dev.awskit.dynamodb.FailedWrite;
import dev.awskit.dynamodb.ItemKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The batch writer's engine: sends chunks from a {@link WriteBuffer} with at most {@code maxConcurrency} requests
 * in flight, retries unprocessed items and throttled requests after {@link RetryRule}'s waits (on the scheduler,
 * never blocking a thread), bisects a chunk the service refuses as invalid so one bad item cannot fail 24 good ones,
 * and accounts for every write in a {@link WriteLedger}: written, superseded or failed. Thread-safe; state changes
 * happen under one lock, requests and listener calls outside it.
 *
 * @param <T> the item type
 */
public final class BatchWriteEngine<T> {
    private static final Logger LOG = LoggerFactory.getLogger("dev.awskit.dynamodb.BatchWriter");

    private final TableContext<T> table;
    private final int maxConcurrency;
    private final int maxBuffered;
    private final RetryRule retry;
    private final BatchWriteListener listener;
    private final WriteBuffer buffer;
    private final WriteLedger<T> ledger = new WriteLedger<>();
    private final List<CompletableFuture<BatchWriteResult<T>>> flushes = new ArrayList<>();
    private final List<CompletableFuture<Void>> space = new ArrayList<>();
    /** Requests and retry timers in flight, cancelled by an abort. */
    private final Set<Future<?>> inFlight = ConcurrentHashMap.newKeySet();
    /** Retries waiting for their time, so an abort can account for them; guarded by this. */
    private final Set<List<PendingWrite>> waiting = Collections.newSetFromMap(new IdentityHashMap<>());
    private int running;
    private int unfinished;
    private boolean flushing;
    private boolean aborted;

    /**
     * Creates an engine.
     *
     * @param table the table
     * @param maxConcurrency the most requests in flight
     * @param maxBuffered how many unfinished writes make {@code add} answer with a pending future
     * @param duplicates what a second write to a busy key does
     * @param retry the retry settings
     * @param listener who hears progress
     */
    public BatchWriteEngine(TableContext<T> table, int maxConcurrency, int maxBuffered, DuplicateKeys duplicates,
            BatchRetry retry, BatchWriteListener listener) {
        this.table = table;
        this.maxConcurrency = maxConcurrency;
        this.maxBuffered = maxBuffered;
        this.retry = new RetryRule(retry, table.timeSource());
        this.listener = listener;
        this.buffer = new WriteBuffer(duplicates, WriteBuffer.MAX_ITEMS, WriteBuffer.MAX_BYTES);
    }

    /**
     * Accepts writes, all or none.
     *
     * @param writes the writes, already checked
     * @return completes when fewer than {@code maxBuffered} writes are unfinished
     * @throws IllegalArgumentException with {@link DuplicateKeys#REJECT} and a busy key (no write of the call is
     *     accepted then)
     * @throws IllegalStateException if the writer was cancelled
     */
    public CompletableFuture<Void> add(List<PendingWrite> writes) {
        CompletableFuture<Void> room;
        synchronized (this) {
            if (aborted) {
                throw new IllegalStateException("batch writer of table " + table.name() + " was cancelled");
            }
            buffer.checkAccepts(writes);
            int superseding = 0;
            for (PendingWrite write : writes) {
                if (buffer.add(write) != null) {
                    superseding++;
                }
            }
            ledger.superseded(superseding);
            unfinished += writes.size() - superseding;
            room = unfinished < maxBuffered ? CompletableFuture.completedFuture(null) : new CompletableFuture<>();
            if (!room.isDone()) {
                space.add(room);
            }
        }
        dispatch();
        return room;
    }

    /**
     * Sends everything, partial chunks included.
     *
     * @return completes with the result so far once no write is unfinished; cancelling it aborts the writer
     */
    public CompletableFuture<BatchWriteResult<T>> flush() {
        CompletableFuture<BatchWriteResult<T>> done = new CompletableFuture<>();
        done.whenComplete((result, error) -> {
            if (done.isCancelled()) {
                abort();
            }
        });
        synchronized (this) {
            flushing = true;
            flushes.add(done);
        }
        dispatch();
        completeIfIdle();
        return done;
    }

    /** @return the counts and failures so far */
    public BatchWriteResult<T> snapshot() {
        return ledger.snapshot();
    }

    private void dispatch() {
        List<List<PendingWrite>> chunks = new ArrayList<>();
        synchronized (this) {
            while (!aborted && running < maxConcurrency) {
                List<PendingWrite> chunk = buffer.next(flushing);
                if (chunk == null) {
                    break;
                }
                running++;
                long now = retry.now();
                for (PendingWrite write : chunk) {
                    if (write.attempts++ == 0) {
                        write.firstSentNanos = now;
                    }
                }
                chunks.add(chunk);
            }
        }
        chunks.forEach(this::send);
    }

    private void send(List<PendingWrite> chunk) {
        List<WriteRequest> requestItems = new ArrayList<>(chunk.size());
        chunk.forEach(write -> requestItems.add(write.request));
        LOG.debug("BatchWriteItem {}: {} items", table.name(), chunk.size());
        ledger.request();
        CompletableFuture<BatchWriteItemResponse> call;
        try {
            call = table.client().batchWriteItem(r -> r.requestItems(Map.of(table.name(), requestItems)));
        } catch (RuntimeException e) {
            call = CompletableFuture.failedFuture(e);
        }
        inFlight.add(call);
        CompletableFuture<BatchWriteItemResponse> sent = call;
        call.whenComplete((response, error) -> {
            inFlight.remove(sent);
            if (error == null) {
                answered(chunk, response);
            } else {
                failed(chunk, Futures.unwrap(error));
            }
            synchronized (this) {
                running--;
            }
            dispatch();
            completeIfIdle();
        });
    }

    private void answered(List<PendingWrite> chunk, BatchWriteItemResponse response) {
        List<WriteRequest> unprocessed = response.hasUnprocessedItems()
                ? response.unprocessedItems().getOrDefault(table.name(), List.of()) : List.of();
        Map<ItemKey, PendingWrite> byKey = new HashMap<>();
        chunk.forEach(write -> byKey.put(write.key, write));
        List<PendingWrite> again = new ArrayList<>(unprocessed.size());
        for (WriteRequest request : unprocessed) {
            PendingWrite write = byKey.remove(request.putRequest() != null
                    ? table.keySchema().keyOf(request.putRequest().item())
                    : table.keySchema().keyOf(request.deleteRequest().key()));
            if (write != null) {
                again.add(write);
            }
        }
        synchronized (this) {
            byKey.keySet().forEach(buffer::release);
            unfinished -= byKey.size();
        }
        if (!byKey.isEmpty()) {
            listener.onWritten(byKey.size(), ledger.written(byKey.size()));
        }
        retryOrFail(again, null);
    }

    private void failed(List<PendingWrite> chunk, Throwable error) {
        if (error instanceof CancellationException || aborted) {
            giveUp(chunk, error);
        } else if (TransientErrors.isTransient(error)) {
            retryOrFail(chunk, error);
        } else if (chunk.size() > 1) {
            // One invalid item makes DynamoDB refuse the whole request: halve it until the bad one stands alone.
            LOG.debug("BatchWriteItem {} refused {} items ({}); sending halves", table.name(), chunk.size(),
                    Failures.describe(error));
            synchronized (this) {
                chunk.forEach(write -> write.attempts--);
                buffer.split(chunk);
            }
        } else {
            giveUp(chunk, Failures.of(error, "BatchWriteItem", table.name(),
                    table.keySchema().describe(chunk.get(0).key)));
        }
    }

    private void retryOrFail(List<PendingWrite> writes, Throwable cause) {
        Map<Integer, List<PendingWrite>> byAttempts = new TreeMap<>();
        List<PendingWrite> exhausted = new ArrayList<>();
        for (PendingWrite write : writes) {
            if (retry.next(write.attempts, write.firstSentNanos) == null) {
                exhausted.add(write);
            } else {
                byAttempts.computeIfAbsent(write.attempts, n -> new ArrayList<>()).add(write);
            }
        }
        if (!exhausted.isEmpty()) {
            giveUp(exhausted, cause != null ? Failures.of(cause, "BatchWriteItem", table.name(), null)
                    : new AwsKitDynamoDbException("BatchWriteItem on table " + table.name()
                            + ": still unprocessed after the last attempt", table.name(), null));
        }
        byAttempts.forEach((attempt, group) -> schedule(group, attempt,
                retry.next(attempt, group.get(0).firstSentNanos), cause));
    }

    private void schedule(List<PendingWrite> group, int attempt, Duration delay, Throwable cause) {
        synchronized (this) {
            waiting.add(group);
        }
        ledger.retried(group.size());
        listener.onRetry(group.size(), attempt, delay, cause);
        try {
            Future<?> timer = table.scheduler().schedule(() -> {
                synchronized (this) {
                    if (!waiting.remove(group)) {
                        return; // given up by an abort
                    }
                    buffer.ready(group);
                }
                dispatch();
            }, delay.toNanos(), TimeUnit.NANOSECONDS);
            inFlight.removeIf(Future::isDone); // timers that fired
            inFlight.add(timer);
        } catch (RejectedExecutionException e) {
            synchronized (this) {
                waiting.remove(group);
            }
            giveUp(group, new AwsKitDynamoDbException("batch writer of table " + table.name()
                    + " cannot retry: its scheduler is shut down", table.name(), e));
        }
    }

    private void giveUp(List<PendingWrite> writes, Throwable cause) {
        synchronized (this) {
            writes.forEach(write -> buffer.release(write.key));
            unfinished -= writes.size();
        }
        List<FailedWrite<T>> failures = ledger.failed(writes, cause);
        LOG.warn("batch writer of table {}: {} writes could not be made: {}", table.name(), writes.size(),
                Failures.describe(cause));
        failures.forEach(listener::onFailed);
    }

    private void completeIfIdle() {
        List<CompletableFuture<Void>> freed = new ArrayList<>();
        List<CompletableFuture<BatchWriteResult<T>>> done = new ArrayList<>();
        synchronized (this) {
            if (unfinished < maxBuffered) {
                freed.addAll(space);
                space.clear();
            }
            if (buffer.waiting() == 0 && running == 0 && waiting.isEmpty() && !flushes.isEmpty()) {
                done.addAll(flushes);
                flushes.clear();
                flushing = false;
            }
        }
        freed.forEach(future -> future.complete(null));
        if (!done.isEmpty()) {
            BatchWriteResult<T> result = ledger.snapshot();
            done.forEach(future -> future.complete(result));
        }
    }

    /**
     * Stops: no further request, requests and waits in flight cancelled, unfinished writes listed as failed with a
     * {@link CancellationException} (a request cancelled in flight may still have been applied).
     */
    private void abort() {
        List<PendingWrite> left;
        synchronized (this) {
            if (aborted) {
                return;
            }
            aborted = true;
            left = buffer.drain();
            waiting.forEach(left::addAll);
            waiting.clear();
        }
        LOG.info("batch writer of table {} cancelled", table.name());
        inFlight.forEach(future -> future.cancel(true));
        if (!left.isEmpty()) {
            giveUp(left, new CancellationException("the batch writer was cancelled"));
        }
        completeIfIdle();
    }
}

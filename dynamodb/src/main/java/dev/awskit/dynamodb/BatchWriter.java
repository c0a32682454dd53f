package dev.awskit.dynamodb;

import dev.awskit.core.AsyncOnly;
import dev.awskit.core.Futures;
import dev.awskit.core.spi.Checks;
import dev.awskit.dynamodb.internal.BatchWriteEngine;
import dev.awskit.dynamodb.internal.PendingWrite;
import dev.awskit.dynamodb.internal.PendingWrites;
import dev.awskit.dynamodb.internal.TableContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Writes many items (and deletes) to one table through {@code BatchWriteItem}, so nothing is lost and nothing waits
 * needlessly:
 *
 * <pre>{@code
 * try (BatchWriter<Vote> writer = votes.batchWriter(w -> w.listener(BatchWriteListener.logging(1_000)))) {
 *     writer.putAll(votes);                   // a collection, a stream, or one at a time with put(...)
 *     writer.delete(ItemKey.of("spam"));
 * }                                           // close() flushes; throws BatchWriteException listing failed writes
 * }</pre>
 *
 * <ul>
 *   <li>Requests hold at most 25 writes and 16 MB; an item over 400 KB is refused when it is put, naming its key.</li>
 *   <li>Two writes to one key are collapsed ({@link DuplicateKeys#LAST_WINS} by default), as DynamoDB refuses a
 *       batch holding a key twice; a write never overtakes an earlier one to the same key.</li>
 *   <li>At most {@code maxConcurrency} requests run at once (default 8); items come back unprocessed or requests
 *       throttled are retried after exponential backoff with full jitter, up to {@link BatchRetry}'s limits; a request
 *       refused as invalid is split so the one bad item fails alone.</li>
 *   <li>The result counts what was written, superseded and retried, and lists every write that could not be made
 *       with its cause: nothing is dropped silently. A {@link BatchWriteListener} hears progress.</li>
 *   <li>Full chunks are sent as soon as they are complete; the last, partial one on {@link #flush()},
 *       {@link #finish()} or {@link #close()}.</li>
 * </ul>
 *
 * <p>Thread-safe: any number of threads may put. Puts answer with a future that completes once fewer than
 * {@code maxBuffered} writes are unfinished (at once, normally): producers that wait for it are held back when
 * DynamoDB cannot keep up, and the writes are accepted either way. Obtained from {@link DynamoTable#batchWriter()};
 * cancelling the future of {@link #flush()} or {@link #finish()} stops the writer and lists the unfinished writes as
 * failed.
 *
 * @param <T> the item type
 */
public final class BatchWriter<T> implements AutoCloseable {
    private final String table;
    private final BatchWriteEngine<T> engine;
    private final PendingWrites<T> writes;
    private final BatchWriterSync<T> sync;
    private volatile boolean finished;

    BatchWriter(TableContext<T> context, Builder builder) {
        if (context.versionAttribute() != null) {
            throw new IllegalArgumentException("table " + context.name() + " has version attribute '"
                    + context.versionAttribute() + "', which BatchWriteItem cannot check; write through a handle "
                    + "without withVersionAttribute(...), or with put()");
        }
        this.table = context.name();
        this.engine = new BatchWriteEngine<>(context, builder.maxConcurrency, builder.maxBuffered, builder.duplicates,
                builder.retry, builder.listener);
        this.writes = new PendingWrites<>(context);
        this.sync = new BatchWriterSync<>(this);
    }

    static Builder builder() {
        return new Builder();
    }

    /** @return the blocking view, the same instance every time */
    public BatchWriterSync<T> sync() {
        return sync;
    }

    /**
     * Queues a put of an item.
     *
     * @param item the item
     * @return completes when the writer has room for more (at once unless {@code maxBuffered} writes are unfinished)
     * @throws NullPointerException if {@code item} is null
     * @throws IllegalArgumentException naming the key or attribute, if the item cannot be stored (no key, a value
     *     DynamoDB refuses, over 400 KB), or with {@link DuplicateKeys#REJECT} if its key has a write not done yet
     * @throws IllegalStateException if the writer was finished or cancelled
     */
    public CompletableFuture<Void> put(T item) {
        checkOpen();
        return engine.add(List.of(writes.put(item)));
    }

    /**
     * Queues a delete.
     *
     * @param key the key of the item to delete
     * @return completes when the writer has room for more
     * @throws NullPointerException if {@code key} is null
     * @throws IllegalArgumentException if the key does not fit the table's key schema
     * @throws IllegalStateException if the writer was finished or cancelled
     */
    public CompletableFuture<Void> delete(ItemKey key) {
        checkOpen();
        return engine.add(List.of(writes.delete(key)));
    }

    /**
     * Queues puts of many items: all are checked first, so a bad one refuses the call and none is queued.
     *
     * @param items the items
     * @return completes when the writer has room for more
     * @throws IllegalArgumentException naming the first item that cannot be stored
     * @throws IllegalStateException if the writer was finished or cancelled
     */
    public CompletableFuture<Void> putAll(Collection<? extends T> items) {
        checkOpen();
        List<PendingWrite> checked = new ArrayList<>(items.size());
        for (T item : items) {
            checked.add(writes.put(item));
        }
        return engine.add(checked);
    }

    /**
     * Queues deletes of many items; all keys are checked first.
     *
     * @param keys the keys
     * @return completes when the writer has room for more
     * @throws IllegalArgumentException naming the first key that does not fit
     * @throws IllegalStateException if the writer was finished or cancelled
     */
    public CompletableFuture<Void> deleteAll(Collection<ItemKey> keys) {
        checkOpen();
        List<PendingWrite> checked = new ArrayList<>(keys.size());
        for (ItemKey key : keys) {
            checked.add(writes.delete(key));
        }
        return engine.add(checked);
    }

    /**
     * Queues puts of the items of a stream, read lazily: when the writer has no room, reading pauses until it has,
     * without blocking a thread. An item that cannot be stored fails the returned future; the items before it stay
     * queued.
     *
     * @param items the items
     * @return completes when the stream is used up (or fails on the first bad item)
     * @throws IllegalStateException if the writer was finished or cancelled
     */
    @AsyncOnly("its argument is consumed as the writer makes room; the sync view's putAll(Stream) blocks instead")
    public CompletableFuture<Void> putAll(Stream<? extends T> items) {
        checkOpen();
        CompletableFuture<Void> done = new CompletableFuture<>();
        feed(items.iterator(), done);
        return done;
    }

    private void feed(Iterator<? extends T> items, CompletableFuture<Void> done) {
        try {
            while (items.hasNext() && !done.isDone()) {
                CompletableFuture<Void> room = put(items.next());
                if (!room.isDone()) {
                    room.whenComplete((ignored, error) -> {
                        if (error != null) {
                            done.completeExceptionally(error);
                        } else {
                            feed(items, done);
                        }
                    });
                    return;
                }
            }
            done.complete(null);
        } catch (RuntimeException e) {
            done.completeExceptionally(e);
        }
    }

    /**
     * Sends everything queued, partial chunks included, and waits for it (retries included).
     *
     * @return the result so far (counts since the writer was created) once nothing is unfinished; cancelling it
     *     stops the writer
     */
    public CompletableFuture<BatchWriteResult<T>> flush() {
        return engine.flush();
    }

    /**
     * Refuses further writes, then flushes.
     *
     * @return the final result; cancelling it stops the writer
     */
    public CompletableFuture<BatchWriteResult<T>> finish() {
        finished = true;
        return engine.flush();
    }

    /**
     * Returns the counts and failures so far, without waiting.
     *
     * @return the result so far
     */
    public BatchWriteResult<T> progress() {
        return engine.snapshot();
    }

    /**
     * Finishes and waits for the last write.
     *
     * @throws BatchWriteException if any write could not be made; its result lists each
     */
    @Override
    public void close() {
        BatchWriteResult<T> result = Futures.join(finish());
        if (!result.isComplete()) {
            throw new BatchWriteException(result.failures().size() + " writes to table " + table
                    + " could not be made (first: " + result.failures().get(0) + ")", table, result);
        }
    }

    private void checkOpen() {
        if (finished) {
            throw new IllegalStateException("batch writer of table " + table + " is finished");
        }
    }

    @Override
    public String toString() {
        return "BatchWriter[" + table + ", " + progress() + "]";
    }

    /** Configures a {@link BatchWriter}. Not thread-safe. */
    public static final class Builder {
        private int maxConcurrency = 8;
        private int maxBuffered = 10_000;
        private DuplicateKeys duplicates = DuplicateKeys.LAST_WINS;
        private BatchRetry retry = BatchRetry.defaults();
        private BatchWriteListener listener = BatchWriteListener.none();

        private Builder() {
        }

        /**
         * Sets how many requests may run at once (default 8).
         *
         * @param maxConcurrency 1 to 100
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder maxConcurrency(int maxConcurrency) {
            this.maxConcurrency = Checks.inRange(maxConcurrency, 1, 100, "maxConcurrency");
            return this;
        }

        /**
         * Sets how many unfinished writes make puts answer with a pending future (default 10,000).
         *
         * @param maxBuffered 25 or more
         * @return this builder
         * @throws IllegalArgumentException if below 25
         */
        public Builder maxBuffered(int maxBuffered) {
            this.maxBuffered = Checks.inRange(maxBuffered, 25, Integer.MAX_VALUE, "maxBuffered");
            return this;
        }

        /**
         * Sets what a second write to a key with a write not done yet does (default {@link DuplicateKeys#LAST_WINS}).
         *
         * @param duplicates the policy
         * @return this builder
         */
        public Builder duplicates(DuplicateKeys duplicates) {
            this.duplicates = Objects.requireNonNull(duplicates, "duplicates");
            return this;
        }

        /**
         * Sets how unprocessed items and throttled requests are retried (default {@link BatchRetry#defaults()}).
         *
         * @param retry the settings
         * @return this builder
         */
        public Builder retry(BatchRetry retry) {
            this.retry = Objects.requireNonNull(retry, "retry");
            return this;
        }

        /**
         * Adjusts the retry settings.
         *
         * @param retry configures a builder starting from the defaults
         * @return this builder
         */
        public Builder retry(Consumer<BatchRetry.Builder> retry) {
            BatchRetry.Builder builder = BatchRetry.builder();
            retry.accept(builder);
            return retry(builder.build());
        }

        /**
         * Sets who hears progress (default none; {@link BatchWriteListener#logging(long)} is ready made).
         *
         * @param listener the listener
         * @return this builder
         */
        public Builder listener(BatchWriteListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }
    }
}

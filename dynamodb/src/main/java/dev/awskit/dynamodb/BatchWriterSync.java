package dev.awskit.dynamodb;

import dev.awskit.core.Futures;
import java.util.Collection;
import java.util.Iterator;
import java.util.stream.Stream;

/**
 * The blocking view of a {@link BatchWriter}: puts wait while the writer has no room, flushes wait for the result.
 * Thread-safe; obtained from {@link BatchWriter#sync()}.
 *
 * @param <T> the item type
 */
public final class BatchWriterSync<T> {
    private final BatchWriter<T> writer;

    BatchWriterSync(BatchWriter<T> writer) {
        this.writer = writer;
    }

    /**
     * Queues a put, waiting while the writer has no room.
     *
     * @param item the item
     * @see BatchWriter#put(Object)
     */
    public void put(T item) {
        Futures.join(writer.put(item));
    }

    /**
     * Queues a delete, waiting while the writer has no room.
     *
     * @param key the key
     * @see BatchWriter#delete(ItemKey)
     */
    public void delete(ItemKey key) {
        Futures.join(writer.delete(key));
    }

    /**
     * Queues puts of many items, all checked first.
     *
     * @param items the items
     * @see BatchWriter#putAll(Collection)
     */
    public void putAll(Collection<? extends T> items) {
        Futures.join(writer.putAll(items));
    }

    /**
     * Queues puts of a stream's items, waiting while the writer has no room.
     *
     * @param items the items
     */
    public void putAll(Stream<? extends T> items) {
        for (Iterator<? extends T> it = items.iterator(); it.hasNext();) {
            put(it.next());
        }
    }

    /**
     * Queues deletes of many items.
     *
     * @param keys the keys
     * @see BatchWriter#deleteAll(Collection)
     */
    public void deleteAll(Collection<ItemKey> keys) {
        Futures.join(writer.deleteAll(keys));
    }

    /**
     * Sends everything queued and waits for it.
     *
     * @return the result so far
     * @see BatchWriter#flush()
     */
    public BatchWriteResult<T> flush() {
        return Futures.join(writer.flush());
    }

    /**
     * Refuses further writes, flushes and waits.
     *
     * @return the final result
     * @see BatchWriter#finish()
     */
    public BatchWriteResult<T> finish() {
        return Futures.join(writer.finish());
    }

    @Override
    public String toString() {
        return writer + ".sync()";
    }
}

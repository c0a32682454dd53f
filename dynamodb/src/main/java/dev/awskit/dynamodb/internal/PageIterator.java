package dev.awskit.dynamodb.internal;

import dev.awskit.core.Futures;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The items of a {@link PageSource} as a blocking iterator: the next page is fetched (and waited for) only when the
 * items of the last one are used up. For the sync views' lazy {@code Stream}s. Not thread-safe.
 *
 * @param <T> the item type
 */
public final class PageIterator<T> implements Iterator<T> {
    private final PageSource<T> source;
    private final ArrayDeque<T> buffer = new ArrayDeque<>();
    private Map<String, AttributeValue> lastKey;
    private long delivered;
    private boolean lastPage;

    private PageIterator(PageSource<T> source) {
        this.source = source;
        this.lastKey = source.start();
    }

    /**
     * Returns a lazy, ordered stream of the source's items; nothing is read until the stream is consumed.
     *
     * @param source the pages
     * @param <T> the item type
     * @return the stream
     */
    public static <T> Stream<T> stream(PageSource<T> source) {
        return StreamSupport.stream(() -> Spliterators.spliteratorUnknownSize(new PageIterator<>(source),
                Spliterator.ORDERED | Spliterator.NONNULL), Spliterator.ORDERED | Spliterator.NONNULL, false);
    }

    @Override
    public boolean hasNext() {
        while (buffer.isEmpty() && !lastPage) {
            PageSource.Result<T> page = Futures.join(source.fetch(lastKey, delivered));
            buffer.addAll(page.items());
            delivered += page.items().size();
            lastKey = page.lastKey();
            lastPage = source.isDone(lastKey, delivered);
        }
        return !buffer.isEmpty();
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return buffer.poll();
    }
}

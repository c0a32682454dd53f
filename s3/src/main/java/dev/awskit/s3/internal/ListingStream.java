package dev.awskit.s3.internal;

import dev.awskit.core.Futures;
import dev.awskit.s3.ListEntry;
import dev.awskit.s3.ListRequest;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;

/** A listing as a lazy, blocking {@link Stream}: the next page is read when the stream reaches it, never before. */
public final class ListingStream implements Iterator<ListEntry> {
    private final ListPages pages;
    private final ListRequest request;
    private final Deque<ListEntry> buffer = new ArrayDeque<>();
    private String token;
    private boolean lastPage;

    private ListingStream(ListPages pages, ListRequest request) {
        this.pages = pages;
        this.request = request;
    }

    /**
     * Returns the stream.
     *
     * @param pages the pager
     * @param request what to list
     * @return a sequential, ordered stream; not thread-safe, as streams are not
     */
    public static Stream<ListEntry> of(ListPages pages, ListRequest request) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(new ListingStream(pages, request),
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    @Override
    public boolean hasNext() {
        while (buffer.isEmpty() && !lastPage) {
            ListObjectsV2Response page = Futures.join(pages.page(request, token));
            buffer.addAll(ListPages.entries(page));
            token = ListPages.next(page);
            lastPage = token == null;
        }
        return !buffer.isEmpty();
    }

    @Override
    public ListEntry next() {
        if (!hasNext()) {
            throw new NoSuchElementException("listing is over");
        }
        return buffer.poll();
    }
}

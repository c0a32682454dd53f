package dev.awskit.dynamodb.internal;

import dev.awskit.core.Futures;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A Reactive Streams publisher of the items of a {@link PageSource}: a page is fetched only when the subscriber has
 * demand and the items of the last page are used up, one page at a time; cancelling the subscription cancels the
 * request in flight. Each subscription reads the pages afresh. Signals are serialized by a drain loop, so
 * {@code onNext} is never called concurrently or re-entrantly.
 *
 * @param <T> the item type
 */
public final class PagePublisher<T> implements Publisher<T> {
    private final PageSource<T> source;

    /**
     * Creates the publisher.
     *
     * @param source the pages
     */
    public PagePublisher(PageSource<T> source) {
        this.source = source;
    }

    @Override
    public void subscribe(Subscriber<? super T> subscriber) {
        Objects.requireNonNull(subscriber, "subscriber");
        subscriber.onSubscribe(new Reader<>(source, subscriber));
    }

    /** One subscription's state. */
    private static final class Reader<T> implements Subscription {
        private final PageSource<T> source;
        private final Subscriber<? super T> subscriber;
        private final AtomicLong requested = new AtomicLong();
        private final AtomicInteger wip = new AtomicInteger();
        private final ArrayDeque<T> buffer = new ArrayDeque<>();
        private Map<String, AttributeValue> lastKey;
        private long delivered;
        private boolean started;
        private boolean lastPage;
        /** A page that arrived, handed from the fetch callback to the drain loop. */
        private volatile PageSource.Result<T> arrived;
        private volatile CompletableFuture<PageSource.Result<T>> inFlight;
        private volatile Throwable error;
        private volatile boolean cancelled;
        private boolean terminated;

        Reader(PageSource<T> source, Subscriber<? super T> subscriber) {
            this.source = source;
            this.subscriber = subscriber;
            this.lastKey = source.start();
        }

        @Override
        public void request(long n) {
            if (n <= 0) {
                error = new IllegalArgumentException("Reactive Streams rule 3.9: request must be positive, was " + n);
                cancelInFlight();
            } else {
                requested.getAndUpdate(current -> current + n < 0 ? Long.MAX_VALUE : current + n);
            }
            drain();
        }

        @Override
        public void cancel() {
            cancelled = true;
            cancelInFlight();
        }

        private void cancelInFlight() {
            CompletableFuture<?> fetch = inFlight;
            if (fetch != null) {
                fetch.cancel(true);
            }
        }

        private void drain() {
            if (wip.getAndIncrement() != 0) {
                return;
            }
            int missed = 1;
            do {
                emit();
                missed = wip.addAndGet(-missed);
            } while (missed != 0);
        }

        /** Runs inside the drain loop only: one thread at a time. */
        private void emit() {
            if (terminated || cancelled) {
                buffer.clear();
                return;
            }
            PageSource.Result<T> page = arrived;
            if (page != null) {
                arrived = null;
                buffer.addAll(page.items());
                delivered += page.items().size();
                lastKey = page.lastKey();
                lastPage = source.isDone(lastKey, delivered);
                inFlight = null;
            }
            while (requested.get() > 0 && !buffer.isEmpty()) {
                requested.decrementAndGet();
                subscriber.onNext(buffer.poll());
                if (cancelled) {
                    return;
                }
            }
            Throwable failure = error;
            if (failure != null) {
                terminated = true;
                subscriber.onError(failure);
            } else if (buffer.isEmpty() && lastPage) {
                terminated = true;
                subscriber.onComplete();
            } else if (buffer.isEmpty() && requested.get() > 0 && inFlight == null) {
                fetchNext();
            }
        }

        private void fetchNext() {
            CompletableFuture<PageSource.Result<T>> fetch;
            try {
                fetch = source.fetch(started ? lastKey : source.start(), delivered);
            } catch (RuntimeException e) {
                terminated = true;
                subscriber.onError(e);
                return;
            }
            started = true;
            inFlight = fetch;
            fetch.whenComplete((page, failure) -> {
                if (failure != null) {
                    error = Futures.unwrap(failure);
                } else {
                    arrived = page;
                }
                drain();
            });
        }
    }
}

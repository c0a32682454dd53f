package dev.awskit.s3.internal;

import dev.awskit.core.Futures;
import dev.awskit.s3.ListEntry;
import dev.awskit.s3.ListRequest;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/**
 * A listing as a reactive-streams {@link Publisher}: pages are fetched one at a time and only while the subscriber
 * has demand, so a subscriber that cancels after ten entries costs one call. Each subscription lists anew.
 */
public final class ListingPublisher implements Publisher<ListEntry> {
    private final ListPages pages;
    private final ListRequest request;

    /**
     * Creates the publisher.
     *
     * @param pages the pager
     * @param request what to list
     */
    public ListingPublisher(ListPages pages, ListRequest request) {
        this.pages = pages;
        this.request = request;
    }

    @Override
    public void subscribe(Subscriber<? super ListEntry> subscriber) {
        Objects.requireNonNull(subscriber, "subscriber");
        subscriber.onSubscribe(new Listing(subscriber));
    }

    /** One subscription: a buffer of the current page's entries, the demand, the page in flight. */
    private final class Listing implements Subscription {
        private final Subscriber<? super ListEntry> subscriber;
        private final Deque<ListEntry> buffer = new ArrayDeque<>();
        private final AtomicBoolean done = new AtomicBoolean();
        private long demand;
        private boolean fetching;
        private boolean emitting;
        private boolean missed;
        private boolean lastPage;
        private String token;
        private CompletableFuture<?> inFlight;

        Listing(Subscriber<? super ListEntry> subscriber) {
            this.subscriber = subscriber;
        }

        @Override
        public void request(long n) {
            if (n <= 0) {
                cancel();
                subscriber.onError(new IllegalArgumentException("request must be positive (rule 3.9): " + n));
                return;
            }
            synchronized (this) {
                demand = demand + n < 0 ? Long.MAX_VALUE : demand + n;
            }
            drain();
        }

        @Override
        public void cancel() {
            done.set(true);
            CompletableFuture<?> call;
            synchronized (this) {
                call = inFlight;
            }
            if (call != null) {
                call.cancel(true);
            }
        }

        /**
         * Emits what the buffer and the demand allow and fetches the next page when the buffer runs dry; one thread
         * at a time, and a call that finds another thread emitting leaves it a note ({@code missed}) to look again.
         */
        private void drain() {
            synchronized (this) {
                if (emitting) {
                    missed = true;
                    return;
                }
                emitting = true;
            }
            while (true) {
                ListEntry next = null;
                boolean complete = false;
                boolean fetch = false;
                synchronized (this) {
                    if (done.get()) {
                        emitting = false;
                        return;
                    }
                    if (demand > 0 && !buffer.isEmpty()) {
                        next = buffer.poll();
                        demand--;
                    } else if (buffer.isEmpty() && lastPage) {
                        complete = true;
                    } else if (buffer.isEmpty() && demand > 0 && !fetching) {
                        fetching = true;
                        fetch = true;
                    } else if (missed) {
                        missed = false;
                        continue;
                    }
                    if (next == null) {
                        emitting = false;
                    }
                }
                if (next != null) {
                    subscriber.onNext(next);
                    continue;
                }
                if (complete && done.compareAndSet(false, true)) {
                    subscriber.onComplete();
                }
                if (fetch) {
                    fetch();
                }
                return;
            }
        }

        private void fetch() {
            CompletableFuture<?> call = pages.page(request, token).whenComplete((page, error) -> {
                if (error != null) {
                    if (done.compareAndSet(false, true)) {
                        subscriber.onError(Futures.unwrap(error));
                    }
                    return;
                }
                synchronized (this) {
                    buffer.addAll(ListPages.entries(page));
                    token = ListPages.next(page);
                    lastPage = token == null;
                    fetching = false;
                    inFlight = null;
                }
                drain();
            });
            synchronized (this) {
                if (fetching && !call.isDone()) {
                    inFlight = call;
                }
            }
        }
    }
}

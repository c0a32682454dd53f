package dev.awskit.dynamodb.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Demand, limits, cancellation and errors of the page publisher, on scripted pages. */
class PagePublisherTest {

    /** Pages of 3 numbers each, 4 pages; fetches are answered when the test completes them. */
    private static final class Pages {
        final List<CompletableFuture<PageSource.Result<Integer>>> fetches = new ArrayList<>();
        final AtomicInteger fetched = new AtomicInteger();

        PageSource<Integer> source(int totalLimit) {
            return new PageSource<>((after, limit) -> {
                fetched.incrementAndGet();
                CompletableFuture<PageSource.Result<Integer>> fetch = new CompletableFuture<>();
                fetches.add(fetch);
                return fetch;
            }, null, totalLimit, 0);
        }

        void answer(int page, boolean last) {
            Map<String, AttributeValue> next = last ? null : Map.of("k", AttributeValue.fromN(String.valueOf(page)));
            fetches.get(page).complete(new PageSource.Result<>(List.of(page * 3, page * 3 + 1, page * 3 + 2), next));
        }
    }

    /** Records what it gets and asks as told. */
    private static final class Recorder implements Subscriber<Integer> {
        final List<Integer> items = new ArrayList<>();
        Subscription subscription;
        Throwable error;
        boolean complete;

        @Override
        public void onSubscribe(Subscription s) {
            subscription = s;
        }

        @Override
        public void onNext(Integer item) {
            items.add(item);
        }

        @Override
        public void onError(Throwable t) {
            error = t;
        }

        @Override
        public void onComplete() {
            complete = true;
        }
    }

    @Test
    void subscribe_fetchesOnlyWhenThereIsDemandAndTheLastPageIsUsedUp() {
        Pages pages = new Pages();
        Recorder recorder = new Recorder();
        new PagePublisher<>(pages.source(0)).subscribe(recorder);
        assertThat(pages.fetched).hasValue(0);

        recorder.subscription.request(2);
        pages.answer(0, false);
        assertThat(recorder.items).containsExactly(0, 1);
        assertThat(pages.fetched).hasValue(1);

        recorder.subscription.request(2);
        assertThat(recorder.items).containsExactly(0, 1, 2);
        assertThat(pages.fetched).hasValue(2);
        pages.answer(1, true);
        assertThat(recorder.items).containsExactly(0, 1, 2, 3);

        recorder.subscription.request(Long.MAX_VALUE);
        assertThat(recorder.items).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(recorder.complete).isTrue();
        assertThat(pages.fetched).hasValue(2);
    }

    @Test
    void cancel_cancelsThePageInFlightAndStopsSignals() {
        Pages pages = new Pages();
        Recorder recorder = new Recorder();
        new PagePublisher<>(pages.source(0)).subscribe(recorder);
        recorder.subscription.request(10);

        recorder.subscription.cancel();
        pages.answer(0, false);

        assertThat(pages.fetches.get(0)).isDone();
        assertThat(recorder.items).isEmpty();
        assertThat(recorder.complete).isFalse();
    }

    @Test
    void fetchFailure_isSignalledAsError() {
        Pages pages = new Pages();
        Recorder recorder = new Recorder();
        new PagePublisher<>(pages.source(0)).subscribe(recorder);
        recorder.subscription.request(1);

        pages.fetches.get(0).completeExceptionally(new IllegalStateException("boom"));

        assertThat(recorder.error).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void request_ofZero_isSignalledAsErrorPerRule309() {
        Pages pages = new Pages();
        Recorder recorder = new Recorder();
        new PagePublisher<>(pages.source(0)).subscribe(recorder);

        recorder.subscription.request(0);

        assertThat(recorder.error).isInstanceOf(IllegalArgumentException.class);
        assertThat(pages.fetched).hasValue(0);
    }

    @Test
    void totalLimit_endsTheReadWhenReachedEvenWithMorePages() {
        Pages pages = new Pages();
        Recorder recorder = new Recorder();
        new PagePublisher<>(pages.source(3)).subscribe(recorder);
        recorder.subscription.request(Long.MAX_VALUE);

        pages.answer(0, false);

        assertThat(recorder.items).containsExactly(0, 1, 2);
        assertThat(recorder.complete).isTrue();
        assertThat(pages.fetched).hasValue(1);
    }
}

package dev.awskit.testkit.internal.fault;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awskit.core.time.VirtualTime;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

class DelayedPublisherTest {

    @Test
    void subscribe_demandBeforeDelay_isForwardedAndBodyDeliveredAfterDelay() {
        AtomicLong requested = new AtomicLong();
        Publisher<ByteBuffer> body = subscriber -> subscriber.onSubscribe(new Subscription() {
            @Override
            public void request(long n) {
                requested.addAndGet(n);
                subscriber.onNext(ByteBuffer.wrap("body".getBytes(StandardCharsets.UTF_8)));
                subscriber.onComplete();
            }

            @Override
            public void cancel() {
            }
        });
        CompletableFuture<String> received = new CompletableFuture<>();
        AtomicBoolean subscribedAtOnce = new AtomicBoolean();
        VirtualTime time = VirtualTime.create();

        new DelayedPublisher(body, Duration.ofMillis(50), time).subscribe(new Subscriber<ByteBuffer>() {
            private final StringBuilder text = new StringBuilder();

            @Override
            public void onSubscribe(Subscription subscription) {
                subscribedAtOnce.set(true);
                subscription.request(5);
            }

            @Override
            public void onNext(ByteBuffer item) {
                text.append(StandardCharsets.UTF_8.decode(item));
            }

            @Override
            public void onError(Throwable failure) {
                received.completeExceptionally(failure);
            }

            @Override
            public void onComplete() {
                received.complete(text.toString());
            }
        });

        assertThat(subscribedAtOnce).isTrue();
        time.advance(Duration.ofMillis(49));
        assertThat(received).isNotDone();
        time.advance(Duration.ofMillis(1));
        assertThat(received).isCompletedWithValue("body");
        assertThat(requested).hasValue(5);
    }

    @Test
    void cancel_beforeDelay_realBodyIsNeverRequested() throws Exception {
        CompletableFuture<Subscription> subscription = new CompletableFuture<>();
        AtomicBoolean bodySubscribed = new AtomicBoolean();
        Publisher<ByteBuffer> body = subscriber -> bodySubscribed.set(true);
        VirtualTime time = VirtualTime.create();
        DelayedPublisher delayed = new DelayedPublisher(body, Duration.ofSeconds(1), time);
        delayed.subscribe(new Subscriber<ByteBuffer>() {
            @Override
            public void onSubscribe(Subscription s) {
                subscription.complete(s);
            }

            @Override
            public void onNext(ByteBuffer item) {
            }

            @Override
            public void onError(Throwable failure) {
            }

            @Override
            public void onComplete() {
            }
        });

        subscription.get(30, TimeUnit.SECONDS).cancel();
        time.advance(Duration.ofSeconds(2));

        assertThat(bodySubscribed).isFalse();
        assertThat(time.pendingTasks()).isZero();
    }
}

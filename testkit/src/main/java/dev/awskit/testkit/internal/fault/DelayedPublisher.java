package dev.awskit.testkit.internal.fault;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/**
 * Delays an async response body: the subscriber gets its subscription at once, but the real body is
 * subscribed {@code delay} later on a shared daemon scheduler thread, so no thread waits in the meantime.
 * Demand requested early is forwarded then; cancelling (e.g. on an attempt timeout) drops the scheduled
 * subscription.
 */
public final class DelayedPublisher implements Publisher<ByteBuffer> {
    private static final ScheduledExecutorService SCHEDULER = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "awskit-fault-latency");
        thread.setDaemon(true);
        return thread;
    });

    private final Publisher<ByteBuffer> delegate;
    private final Duration delay;
    private final ScheduledExecutorService scheduler;

    /**
     * Creates the publisher on the shared scheduler thread.
     *
     * @param delegate the real body
     * @param delay the latency to add
     */
    public DelayedPublisher(Publisher<ByteBuffer> delegate, Duration delay) {
        this(delegate, delay, SCHEDULER);
    }

    DelayedPublisher(Publisher<ByteBuffer> delegate, Duration delay, ScheduledExecutorService scheduler) {
        this.delegate = delegate;
        this.delay = delay;
        this.scheduler = scheduler;
    }

    @Override
    public void subscribe(Subscriber<? super ByteBuffer> subscriber) {
        DelayedSubscription subscription = new DelayedSubscription();
        subscriber.onSubscribe(subscription);
        subscription.scheduled(scheduler.schedule(() -> delegate.subscribe(new Subscriber<ByteBuffer>() {
            @Override
            public void onSubscribe(Subscription real) {
                subscription.attach(real);
            }

            @Override
            public void onNext(ByteBuffer item) {
                subscriber.onNext(item);
            }

            @Override
            public void onError(Throwable failure) {
                subscriber.onError(failure);
            }

            @Override
            public void onComplete() {
                subscriber.onComplete();
            }
        }), delay.toNanos(), TimeUnit.NANOSECONDS));
    }

    /** Holds demand and cancellation until the real subscription exists. */
    private static final class DelayedSubscription implements Subscription {
        private Subscription real;
        private ScheduledFuture<?> scheduled;
        private long pendingDemand;
        private boolean cancelled;

        synchronized void scheduled(ScheduledFuture<?> future) {
            scheduled = future;
            if (cancelled) {
                future.cancel(false);
            }
        }

        void attach(Subscription subscription) {
            long demand;
            synchronized (this) {
                if (cancelled) {
                    demand = -1;
                } else {
                    real = subscription;
                    demand = pendingDemand;
                }
            }
            if (demand < 0) {
                subscription.cancel();
            } else if (demand > 0) {
                subscription.request(demand);
            }
        }

        @Override
        public void request(long n) {
            Subscription target;
            synchronized (this) {
                target = real;
                if (target == null) {
                    pendingDemand = pendingDemand + n < 0 ? Long.MAX_VALUE : pendingDemand + n;
                }
            }
            if (target != null) {
                target.request(n);
            }
        }

        @Override
        public void cancel() {
            Subscription target;
            synchronized (this) {
                cancelled = true;
                target = real;
                if (scheduled != null) {
                    scheduled.cancel(false);
                }
            }
            if (target != null) {
                target.cancel();
            }
        }
    }
}

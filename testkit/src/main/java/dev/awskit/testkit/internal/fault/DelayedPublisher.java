package dev.awskit.testkit.internal.fault;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;

/**
 * Delays an async response body: the subscription to the real body is made {@code delay} later on a shared
 * daemon scheduler thread, so no thread waits in the meantime.
 */
public final class DelayedPublisher implements Publisher<ByteBuffer> {
    private static final ScheduledExecutorService SCHEDULER = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "awskit-fault-latency");
        thread.setDaemon(true);
        return thread;
    });

    private final Publisher<ByteBuffer> delegate;
    private final Duration delay;

    /**
     * Creates the publisher.
     *
     * @param delegate the real body
     * @param delay the latency to add
     */
    public DelayedPublisher(Publisher<ByteBuffer> delegate, Duration delay) {
        this.delegate = delegate;
        this.delay = delay;
    }

    @Override
    public void subscribe(Subscriber<? super ByteBuffer> subscriber) {
        SCHEDULER.schedule(() -> delegate.subscribe(subscriber), delay.toNanos(), TimeUnit.NANOSECONDS);
    }
}

package dev.awskit.s3.event;

import dev.awskit.core.spi.Checks;
import dev.awskit.core.time.TimeSource;
import dev.awskit.s3.event.internal.DrainRun;
import dev.awskit.s3.event.internal.DrainSettings;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;

/**
 * Drains S3 event notifications from an SQS queue: receives with long polling, calls the handler for each object
 * event with bounded parallelism, deletes a message only after every record in it was handled, leaves failures for
 * redelivery, and stops when the queue is empty or on request.
 *
 * <pre>{@code
 * S3EventDrain drain = S3EventDrain.builder(sqs, queueUrl)
 *         .handler(record -> S3Bucket.of(s3, record.bucket()).getJson(record.key(), JobResult.class)
 *                 .thenAccept(metrics::submit))
 *         .parallelism(8)
 *         .listener(DrainListener.logging())
 *         .build();
 * DrainReport report = drain.sync().drain();   // report.processed(), report.failures(), report.unrecognized()
 * }</pre>
 *
 * <p>{@code s3:TestEvent} messages are counted and deleted; a message that is not an S3 event is reported and left in
 * the queue (so the queue's dead-letter policy sees it), never dropped. Delivery is at-least-once: a handler may see
 * a record again. Thread-safe; each {@link #drain()} is an independent run; owns no thread; the client stays the
 * caller's.
 */
public final class S3EventDrain {
    private final DrainSettings settings;
    private final AtomicReference<DrainRun> current = new AtomicReference<>();
    private final S3EventDrainSync sync = new S3EventDrainSync(this);

    private S3EventDrain(Builder b) {
        this.settings = new DrainSettings(b.sqs, b.queueUrl, Objects.requireNonNull(b.handler, "handler is required"),
                b.parallelism, b.waitTime, b.listener, b.timeSource);
    }

    /**
     * Starts configuring a drain.
     *
     * @param sqs the SQS client; stays the caller's
     * @param queueUrl the queue's URL
     * @return a builder; {@link Builder#handler(S3EventHandler)} is required
     * @throws IllegalArgumentException if {@code queueUrl} is blank
     */
    public static Builder builder(SqsAsyncClient sqs, String queueUrl) {
        return new Builder(sqs, queueUrl);
    }

    /**
     * Drains the queue until a long poll finds it empty (or {@link #stop()} is called), then settles the messages in
     * flight.
     *
     * @return what was processed and what failed; fails with {@link DrainFailedException} when the queue cannot be
     *     read; cancelling it stops receiving and cancels the handlers running (their messages stay in the queue)
     */
    public CompletableFuture<DrainReport> drain() {
        DrainRun run = new DrainRun(settings);
        current.set(run);
        return run.start();
    }

    /**
     * Asks the current drain to stop: no receive after the one in flight; the messages already received are settled
     * and the report says {@link DrainReport.Stop#REQUESTED}.
     */
    public void stop() {
        DrainRun run = current.get();
        if (run != null) {
            run.stop();
        }
    }

    /**
     * Returns the blocking view, the same instance every time.
     *
     * @return the view
     */
    public S3EventDrainSync sync() {
        return sync;
    }

    @Override
    public String toString() {
        return "S3EventDrain[" + settings.queueUrl() + ", parallelism=" + settings.parallelism() + ", waitTime="
                + settings.waitTime() + "]";
    }

    /** Configures an {@link S3EventDrain}. Not thread-safe; {@link #build()} copies the state. */
    public static final class Builder {
        private final SqsAsyncClient sqs;
        private final String queueUrl;
        private S3EventHandler handler;
        private int parallelism = 4;
        private Duration waitTime = Duration.ofSeconds(20);
        private DrainListener listener = DrainListener.none();
        private TimeSource timeSource = TimeSource.system();

        private Builder(SqsAsyncClient sqs, String queueUrl) {
            this.sqs = Objects.requireNonNull(sqs, "sqs");
            this.queueUrl = Checks.notBlank(queueUrl, "queueUrl");
        }

        /**
         * Sets what processes each record. Required.
         *
         * @param handler the handler
         * @return this builder
         */
        public Builder handler(S3EventHandler handler) {
            this.handler = Objects.requireNonNull(handler, "handler");
            return this;
        }

        /**
         * Sets how many handlers run at once at most; default 4.
         *
         * @param parallelism 1 to 1,000
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder parallelism(int parallelism) {
            this.parallelism = Checks.inRange(parallelism, 1, 1000, "parallelism");
            return this;
        }

        /**
         * Sets each receive's long-poll wait; default 20 s (the most SQS allows). The drain ends after one receive
         * waited this long and found nothing.
         *
         * @param waitTime 1 to 20 seconds
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder waitTime(Duration waitTime) {
            Objects.requireNonNull(waitTime, "waitTime");
            if (waitTime.compareTo(Duration.ofSeconds(1)) < 0 || waitTime.compareTo(Duration.ofSeconds(20)) > 0) {
                throw new IllegalArgumentException("waitTime must be 1 to 20 seconds: " + waitTime);
            }
            this.waitTime = waitTime;
            return this;
        }

        /**
         * Sets who hears the drain's progress; default none, {@link DrainListener#logging()} for people.
         *
         * @param listener the listener
         * @return this builder
         */
        public Builder listener(DrainListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * Measures the drain's duration with {@code timeSource}; default the system clock.
         *
         * @param timeSource the time source
         * @return this builder
         */
        public Builder timeSource(TimeSource timeSource) {
            this.timeSource = Objects.requireNonNull(timeSource, "timeSource");
            return this;
        }

        /**
         * Builds the drain.
         *
         * @return the drain
         * @throws NullPointerException if no handler was set
         */
        public S3EventDrain build() {
            return new S3EventDrain(this);
        }
    }
}

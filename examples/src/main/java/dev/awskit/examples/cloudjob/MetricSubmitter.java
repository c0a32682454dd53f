package dev.awskit.examples.cloudjob;

import dev.awskit.core.spi.Checks;
import dev.awskit.s3.S3Bucket;
import dev.awskit.s3.event.DrainListener;
import dev.awskit.s3.event.DrainReport;
import dev.awskit.s3.event.S3EventDrain;
import dev.awskit.s3.event.S3EventRecord;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;

/**
 * Seed 004's {@code MetricSubmitter}: drains the queue the job bucket notifies, reads each metadata file and submits
 * one gauge per number ({@code cloud_job.<field>}, tagged {@code job:<name>}) and one event (tagged
 * {@code cloud_job_metric}; {@code success} or {@code error} as the job's status says) to the metrics sink.
 *
 * <p>A file that is not valid metadata is reported, not lost: an {@code error} event names its location and the
 * reason, the drain's report lists it as a failure, and its message stays in the queue (for redelivery, then the
 * queue's dead-letter queue), as does the file in the bucket. The clients and the sink are injected, as in the seed,
 * so tests give it emulator clients and an {@link InMemoryMetricsSink}. Thread-safe; each {@link #run()} is one drain.
 */
public final class MetricSubmitter {
    /** The tag of every job event, which the seed's Datadog monitor tracks. */
    public static final String EVENT_TAG = "cloud_job_metric";

    private static final Logger LOG = LoggerFactory.getLogger(MetricSubmitter.class);

    private final MetricsSink statsd;
    private final S3AsyncClient s3;
    private final S3EventDrain drain;
    private final Map<String, S3Bucket> buckets = new ConcurrentHashMap<>();

    private MetricSubmitter(Builder b) {
        this.statsd = b.statsd;
        this.s3 = b.s3;
        this.drain = S3EventDrain.builder(b.sqs, b.queueUrl).handler(this::submit).waitTime(b.waitTime)
                .listener(b.listener).build();
    }

    /**
     * Starts configuring a submitter.
     *
     * @param statsd where metrics go
     * @param sqs the queue's client
     * @param s3 the bucket's client
     * @param queueUrl the queue the bucket notifies
     * @return a builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code queueUrl} is blank
     */
    public static Builder builder(MetricsSink statsd, SqsAsyncClient sqs, S3AsyncClient s3, String queueUrl) {
        return new Builder(statsd, sqs, s3, queueUrl);
    }

    /**
     * Drains the queue until it is empty, submitting the metrics of every notified file.
     *
     * @return what the drain did: processed files, invalid ones among its failures
     */
    public CompletableFuture<DrainReport> run() {
        return drain.drain();
    }

    private CompletableFuture<Void> submit(S3EventRecord record) {
        S3Bucket bucket = buckets.computeIfAbsent(record.bucket(), name -> S3Bucket.of(s3, name));
        return bucket.getString(record.key()).thenAccept(text -> {
            JobMetadata job;
            try {
                job = JobMetadata.parse(text);
            } catch (InvalidPayloadException e) {
                LOG.warn("{}: invalid job metadata: {}", record.location(), e.getMessage());
                statsd.event("Cloud job metadata invalid", record.location() + ": " + e.getMessage(), AlertType.ERROR,
                        List.of(EVENT_TAG));
                throw e;
            }
            List<String> tags = List.of("job:" + job.jobName());
            job.values().forEach((field, value) -> statsd.gauge("cloud_job." + field, value, tags));
            statsd.event("Cloud job " + job.jobName() + ": " + job.status(), record.location() + ": "
                    + job.values().size() + " metrics", "success".equals(job.status()) ? AlertType.SUCCESS
                    : AlertType.ERROR, List.of(EVENT_TAG, "job:" + job.jobName()));
            LOG.debug("{}: submitted {} gauges and an event for job {}", record.location(), job.values().size(),
                    job.jobName());
        });
    }

    /** Configures a {@link MetricSubmitter}. Not thread-safe; {@link #build()} copies the state. */
    public static final class Builder {
        private final MetricsSink statsd;
        private final SqsAsyncClient sqs;
        private final S3AsyncClient s3;
        private final String queueUrl;
        private Duration waitTime = Duration.ofSeconds(20);
        private DrainListener listener = DrainListener.none();

        private Builder(MetricsSink statsd, SqsAsyncClient sqs, S3AsyncClient s3, String queueUrl) {
            this.statsd = Objects.requireNonNull(statsd, "statsd");
            this.sqs = Objects.requireNonNull(sqs, "sqs");
            this.s3 = Objects.requireNonNull(s3, "s3");
            this.queueUrl = Checks.notBlank(queueUrl, "queueUrl");
        }

        /**
         * Sets how long a receive waits for messages; the run ends after one such wait finds none. Default 20 s.
         *
         * @param waitTime 1 to 20 seconds, checked by {@link #build()}
         * @return this builder
         */
        public Builder waitTime(Duration waitTime) {
            this.waitTime = Objects.requireNonNull(waitTime, "waitTime");
            return this;
        }

        /**
         * Sets who hears the drain's progress; default none.
         *
         * @param listener the listener
         * @return this builder
         */
        public Builder listener(DrainListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * Builds the submitter.
         *
         * @return the submitter
         * @throws IllegalArgumentException if the wait time is not 1 to 20 seconds
         */
        public MetricSubmitter build() {
            return new MetricSubmitter(this);
        }
    }
}

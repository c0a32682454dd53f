package dev.awskit.examples.cloudjob;

import dev.awskit.core.Futures;
import dev.awskit.examples.Checks;
import dev.awskit.examples.NotifiedBucket;
import dev.awskit.examples.Scenario;
import dev.awskit.examples.ScenarioContext;
import dev.awskit.s3.event.DrainListener;
import dev.awskit.s3.event.DrainReport;
import dev.awskit.s3.event.S3EventRecord;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Seed 004, "Cloud Service Testing": the queue is created with the seed's attributes, the job bucket notifies it of
 * every new {@code .json}; five job runs upload their metadata and a sixth crashes mid-write; the
 * {@link MetricSubmitter} drains the queue into both sinks: DogStatsD datagrams to a stand-in agent on
 * {@code 127.0.0.1}, and memory, where the numbers are checked. The invalid file is reported as an error event and its
 * message stays in the queue.
 */
public final class CloudJobMetricsScenario implements Scenario {
    /** The seed's queue attributes ({@code aws sqs create-queue --attributes ...}). */
    static final Map<QueueAttributeName, String> QUEUE_ATTRIBUTES = Map.of(
            QueueAttributeName.MAXIMUM_MESSAGE_SIZE, "4096",
            QueueAttributeName.MESSAGE_RETENTION_PERIOD, "345600",
            QueueAttributeName.VISIBILITY_TIMEOUT, "30");
    /** How many job runs upload valid metadata. */
    static final int RUNS = 5;
    /** The run that crashes while writing its file. */
    static final String CRASHED_RUN = "train-6";

    @Override
    public String name() {
        return "cloud-job-metrics";
    }

    @Override
    public String description() {
        return "job metadata files in S3, notified through SQS, submitted as statsd gauges and events (seed 004)";
    }

    @Override
    public void run(ScenarioContext ctx) {
        Outcome outcome = submitMetrics(ctx);
        int gauges = outcome.jobs().stream().mapToInt(job -> job.values().size()).sum();
        Checks.equal("gauges submitted", gauges, outcome.memory().gauges().size());
        Checks.equal("events submitted (one per job, one for the invalid file)", RUNS + 1,
                outcome.memory().events().size());
        Checks.equal("datagrams at the agent", gauges + RUNS + 1, outcome.datagrams().size());
        Checks.equal("invalid files reported", List.of(CloudJob.key(CRASHED_RUN)),
                outcome.report().failures().stream().map(f -> f.record().key()).toList());
        Checks.equal("messages still in the queue", 1, outcome.messagesLeft());
    }

    /**
     * Creates the bucket and queue, runs the jobs, drains the queue into the sinks and collects what arrived.
     *
     * @param ctx where to run and print
     * @return what was uploaded, submitted and received
     */
    static Outcome submitMetrics(ScenarioContext ctx) {
        try (S3AsyncClient s3 = ctx.settings().client(S3AsyncClient.builder());
                SqsAsyncClient sqs = ctx.settings().client(SqsAsyncClient.builder());
                StatsdReceiver agent = StatsdReceiver.start();
                StatsdMetricsSink statsd = StatsdMetricsSink.create(agent.address())) {
            NotifiedBucket target = NotifiedBucket.create(s3, sqs, ctx.uniqueName("cloud-job-results"),
                    ctx.uniqueName("cloud-job-results-queue"), ".json", QUEUE_ATTRIBUTES);
            Map<QueueAttributeName, String> attributes = sqs.getQueueAttributes(r -> r.queueUrl(target.queueUrl())
                    .attributeNames(QUEUE_ATTRIBUTES.keySet())).join().attributes();
            ctx.say("queue %s: MaximumMessageSize=%s, MessageRetentionPeriod=%s, VisibilityTimeout=%s",
                    target.queueUrl(), attributes.get(QueueAttributeName.MAXIMUM_MESSAGE_SIZE),
                    attributes.get(QueueAttributeName.MESSAGE_RETENTION_PERIOD),
                    attributes.get(QueueAttributeName.VISIBILITY_TIMEOUT));

            CloudJob job = new CloudJob(target.bucket(), new Random(42));
            List<JobMetadata> jobs = new ArrayList<>();
            for (int run = 1; run <= RUNS; run++) {
                JobMetadata metadata = Futures.join(job.run("train-" + run));
                jobs.add(metadata);
                ctx.say("job %s uploaded %s: %s", metadata.jobName(), CloudJob.key(metadata.jobName()),
                        metadata.toJson());
            }
            target.bucket().sync().putString(CloudJob.key(CRASHED_RUN), "{\"job_name\": \"" + CRASHED_RUN
                    + "\", \"images\": ");
            ctx.say("job %s crashed while writing %s (truncated JSON)", CRASHED_RUN, CloudJob.key(CRASHED_RUN));

            InMemoryMetricsSink memory = new InMemoryMetricsSink();
            ctx.say("Initializing new Cloud Resource Handler with SQS URL - %s", target.queueUrl());
            ctx.say("Processing available messages in SQS queue:");
            DrainReport report = Futures.join(MetricSubmitter.builder(statsd.andThen(memory), sqs, s3,
                            target.queueUrl())
                    .waitTime(Duration.ofSeconds(1)).listener(printer(ctx)).build().run());
            ctx.say("No more messages visible in the queue, shutting down ... (%d received, %d deleted)",
                    report.messagesReceived(), report.messagesDeleted());

            List<String> datagrams = agent.receive(statsd.sent(), Duration.ofSeconds(5));
            ctx.say("the agent stand-in at %s received %d datagrams, e.g.:", agent.address(), datagrams.size());
            datagrams.stream().filter(d -> d.contains("job:train-1") || d.contains("metadata invalid"))
                    .forEach(d -> ctx.say("  %s", d));
            int left = Integer.parseInt(sqs.getQueueAttributes(r -> r.queueUrl(target.queueUrl()).attributeNames(
                    QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).join().attributes()
                    .get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE));
            ctx.say("%d message still in the queue (the invalid file's, visible again after 30 s)", left);
            return new Outcome(jobs, memory, datagrams, report, left);
        }
    }

    private static DrainListener printer(ScenarioContext ctx) {
        return new DrainListener() {
            @Override
            public void onProcessed(S3EventRecord record) {
                ctx.say("- sent the metrics of %s to statsd/datadog-agent; removing its message from SQS",
                        record.key());
            }

            @Override
            public void onFailed(DrainReport.RecordFailure failure) {
                ctx.say("- %s is invalid (%s): error event sent, message left in the queue", failure.record().key(),
                        Futures.unwrap(failure.error()).getMessage());
            }
        };
    }

    /**
     * What the run saw.
     *
     * @param jobs the metadata the valid runs uploaded
     * @param memory what the in-memory sink recorded
     * @param datagrams what the stand-in agent received
     * @param report the drain's report
     * @param messagesLeft messages still in the queue, in flight
     */
    record Outcome(List<JobMetadata> jobs, InMemoryMetricsSink memory, List<String> datagrams, DrainReport report,
            int messagesLeft) {
    }
}

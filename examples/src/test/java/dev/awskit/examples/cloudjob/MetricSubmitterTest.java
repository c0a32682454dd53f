package dev.awskit.examples.cloudjob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awskit.examples.NotifiedBucket;
import dev.awskit.s3.event.DrainReport;
import dev.awskit.testkit.FaultInjector;
import dev.awskit.testkit.MotoExtension;
import dev.awskit.testkit.MotoServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** The submitter against moto's S3 notifications and SQS, with the in-memory sink standing in for Datadog. */
@ExtendWith(MotoExtension.class)
class MetricSubmitterTest {
    private final FaultInjector calls = FaultInjector.create();
    private final InMemoryMetricsSink statsd = new InMemoryMetricsSink();
    private S3AsyncClient s3;
    private SqsAsyncClient sqs;
    private NotifiedBucket target;

    @BeforeEach
    void createBucketAndQueue(MotoServer moto) {
        var settings = moto.settings().toBuilder().addInterceptor(calls).build();
        s3 = settings.client(S3AsyncClient.builder());
        sqs = settings.client(SqsAsyncClient.builder());
        target = NotifiedBucket.create(s3, sqs, "cloud-job-results", "cloud-job-results-queue", ".json",
                CloudJobMetricsScenario.QUEUE_ATTRIBUTES);
    }

    @AfterEach
    void closeClients() {
        s3.close();
        sqs.close();
    }

    private DrainReport submit() {
        calls.reset();
        return MetricSubmitter.builder(statsd, sqs, s3, target.queueUrl()).waitTime(Duration.ofSeconds(1)).build()
                .run().join();
    }

    @Test
    void run_validFiles_submitsAGaugePerNumberAndATaggedEventPerJob() {
        CloudJob job = new CloudJob(target.bucket(), new Random(7));
        JobMetadata first = job.run("train-1").join();
        JobMetadata second = job.run("train-2").join();

        DrainReport report = submit();

        assertThat(report.isClean()).isTrue();
        assertThat(report.processed()).hasSize(2);
        assertThat(statsd.gauges()).hasSize(6).contains(
                new InMemoryMetricsSink.Gauge("cloud_job.images", first.values().get("images"), List.of("job:train-1")),
                new InMemoryMetricsSink.Gauge("cloud_job.files", second.values().get("files"), List.of("job:train-2")));
        assertThat(statsd.events()).hasSize(2).allSatisfy(event -> assertThat(event.tags())
                .contains(MetricSubmitter.EVENT_TAG));
        assertThat(statsd.events()).filteredOn(e -> e.title().equals("Cloud job train-1: " + first.status()))
                .singleElement().satisfies(e -> assertThat(e.alertType())
                        .isEqualTo("success".equals(first.status()) ? AlertType.SUCCESS : AlertType.ERROR));
        assertThat(calls.calls("GetObject")).isEqualTo(2);
        assertThat(calls.calls("HeadBucket")).as("the bucket's region is looked up once").isEqualTo(1);
        assertThat(calls.calls("DeleteMessage") + calls.calls("DeleteMessageBatch")).isPositive();
    }

    @Test
    void run_invalidPayload_isReportedAsAnErrorEventAndItsMessageStaysInTheQueue() {
        target.bucket().sync().putString("jobs/train-6.json", "{\"job_name\": \"train-6\", \"images\": ");
        target.bucket().sync().putString("jobs/train-7.json", "{\"job_name\": \"train-7\", \"status\": \"success\","
                + " \"images\": 3}");

        DrainReport report = submit();

        assertThat(report.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.record().key()).isEqualTo("jobs/train-6.json");
            assertThat(failure.error()).isInstanceOf(InvalidPayloadException.class);
        });
        assertThat(statsd.events()).filteredOn(e -> e.alertType() == AlertType.ERROR).singleElement()
                .satisfies(e -> {
                    assertThat(e.title()).isEqualTo("Cloud job metadata invalid");
                    assertThat(e.text()).startsWith("s3://cloud-job-results/jobs/train-6.json: not JSON");
                });
        assertThat(statsd.gauges()).containsExactly(
                new InMemoryMetricsSink.Gauge("cloud_job.images", 3, List.of("job:train-7")));
        assertThat(sqs.getQueueAttributes(r -> r.queueUrl(target.queueUrl())
                        .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).join()
                .attributes()).containsEntry(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE, "1");
        assertThat(target.bucket().sync().exists("jobs/train-6.json")).isTrue();
    }

    @Test
    void run_whenReadingAFileKeepsFailing_reportsItAndSubmitsNothingForIt() {
        new CloudJob(target.bucket(), new Random(1)).run("train-1").join();
        calls.on("GetObject").always().serverError(503);

        DrainReport report = submit();

        assertThat(report.failures()).singleElement()
                .satisfies(failure -> assertThat(failure.record().key()).isEqualTo("jobs/train-1.json"));
        assertThat(statsd.gauges()).isEmpty();
        assertThat(statsd.events()).isEmpty();
    }

    @Test
    void builder_whenWaitTimeIsOutOfRange_refusesItOnBuild() {
        assertThatThrownBy(() -> MetricSubmitter.builder(statsd, sqs, s3, target.queueUrl())
                .waitTime(Duration.ofSeconds(30)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PT30S");
        assertThatThrownBy(() -> MetricSubmitter.builder(statsd, sqs, s3, " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("queueUrl");
    }

    @Test
    void queue_hasTheSeedsAttributes() {
        Map<QueueAttributeName, String> attributes = sqs.getQueueAttributes(r -> r.queueUrl(target.queueUrl())
                .attributeNames(CloudJobMetricsScenario.QUEUE_ATTRIBUTES.keySet())).join().attributes();

        assertThat(attributes).isEqualTo(CloudJobMetricsScenario.QUEUE_ATTRIBUTES);
    }
}

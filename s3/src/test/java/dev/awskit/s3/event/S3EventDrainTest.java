package dev.awskit.s3.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awskit.s3.S3Bucket;
import dev.awskit.testkit.FaultInjector;
import dev.awskit.testkit.MotoExtension;
import dev.awskit.testkit.MotoServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.model.Event;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Seed 004: real notifications configured on a moto bucket arrive in a moto queue and are drained; the handler fetches
 * each object through S3Bucket.
 */
@ExtendWith(MotoExtension.class)
class S3EventDrainTest {
    private S3AsyncClient s3;
    private SqsAsyncClient sqs;
    private String queueUrl;
    private S3Bucket bucket;

    @BeforeEach
    void configureNotifications(MotoServer moto) {
        s3 = moto.client(S3AsyncClient.builder());
        sqs = moto.client(SqsAsyncClient.builder());
        queueUrl = sqs.createQueue(r -> r.queueName("cloud-job-results-queue")
                .attributes(Map.of(QueueAttributeName.VISIBILITY_TIMEOUT, "30"))).join().queueUrl();
        String queueArn = sqs.getQueueAttributes(r -> r.queueUrl(queueUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
                .join().attributes().get(QueueAttributeName.QUEUE_ARN);
        s3.createBucket(r -> r.bucket("cloud-job-results")).join();
        // moto accepts the filter rule name in lower case only (the SDK's enum sends "Suffix"); S3 takes both.
        s3.putBucketNotificationConfiguration(r -> r.bucket("cloud-job-results").notificationConfiguration(n -> n
                .queueConfigurations(q -> q.queueArn(queueArn).events(Event.S3_OBJECT_CREATED)
                        .filter(f -> f.key(k -> k.filterRules(rule -> rule.name("suffix").value(".json")))))))
                .join();
        bucket = S3Bucket.of(s3, "cloud-job-results");
    }

    @AfterEach
    void closeClients() {
        s3.close();
        sqs.close();
    }

    private S3EventDrain.Builder drain(S3EventHandler handler) {
        return S3EventDrain.builder(sqs, queueUrl).handler(handler).waitTime(Duration.ofSeconds(1));
    }

    private int messagesLeft(QueueAttributeName which) {
        return Integer.parseInt(sqs.getQueueAttributes(r -> r.queueUrl(queueUrl).attributeNames(which)).join()
                .attributes().get(which));
    }

    @Test
    void drain_ofRealNotifications_fetchesEachObjectDeletesEachMessageAndCountsTheTestEvent() {
        for (int i = 1; i <= 5; i++) {
            bucket.sync().putJson("jobs/run " + i + ".json", Map.of("images", i * 100));
        }
        bucket.sync().putString("jobs/ignored.txt", "not .json: no notification");
        Map<String, Integer> metrics = new ConcurrentHashMap<>();

        DrainReport report = drain(record -> bucket.getJson(record.key(), Map.class)
                .thenAccept(job -> metrics.put(record.key(), (Integer) job.get("images")))).build().sync().drain();

        assertThat(metrics).hasSize(5).containsEntry("jobs/run 3.json", 300);
        assertThat(report.processed()).extracting(S3EventRecord::bucket).containsOnly("cloud-job-results");
        assertThat(report.processed()).allSatisfy(r -> assertThat(r.eventName()).startsWith("ObjectCreated:"));
        assertThat(report.testEvents()).isEqualTo(1);
        assertThat(report.messagesReceived()).isEqualTo(6);
        assertThat(report.messagesDeleted()).isEqualTo(6);
        assertThat(report.isClean()).isTrue();
        assertThat(report.stop()).isEqualTo(DrainReport.Stop.QUEUE_EMPTY);
        assertThat(messagesLeft(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES)).isZero();
        assertThat(messagesLeft(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).isZero();
    }

    @Test
    void drain_whenHandlerFails_leavesThatMessageInTheQueueAndReportsIt() {
        bucket.sync().putString("jobs/good.json", "{}");
        bucket.sync().putString("jobs/bad.json", "{}");
        List<DrainReport.RecordFailure> heard = new CopyOnWriteArrayList<>();

        DrainReport report = drain(record -> record.key().contains("bad")
                ? CompletableFuture.failedFuture(new IllegalStateException("metrics endpoint down"))
                : CompletableFuture.completedFuture(null))
                .listener(new DrainListener() {
                    @Override
                    public void onFailed(DrainReport.RecordFailure failure) {
                        heard.add(failure);
                    }
                }).build().sync().drain();

        assertThat(report.failures()).singleElement().satisfies(f -> {
            assertThat(f.record().key()).isEqualTo("jobs/bad.json");
            assertThat(f.error()).hasMessage("metrics endpoint down");
        });
        assertThat(heard).isEqualTo(report.failures());
        assertThat(report.processed()).extracting(S3EventRecord::key).containsExactly("jobs/good.json");
        assertThat(report.messagesDeleted()).isEqualTo(2); // the test event and good.json
        assertThat(messagesLeft(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).isEqualTo(1);
    }

    @Test
    void drain_whenHandlerThrowsOrReturnsNull_countsBothAsFailures() {
        bucket.sync().putString("jobs/throws.json", "{}");
        bucket.sync().putString("jobs/null.json", "{}");

        DrainReport report = drain(record -> {
            if (record.key().contains("throws")) {
                throw new IllegalArgumentException("bad record");
            }
            return null;
        }).build().sync().drain();

        assertThat(report.failures()).hasSize(2);
        assertThat(report.messagesDeleted()).isEqualTo(1);
    }

    @Test
    void drain_whenMessageIsNotAnS3Event_reportsItAndLeavesItInTheQueue() {
        sqs.sendMessage(r -> r.queueUrl(queueUrl).messageBody("{\"orderId\":42}")).join();

        DrainReport report = drain(record -> CompletableFuture.completedFuture(null))
                .listener(DrainListener.logging()).build().sync().drain();

        assertThat(report.unrecognized()).singleElement()
                .satisfies(u -> assertThat(u.reason()).contains("orderId"));
        assertThat(report.isClean()).isFalse();
        assertThat(messagesLeft(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).isEqualTo(1);
    }

    @Test
    void drain_runsAtMostParallelismHandlersAtOnce() {
        for (int i = 0; i < 12; i++) {
            bucket.sync().putString("jobs/" + i + ".json", "{\"n\":" + i + "}");
        }
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();

        DrainReport report = drain(record -> {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            return bucket.getString(record.key()).whenComplete((body, error) -> running.decrementAndGet());
        }).parallelism(3).build().sync().drain();

        assertThat(report.processed()).hasSize(12);
        assertThat(most.get()).isBetween(1, 3);
    }

    @Test
    void stop_fromAHandler_endsTheDrainAfterTheMessagesInFlight() {
        bucket.sync().putString("jobs/a.json", "{}");
        S3EventDrain[] self = new S3EventDrain[1];
        self[0] = drain(record -> {
            self[0].stop();
            return CompletableFuture.completedFuture(null);
        }).build();

        DrainReport report = self[0].sync().drain();

        assertThat(report.stop()).isEqualTo(DrainReport.Stop.REQUESTED);
        assertThat(report.processed()).hasSize(1);
    }

    @Test
    void builder_whenSettingsBad_throwsNamingTheValue() {
        assertThatThrownBy(() -> S3EventDrain.builder(sqs, " ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("queueUrl");
        assertThatThrownBy(() -> S3EventDrain.builder(sqs, queueUrl).waitTime(Duration.ofSeconds(30)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PT30S");
        assertThatThrownBy(() -> S3EventDrain.builder(sqs, queueUrl).parallelism(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("parallelism");
        assertThatThrownBy(() -> S3EventDrain.builder(sqs, queueUrl).build())
                .isInstanceOf(NullPointerException.class).hasMessageContaining("handler");
    }

    @Test
    void drain_whenReceiveFails_failsWithDrainFailedNamingTheQueue(MotoServer moto) {
        FaultInjector faults = FaultInjector.create();
        faults.on("ReceiveMessage").always().serviceError(403, "AccessDenied");
        try (SqsAsyncClient denied = moto.settings().toBuilder().addInterceptor(faults).build()
                .client(SqsAsyncClient.builder())) {
            S3EventDrain drain = S3EventDrain.builder(denied, queueUrl).handler(r -> null)
                    .waitTime(Duration.ofSeconds(1)).build();

            assertThatThrownBy(() -> drain.sync().drain()).isInstanceOfSatisfying(DrainFailedException.class, e -> {
                assertThat(e.queueUrl()).isEqualTo(queueUrl);
                assertThat(e).hasMessageContaining(queueUrl).hasMessageContaining("AccessDenied");
                assertThat(e.partialReport().messagesReceived()).isZero();
            });
        }
    }
}

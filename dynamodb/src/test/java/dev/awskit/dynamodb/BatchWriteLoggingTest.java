package dev.awskit.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.awskit.core.backoff.Backoff;
import dev.awskit.testkit.UnprocessedBatches;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;

/** The ready-made logging listener of the batch writer, heard through logback while writing to both emulators. */
class BatchWriteLoggingTest {
    private static final Pattern RETRY = Pattern.compile(
            "batch writer: (\\d+) items to retry after attempt (\\d+) in (\\d+) ms \\((\\w+)\\)");
    private static final String SECRET = "s3cr3t-attribute-value";

    private final Logger logger = (Logger) LoggerFactory.getLogger("dev.awskit.dynamodb.BatchWriter");
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private Level levelBefore;

    @BeforeEach
    void listen() {
        levelBefore = logger.getLevel();
        logger.setLevel(Level.DEBUG);
        log.start();
        logger.addAppender(log);
    }

    @AfterEach
    void stopListening() {
        logger.detachAppender(log);
        logger.setLevel(levelBefore);
    }

    /** The listener's lines (the writer logs its own DEBUG lines per request on the same logger). */
    private List<ILoggingEvent> events(Level level) {
        return log.list.stream().filter(event -> event.getLevel() == level)
                .filter(event -> event.getFormattedMessage().startsWith("batch writer: ")).toList();
    }

    @EmulatorTest
    void logging_reportsProgressRetriesAndFailuresNamingKeysNotValues(DynamoFixture fx) {
        fx.votes();
        UnprocessedBatches holdBack = UnprocessedBatches.holdBack(0.5, 11L);
        RecordingScheduler scheduler = new RecordingScheduler();
        DynamoDbAsyncClient client = fx.settings.toBuilder().addInterceptor(holdBack)
                .retryStrategy(AwsRetryStrategy.doNotRetry()).build()
                .applyTo(DynamoDbAsyncClient.builder().httpClient(DynamoFixture.HTTP)).build();
        try (DynamoResource dynamo = DynamoResource.builder(client).scheduler(scheduler).build()) {
            DynamoTable<Map<String, Object>> votes = dynamo.table("votes", KeySchema.of("name"));
            List<Map<String, Object>> items = new ArrayList<>();
            IntStream.range(0, 120).forEach(i -> items.add(Map.of("name", "n" + i, "token", SECRET)));
            items.add(Map.of("name", 77L, "token", SECRET)); // the key is a string: DynamoDB refuses this one
            BatchWriter<Map<String, Object>> writer = votes.batchWriter(w -> w.listener(BatchWriteListener.logging(50))
                    .retry(r -> r.backoff(Backoff.exponential(Duration.ofMillis(10), Duration.ofSeconds(1))
                            .withoutJitter()).maxAttempts(30)));

            writer.putAll(items);
            BatchWriteResult<Map<String, Object>> result = writer.sync().finish();

            assertThat(result.written()).isEqualTo(120);
            // The running total passes 50 and 100 once each, whatever order the responses come in.
            assertThat(events(Level.INFO)).extracting(ILoggingEvent::getFormattedMessage)
                    .hasSize(2).allMatch(line -> line.matches("batch writer: \\d+ items written"));
            assertThat(events(Level.DEBUG)).isNotEmpty();
            long retried = 0;
            for (ILoggingEvent event : events(Level.DEBUG)) {
                Matcher line = RETRY.matcher(event.getFormattedMessage());
                assertThat(line.matches()).as(event.getFormattedMessage()).isTrue();
                retried += Long.parseLong(line.group(1));
            }
            assertThat(retried).isPositive().isEqualTo(result.retried());
            assertThat(events(Level.WARN)).singleElement().extracting(ILoggingEvent::getFormattedMessage)
                    .asString().startsWith("batch writer: gave up put [77] after ");
            assertThat(log.list).extracting(ILoggingEvent::getFormattedMessage)
                    .noneMatch(line -> line.contains(SECRET));
        } finally {
            client.close();
            scheduler.shutdownNow();
        }
    }

    @Test
    void logging_whenEveryIsBelowOne_isRefused() {
        assertThatThrownBy(() -> BatchWriteListener.logging(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0");
    }
}

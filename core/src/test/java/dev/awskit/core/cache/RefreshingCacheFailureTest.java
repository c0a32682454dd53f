package dev.awskit.core.cache;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.awskit.core.Futures;
import dev.awskit.core.backoff.Backoff;
import dev.awskit.core.time.VirtualTime;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.ssm.model.ParameterNotFoundException;

/**
 * What each class of refresh failure does to a value that was good (issue 12): soft TTL 1 s, hard TTL 2 s,
 * maximum staleness 30 s, one read every 100 ms of virtual time, every refresh failing from the first on.
 */
class RefreshingCacheFailureTest {
    private static final String VALUE = "v1-secret-value";
    private static final SdkClientException NO_CREDENTIALS = SdkClientException.create(
            "Unable to load credentials from any of the providers in the chain");

    private final VirtualTime time = VirtualTime.create();
    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicReference<Throwable> failing = new AtomicReference<>();
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger cacheLogger = (Logger) LoggerFactory.getLogger("dev.awskit.core.cache");
    private RefreshingCache<String, String> cache;

    @BeforeEach
    void setUp() {
        log.start();
        cacheLogger.addAppender(log);
        cacheLogger.setLevel(Level.DEBUG);
        cacheLogger.setAdditive(false);
        CachePolicy policy = CachePolicy.builder().softTtl(Duration.ofSeconds(1)).hardTtl(Duration.ofSeconds(2))
                .maxStaleness(Duration.ofSeconds(30)).jitter(0)
                .errorBackoff(Backoff.exponential(Duration.ofMillis(200), Duration.ofSeconds(5)).withoutJitter())
                .build();
        cache = RefreshingCache.<String, String>builder(key -> {
            calls.incrementAndGet();
            Throwable failure = failing.get();
            return failure == null ? CompletableFuture.completedFuture(VALUE) : CompletableFuture.failedFuture(failure);
        }).policy(policy).timeSource(time).scheduler(time).name("test").build();
        assertThat(cache.sync().get("k")).isEqualTo(VALUE);
    }

    @AfterEach
    void tearDown() {
        cacheLogger.detachAppender(log);
        cacheLogger.setLevel(Level.ERROR);
        cacheLogger.setAdditive(true);
        cache.close();
    }

    /** Reads every 100 ms until the first failed read (or 40 s) and returns when it happened and what it was. */
    private Outcome readUntilFailure() {
        for (int step = 1; step <= 400; step++) {
            time.advance(Duration.ofMillis(100));
            CompletableFuture<String> read = cache.get("k");
            time.runDue();
            if (read.isCompletedExceptionally()) {
                Throwable failure = Futures.unwrap(read.handle((v, e) -> e).join());
                return new Outcome(time.elapsed(), (CacheLoadException) failure);
            }
            assertThat(read.join()).isEqualTo(VALUE);
        }
        return new Outcome(time.elapsed(), null);
    }

    private record Outcome(Duration at, CacheLoadException failure) {
    }

    @Test
    void get_whenRefreshFailsClientSideWithoutIoCause_servesTheValueUpToTheMaximumStaleness() {
        failing.set(NO_CREDENTIALS);

        Outcome outcome = readUntilFailure();

        assertThat(outcome.at()).isEqualTo(Duration.ofSeconds(30));
        assertThat(outcome.failure().isStale()).isTrue();
        assertThat(outcome.failure().kind()).isEqualTo(FailureKind.OUTAGE);
        assertThat(outcome.failure()).hasCause(NO_CREDENTIALS);
        assertThat(cache.stats().staleServed()).isPositive();
    }

    @Test
    void get_whenRefreshFailsWithAnIoError_servesTheValueUpToTheMaximumStaleness() {
        failing.set(new UncheckedIOException(new IOException("connection reset")));

        Outcome outcome = readUntilFailure();

        assertThat(outcome.at()).isEqualTo(Duration.ofSeconds(30));
        assertThat(outcome.failure().isStale()).isTrue();
    }

    @Test
    void get_whenRefreshIsThrottled_servesTheValueUpToTheMaximumStaleness() {
        failing.set(serviceError(400, "ThrottlingException"));

        assertThat(readUntilFailure().at()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void get_whenTheItemIsDeleted_servesTheValueUntilItsHardTtlThenFailsNotFound() {
        ParameterNotFoundException notFound = (ParameterNotFoundException) ParameterNotFoundException.builder()
                .statusCode(400).awsErrorDetails(AwsErrorDetails.builder().errorCode("ParameterNotFound").build())
                .message("parameter not found").build();
        failing.set(notFound);

        Outcome outcome = readUntilFailure();

        assertThat(outcome.at()).isEqualTo(Duration.ofSeconds(2));
        assertThat(outcome.failure().isNotFound()).isTrue();
        assertThat(outcome.failure().isStale()).isFalse();
        assertThat(outcome.failure().key()).isEqualTo("k");
        assertThat(outcome.failure().cacheName()).isEqualTo("test");
        assertThat(outcome.failure()).hasCause(notFound);
    }

    @Test
    void get_whenAccessIsDenied_servesTheValueUntilItsHardTtlThenFailsForbidden() {
        failing.set(serviceError(400, "AccessDeniedException"));

        Outcome outcome = readUntilFailure();

        assertThat(outcome.at()).isEqualTo(Duration.ofSeconds(2));
        assertThat(outcome.failure().isForbidden()).isTrue();
        assertThat(outcome.failure().getMessage()).contains("AccessDeniedException")
                .doesNotContain("AccessDeniedException AccessDeniedException");
    }

    @Test
    void get_whenAnOutageTurnsIntoNotFound_stopsServingAtTheHardTtlOrAtOnceIfPastIt() {
        failing.set(NO_CREDENTIALS);
        time.advance(Duration.ofMillis(1100));
        cache.get("k");
        time.runDue();
        time.advance(Duration.ofSeconds(3));
        assertThat(cache.get("k")).isCompletedWithValue(VALUE);

        failing.set(serviceError(400, "ResourceNotFoundException"));
        Outcome outcome = readUntilFailure();

        assertThat(outcome.failure().isNotFound()).isTrue();
        assertThat(outcome.at()).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void get_whenRefreshesFailThenRecover_logsOneWarningWithoutTheValueAndOneRecovery() {
        failing.set(NO_CREDENTIALS);
        for (int step = 0; step < 100; step++) {
            time.advance(Duration.ofMillis(100));
            cache.get("k");
            time.runDue();
        }
        failing.set(null);
        for (int step = 0; step < 60; step++) {
            time.advance(Duration.ofMillis(100));
            cache.get("k");
            time.runDue();
        }

        List<String> warnings = messages(Level.WARN);
        assertThat(calls.get()).isGreaterThan(5);
        assertThat(warnings).singleElement().satisfies(line -> assertThat(line)
                .contains("refreshing k failed").contains("Unable to load credentials")
                .contains("serving the last good value").contains("maximum staleness PT30S"));
        assertThat(messages(Level.INFO)).singleElement().satisfies(line -> assertThat(line).contains("refreshed k"));
        assertThat(log.list).allSatisfy(event -> assertThat(event.getFormattedMessage()).doesNotContain(VALUE));
        assertThat(cache.getIfFresh("k")).isEqualTo(VALUE);
    }

    @Test
    void get_whenTheValueOutlivesTheMaximumStaleness_warnsOnceMoreThatItIsNoLongerServed() {
        failing.set(NO_CREDENTIALS);
        readUntilFailure();

        assertThat(messages(Level.WARN)).hasSize(2)
                .last().satisfies(line -> assertThat(line).contains("older than the maximum staleness"));
    }

    private List<String> messages(Level level) {
        return log.list.stream().filter(e -> e.getLevel() == level).map(ILoggingEvent::getFormattedMessage).toList();
    }

    private static AwsServiceException serviceError(int status, String code) {
        return AwsServiceException.builder().statusCode(status)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage(code + " from the service")
                        .build()).message(code).build();
    }
}

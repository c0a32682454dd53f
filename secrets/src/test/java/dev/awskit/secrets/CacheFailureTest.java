package dev.awskit.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.awskit.core.Futures;
import dev.awskit.core.SecretValue;
import dev.awskit.core.cache.CacheLoadException;
import dev.awskit.core.cache.FailureKind;
import dev.awskit.testkit.MotoServer;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerAsyncClient;
import software.amazon.awssdk.services.ssm.model.ParameterType;

/**
 * Issue 12: what each class of refresh failure does to a cached value, with real moto errors, FaultInjector
 * faults and a credentials chain that fails (soft TTL 5 min, hard TTL 15 min, maximum staleness 30 min; one read
 * every 10 s of virtual time).
 */
class CacheFailureTest extends MotoSecretsTest {
    private static final String VALUE = "v1-secret-value";

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger cacheLogger = (Logger) LoggerFactory.getLogger("dev.awskit.core.cache");

    @BeforeEach
    void captureLog() {
        log.start();
        cacheLogger.addAppender(log);
        cacheLogger.setLevel(Level.INFO);
    }

    @AfterEach
    void releaseLog() {
        cacheLogger.detachAppender(log);
        cacheLogger.setLevel(null);
    }

    /** Reads every 10 s until the first failed read (or 40 min); returns when and what. */
    private Failure readUntilFailure(Supplier<CompletableFuture<?>> read) {
        for (int step = 1; step <= 240; step++) {
            fx.time.advance(Duration.ofSeconds(10));
            CompletableFuture<?> result = read.get();
            fx.time.runDue();
            if (result.isCompletedExceptionally()) {
                return new Failure(fx.time.elapsed(),
                        (CacheLoadException) Futures.unwrap(result.handle((v, e) -> e).join()));
            }
        }
        return new Failure(fx.time.elapsed(), null);
    }

    private record Failure(Duration at, CacheLoadException error) {
    }

    @Test
    void secret_whenTheCredentialsChainFails_isServedUpToTheMaximumStaleness(MotoServer moto) {
        AtomicBoolean credentialsBroken = new AtomicBoolean();
        AwsCredentialsProvider credentials = () -> {
            if (credentialsBroken.get()) {
                throw SdkClientException.create("Unable to load credentials from any of the providers in the chain");
            }
            return AwsBasicCredentials.create("test", "test");
        };
        fx.createSecret("prod/db", VALUE);
        try (SecretsManagerAsyncClient client = moto.settings().toBuilder().credentialsProvider(credentials)
                        .retryStrategy(AwsRetryStrategy.doNotRetry()).build().client(SecretsManagerAsyncClient.builder());
                SecretCache cache = SecretCache.builder(DirectClients.secrets(client)).policy(SecretsFixture.POLICY)
                        .timeSource(fx.time).scheduler(fx.time).build()) {
            assertThat(cache.sync().getString("prod/db")).isEqualTo(VALUE);
            credentialsBroken.set(true);

            Failure failure = readUntilFailure(() -> cache.get("prod/db"));

            assertThat(failure.at()).isEqualTo(Duration.ofMinutes(30));
            assertThat(failure.error().isStale()).isTrue();
            assertThat(failure.error().kind()).isEqualTo(FailureKind.OUTAGE);
            assertThat(failure.error().getCause()).isInstanceOf(SdkClientException.class)
                    .hasMessageContaining("Unable to load credentials");
            assertThat(warnings()).first().satisfies(line -> assertThat(line).contains("refreshing prod/db failed")
                    .contains("Unable to load credentials").contains("serving the last good value")
                    .doesNotContain(VALUE));
        }
    }

    @Test
    void secret_whenTheServiceFails503_isServedUpToTheMaximumStaleness() {
        try (SecretCache cache = fx.directSecretCache()) {
            warm(cache);
            fx.faults.on("GetSecretValue").always().serverError(503);

            Failure failure = readUntilFailure(() -> cache.get("prod/db"));

            assertThat(failure.at()).isEqualTo(Duration.ofMinutes(30));
            assertThat(failure.error().isStale()).isTrue();
        }
    }

    @Test
    void secret_whenConnectionsFail_isServedUpToTheMaximumStaleness() {
        try (SecretCache cache = fx.directSecretCache()) {
            warm(cache);
            fx.faults.on("GetSecretValue").always().connectionFailure();

            assertThat(readUntilFailure(() -> cache.get("prod/db")).at()).isEqualTo(Duration.ofMinutes(30));
        }
    }

    @Test
    void secret_whenAccessIsDenied_isServedUntilItsHardTtlThenFailsForbidden() {
        try (SecretCache cache = fx.directSecretCache()) {
            warm(cache);
            fx.faults.on("GetSecretValue").always().serviceError(400, "AccessDeniedException");

            Failure failure = readUntilFailure(() -> cache.get("prod/db"));

            assertThat(failure.at()).isEqualTo(Duration.ofMinutes(15));
            assertThat(failure.error().isForbidden()).isTrue();
            assertThat(failure.error().isStale()).isFalse();
            assertThat(warnings()).hasSize(2).last().satisfies(line -> assertThat(line).contains("no longer served"));
        }
    }

    @Test
    void secret_whenDeletedForGood_isServedUntilItsHardTtlThenFailsNotFound() {
        try (SecretCache cache = fx.directSecretCache()) {
            warm(cache);
            fx.secretsAdmin.deleteSecret(b -> b.secretId("prod/db").forceDeleteWithoutRecovery(true));

            Failure failure = readUntilFailure(() -> cache.get("prod/db"));

            assertThat(failure.at()).isEqualTo(Duration.ofMinutes(15));
            assertThat(failure.error().isNotFound()).isTrue();
            assertThat(failure.error().key()).isEqualTo("prod/db");
            assertThat(failure.error().getMessage()).contains("ResourceNotFoundException")
                    .doesNotContain("ResourceNotFoundException ResourceNotFoundException");
        }
    }

    @Test
    void secret_whenScheduledForDeletion_isServedUntilItsHardTtlThenFailsNotFound() {
        try (SecretCache cache = fx.directSecretCache()) {
            warm(cache);
            fx.secretsAdmin.deleteSecret(b -> b.secretId("prod/db").recoveryWindowInDays(7L));

            Failure failure = readUntilFailure(() -> cache.get("prod/db"));

            assertThat(failure.at()).isEqualTo(Duration.ofMinutes(15));
            assertThat(failure.error().isNotFound()).isTrue();
        }
    }

    @Test
    void parameter_whenDeleted_isServedUntilItsHardTtlThenFailsNotFoundWithTheStoreException() {
        fx.ssmAdmin.putParameter(b -> b.name("/app/level").type(ParameterType.STRING).value("debug"));
        try (ParameterCache cache = fx.directParameterCache()) {
            assertThat(cache.sync().get("/app/level")).isEqualTo("debug");
            fx.ssmAdmin.deleteParameter(b -> b.name("/app/level"));

            Failure failure = readUntilFailure(() -> cache.get("/app/level"));

            assertThat(failure.at()).isEqualTo(Duration.ofMinutes(15));
            assertThat(failure.error().isNotFound()).isTrue();
            assertThat(failure.error().getCause()).isInstanceOf(ParameterStoreException.class);
        }
    }

    @Test
    void parameter_whenThrottled_isServedUpToTheMaximumStaleness() {
        fx.ssmAdmin.putParameter(b -> b.name("/app/level").type(ParameterType.STRING).value("debug"));
        try (ParameterCache cache = fx.directParameterCache()) {
            cache.sync().get("/app/level");
            fx.faults.on("GetParameter").always().throttle();

            Failure failure = readUntilFailure(() -> cache.get("/app/level"));

            assertThat(failure.at()).isEqualTo(Duration.ofMinutes(30));
            assertThat(failure.error().isStale()).isTrue();
        }
    }

    @Test
    void get_whenAFirstLoadFails_tellsNotFoundFromBackendFailing() {
        fx.faults.on("GetSecretValue").nthCall(2).serverError(500);
        try (SecretCache cache = fx.directSecretCache()) {
            CacheLoadException missing = (CacheLoadException) org.assertj.core.api.Assertions.catchThrowable(
                    () -> cache.sync().get("missing"));
            fx.createSecret("down", VALUE);
            CacheLoadException failing = (CacheLoadException) org.assertj.core.api.Assertions.catchThrowable(
                    () -> cache.sync().get("down"));

            assertThat(missing.isNotFound()).isTrue();
            assertThat(failing.kind()).isEqualTo(FailureKind.OUTAGE);
            assertThat(failing.isStale()).isFalse();
            assertThat(failing.cacheName()).isEqualTo("secrets");
        }
    }

    private void warm(SecretCache cache) {
        fx.createSecret("prod/db", VALUE);
        SecretValue value = cache.sync().get("prod/db");
        assertThat(value.reveal()).isEqualTo(VALUE);
    }

    private java.util.List<String> warnings() {
        return log.list.stream().filter(e -> e.getLevel() == Level.WARN).map(ILoggingEvent::getFormattedMessage)
                .toList();
    }
}

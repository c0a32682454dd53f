package dev.awskit.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import dev.awskit.testkit.MotoExtension;
import dev.awskit.testkit.MotoServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.ssm.model.ParameterType;

/** Runs every path that logs or throws, with all loggers at DEBUG, and looks for a known secret anywhere. */
@ExtendWith(MotoExtension.class)
class SecretLeakTest {
    private static final String SECRET = "S3cr3t-Value-42";
    private static final String JSON_SECRET = "{\"user\":\"app\",\"password\":\"" + SECRET + "\"}";

    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final List<Level> saved = new ArrayList<>();
    private final List<String> debugLoggers = List.of(org.slf4j.Logger.ROOT_LOGGER_NAME, "dev.awskit",
            "software.amazon.awssdk");
    private final List<Throwable> thrown = new ArrayList<>();

    @BeforeEach
    void captureAtDebug() {
        for (String name : debugLoggers) {
            Logger logger = (Logger) LoggerFactory.getLogger(name);
            saved.add(logger.getLevel());
            logger.setLevel(Level.DEBUG);
        }
        appender.start();
        root.addAppender(appender);
    }

    @AfterEach
    void restore() {
        root.detachAppender(appender);
        for (int i = 0; i < debugLoggers.size(); i++) {
            ((Logger) LoggerFactory.getLogger(debugLoggers.get(i))).setLevel(saved.get(i));
        }
    }

    @Test
    void everyLogLineAndError_neverContainsTheSecretValue(MotoServer moto) {
        try (SecretsFixture fx = new SecretsFixture(moto).fresh();
                SecretCache secrets = fx.directSecretCache();
                ParameterCache parameters = fx.directParameterCache()) {
            fx.createSecret("prod/db", JSON_SECRET);
            fx.createSecret("plain", SECRET);
            fx.ssmAdmin.putParameter(b -> b.name("/app/key").type(ParameterType.SECURE_STRING).value(SECRET));

            secrets.sync().get("prod/db");
            secrets.sync().getField("prod/db", "password");
            attempt(() -> secrets.sync().getField("prod/db", "missing"));
            attempt(() -> secrets.sync().getJson("plain", java.util.Map.class));
            attempt(() -> secrets.sync().withSecret("prod/db", e -> true, secret -> {
                throw new java.sql.SQLInvalidAuthorizationSpecException("denied");
            }));
            secrets.sync().getAll(List.of("prod/db", "plain", "missing"));
            parameters.sync().getSecure("/app/key");
            parameters.sync().getByPath("/app");
            parameters.sync().getAll(List.of("/app/key", "/nope"));

            fx.faults.on("GetSecretValue").always().serverError(503);
            for (int minute = 0; minute < 40; minute++) {
                fx.time.advance(Duration.ofMinutes(1));
                Throwable failure = catchThrowable(() -> secrets.get("prod/db").getNow(null));
                if (failure != null) {
                    thrown.add(failure);
                }
                fx.time.runDue();
            }
            attempt(() -> secrets.sync().get("prod/db"));

            thrown.add(catchThrowable(() -> { throw new IllegalStateException(secrets.sync().toString()); }));
            assertThat(String.valueOf(secrets.getSecret("plain", SecretVersion.current()).handle((v, e) -> v).join()))
                    .doesNotContain(SECRET);
        }

        // Clients shutting down still log from their own threads: stop capturing, then read a snapshot.
        root.detachAppender(appender);
        List<ILoggingEvent> events;
        synchronized (appender) {
            events = new ArrayList<>(appender.list);
        }
        assertThat(events).isNotEmpty();
        assertThat(events.stream().filter(e -> e.getLevel() == Level.DEBUG)).isNotEmpty();
        assertThat(events.stream().filter(e -> e.getLevel() == Level.WARN)).isNotEmpty();
        for (ILoggingEvent event : events) {
            assertThat(event.getFormattedMessage()).doesNotContain(SECRET);
            for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
                assertThat(String.valueOf(t.getMessage())).doesNotContain(SECRET);
            }
        }
        assertThat(thrown).isNotEmpty();
        for (Throwable failure : thrown) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                assertThat(String.valueOf(t)).doesNotContain(SECRET);
                for (Throwable suppressed : t.getSuppressed()) {
                    assertThat(String.valueOf(suppressed)).doesNotContain(SECRET);
                }
            }
        }
    }

    private void attempt(org.assertj.core.api.ThrowableAssert.ThrowingCallable action) {
        Throwable failure = catchThrowable(action);
        assertThat(failure).isNotNull();
        thrown.add(failure);
    }
}

package dev.awskit.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awskit.core.cache.CacheLoadException;
import dev.awskit.core.preload.PreloadItem;
import dev.awskit.core.preload.PreloadSource;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ssm.model.ParameterType;

class PreloaderTest extends MotoSecretsTest {
    /** The Lambda cache extension's config.yaml from the seed, plus awskit's own forms and two missing entries. */
    private static final String CONFIG = """
            ttl: 5m
            secretsManager:
              - region: us-west-2
                names:
                  - secret_info
            secrets:
              - id: prod/db
                ttl: 30m
              - id: missing-secret
            parameters:
              - region: us-west-2
                names:
                  - CacheExtensions_Parameter1
              - name: /aws/reference/secretsmanager/secret_info
              - path: /app/
              - name: /nope/missing
                decrypt: true
            dynamodb:
              - table: DynamoDbTable
                hashkey: pKey
                hashkeyvalue: pKey1
                sortkey: sKey
                sortkeyvalue: sKey1
                region: us-west-2
            """;


    @BeforeEach
    void setUp() {
        fx.createSecret("secret_info", "MySecret");
        fx.createSecret("prod/db", "{\"password\":\"pw\"}");
        fx.ssmAdmin.putParameter(b -> b.name("CacheExtensions_Parameter1").type(ParameterType.STRING).value("MyParameter"));
        fx.ssmAdmin.putParameter(b -> b.name("/app/a/b").type(ParameterType.STRING).value("deep"));
    }

    /** Stands for another module's source (awskit-dynamodb supplies the real one): records what it was given. */
    static class RecordingSource implements PreloadSource {
        final List<PreloadItem> items = new CopyOnWriteArrayList<>();

        @Override
        public String section() {
            return "dynamodb";
        }

        @Override
        public void check(PreloadItem item) {
            item.text("table");
        }

        @Override
        public CompletableFuture<?> preload(PreloadItem item) {
            items.add(item);
            return CompletableFuture.completedFuture(null);
        }
    }

    @Test
    void into_loadsEveryEntryAndItemAndReportsFailuresWithoutStoppingOthers() {
        PreloadConfig config = PreloadConfig.fromYaml(CONFIG);
        RecordingSource items = new RecordingSource();
        try (SecretCache secrets = SecretCache.builder(DirectClients.secrets(fx.secretsClient)).policy(SecretsFixture.POLICY)
                        .timeSource(fx.time).scheduler(fx.time).build();
                ParameterCache parameters = ParameterCache.builder(DirectClients.ssm(fx.ssmClient))
                        .policy(SecretsFixture.POLICY).timeSource(fx.time).scheduler(fx.time).build()) {
            PreloadReport report = Preloader.from(config).source(items).sync().into(secrets, parameters);

            assertThat(report.failures().keySet())
                    .containsExactlyInAnyOrder("secret missing-secret", "parameter /nope/missing");
            assertThat(report.failures().get("parameter /nope/missing")).isInstanceOf(CacheLoadException.class)
                    .satisfies(e -> assertThat(((CacheLoadException) e).isNotFound()).isTrue());
            assertThat(report.loaded()).hasSize(6).contains("dynamodb[0]");
            assertThat(items.items).singleElement().satisfies(item -> {
                assertThat(item.text("table")).isEqualTo("DynamoDbTable");
                assertThat(item.fields()).containsEntry("hashkeyvalue", "pKey1").containsEntry("sortkey", "sKey");
                assertThat(item.ttl()).isEqualTo(Duration.ofMinutes(5));
            });
            assertThat(fx.faults.calls("BatchGetSecretValue")).isEqualTo(1);
            assertThat(fx.faults.calls("GetParameters")).isEqualTo(1);

            fx.faults.reset();
            assertThat(secrets.sync().getString("secret_info")).isEqualTo("MySecret");
            assertThat(secrets.sync().getField("prod/db", "password").reveal()).isEqualTo("pw");
            assertThat(parameters.sync().getSecure("/aws/reference/secretsmanager/secret_info").reveal()).isEqualTo("MySecret");
            assertThat(parameters.sync().get("CacheExtensions_Parameter1")).isEqualTo("MyParameter");
            assertThat(parameters.sync().getByPath("/app/")).containsOnlyKeys("/app/a/b");
            assertThat(fx.faults.calls()).isEmpty();

            // The file's TTLs: secret_info refreshes after 5 minutes, prod/db only after 30.
            fx.time.advance(Duration.ofMinutes(6));
            secrets.get("secret_info");
            secrets.get("prod/db");
            fx.time.runDue();
            assertThat(fx.faults.calls("GetSecretValue")).isEqualTo(1);
        }
    }

    @Test
    void into_withoutTheCacheOrSourceAnEntryNeeds_reportsEachOneNamingWhatIsMissing() {
        PreloadConfig config = PreloadConfig.fromJson(
                "{\"secrets\":[\"secret_info\"],\"dynamodb\":[{\"table\":\"T\",\"key\":{\"id\":7}}]}");
        try (ParameterCache parameters = fx.directParameterCache()) {
            PreloadReport report = Preloader.from(config).sync().into(parameters);

            assertThat(report.loaded()).isEmpty();
            assertThat(report.failures()).containsOnlyKeys("secret secret_info", "dynamodb[0]");
            assertThat(report.failures().get("secret secret_info")).hasMessageContaining("no SecretCache");
            assertThat(report.failures().get("dynamodb[0]")).isInstanceOf(AwsKitSecretsException.class)
                    .hasMessageContaining("no PreloadSource is registered for section 'dynamodb'");
            assertThat(fx.faults.calls()).isEmpty();
        }
    }

    @Test
    void into_whenASourceRejectsItsItem_throwsBeforeAnyCall() {
        PreloadConfig config = PreloadConfig.fromYaml("secrets:\n  - id: secret_info\ndynamodb:\n  - key: {id: 1}\n");
        try (SecretCache secrets = fx.directSecretCache()) {
            assertThatThrownBy(() -> Preloader.from(config).source(new RecordingSource()).into(secrets))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dynamodb[0]")
                    .hasMessageContaining("table");
            assertThat(fx.faults.calls()).isEmpty();
        }
    }

    @Test
    void source_forASectionReadHereOrTwice_isRejected() {
        Preloader preloader = Preloader.from(PreloadConfig.fromYaml("ttl: 5m\n")).source(new RecordingSource());
        PreloadSource secrets = new RecordingSource() {
            @Override
            public String section() {
                return "secrets";
            }
        };

        assertThatThrownBy(() -> preloader.source(new RecordingSource())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'dynamodb'");
        assertThatThrownBy(() -> preloader.source(secrets)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'secrets'");
    }
}

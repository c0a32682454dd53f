package dev.awskit.secrets;

import static org.assertj.core.api.Assertions.assertThat;

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

    @Test
    void preload_loadsEveryEntryAndReportsFailuresWithoutStoppingOthers() {
        PreloadConfig config = PreloadConfig.fromYaml(CONFIG);
        List<PreloadEntry> items = new CopyOnWriteArrayList<>();
        try (SecretCache secrets = config.configure(SecretCache.builder()
                        .client(DirectClients.secrets(fx.secretsClient)).timeSource(fx.time).scheduler(fx.time),
                        SecretsFixture.POLICY).build();
                ParameterCache parameters = config.configure(ParameterCache.builder()
                        .client(DirectClients.ssm(fx.ssmClient)).timeSource(fx.time).scheduler(fx.time),
                        SecretsFixture.POLICY).build()) {
            PreloadReport report = Preloader.builder().secrets(secrets).parameters(parameters)
                    .items(item -> {
                        items.add(item);
                        return CompletableFuture.completedFuture(null);
                    }).build().preload(config).join();

            assertThat(report.failures().keySet()).extracting(PreloadEntry::toString)
                    .containsExactlyInAnyOrder("secret missing-secret", "parameter /nope/missing");
            assertThat(report.loaded()).hasSize(6);
            assertThat(items).singleElement().satisfies(item -> {
                assertThat(item.name()).isEqualTo("DynamoDbTable");
                assertThat(item.key()).containsEntry("pKey", "pKey1").containsEntry("sKey", "sKey1");
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
    void preload_withoutTheCachesItNeeds_reportsEachEntry() {
        PreloadConfig config = PreloadConfig.fromJson("{\"secrets\":[\"secret_info\"],\"dynamodb\":[{\"table\":\"T\",\"key\":{\"id\":7}}]}");
        PreloadReport report = Preloader.builder().build().preload(config).join();
        assertThat(report.loaded()).isEmpty();
        assertThat(report.failures()).hasSize(2);
        assertThat(report.failures().values()).allSatisfy(e -> assertThat(e).hasMessageContaining("no "));
    }
}

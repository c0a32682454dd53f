package dev.awskit.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awskit.core.cache.CachePolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreloadConfigTest {

    @Test
    void fromYaml_readsEveryKindWithTtls() {
        PreloadConfig config = PreloadConfig.fromYaml("""
                ttl: 1h30m
                secrets:
                  - id: prod/db
                    stage: AWSPENDING
                    ttl: 30s
                parameters:
                  - name: /p
                  - name: /aws/reference/secretsmanager/x
                  - path: /app/
                    ttl: PT2M
                dynamodb:
                  - table: T
                    key: {id: 7, sort: a}
                """);

        assertThat(config.ttl()).isEqualTo(Duration.ofMinutes(90));
        assertThat(config.entries()).extracting(PreloadEntry::toString).containsExactly(
                "secret prod/db (AWSPENDING)", "parameter /p", "parameter /aws/reference/secretsmanager/x",
                "parameter path /app/");
        assertThat(config.items()).singleElement().satisfies(item -> {
            assertThat(item.toString()).isEqualTo("dynamodb[0]");
            assertThat(item.text("table")).isEqualTo("T");
            assertThat(item.map("key")).containsEntry("id", 7).containsEntry("sort", "a");
            assertThat(item.ttl()).isNull();
            assertThat(config.withDefaultTtl(item).ttl()).isEqualTo(Duration.ofMinutes(90));
        });
        assertThat(config.entries().get(0).ttl()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.entries().get(1).decrypt()).isFalse();
        assertThat(config.entries().get(2).decrypt()).isTrue();
        assertThat(config.ttlOf(config.entries().get(1))).isEqualTo(Duration.ofMinutes(90));
        assertThat(config.entries().get(3).ttl()).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void read_jsonFile_isParsedAsJson(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("preload.json");
        Files.writeString(file, "{\"parameters\":[{\"names\":[\"a\",\"b\"]}]}");
        assertThat(PreloadConfig.read(file).entries()).hasSize(2);
    }

    @Test
    void fromYaml_otherSection_keepsItsItemsForTheirSource() {
        PreloadConfig config = PreloadConfig.fromYaml("""
                items:
                  - table: T
                    ttl: 30s
                    tags: [a, b]
                    enabled: true
                """);

        assertThat(config.entries()).isEmpty();
        assertThat(config.items()).singleElement().satisfies(item -> {
            assertThat(item.section()).isEqualTo("items");
            assertThat(item.ttl()).isEqualTo(Duration.ofSeconds(30));
            assertThat(item.fields()).containsEntry("tags", java.util.List.of("a", "b")).containsEntry("enabled", true)
                    .doesNotContainKey("ttl");
        });
    }

    @Test
    void fromYaml_otherSectionWhoseItemIsNotAMapping_isRejectedNamingThePlace() {
        assertThatThrownBy(() -> PreloadConfig.fromYaml("secret:\n  - a\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("secret[0]")
                .hasMessageContaining("'secret'");
    }

    @Test
    void fromYaml_badTtl_namesTheEntry() {
        assertThatThrownBy(() -> PreloadConfig.fromYaml("secrets:\n  - id: a\n    ttl: soon\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("secrets[0].ttl")
                .hasMessageContaining("soon");
    }

    @Test
    void policy_makesTheTtlTheSoftTtlAndKeepsTheOrderValid() {
        CachePolicy policy = PreloadConfig.policy(CachePolicy.defaults(), Duration.ofHours(2));
        assertThat(policy.softTtl()).isEqualTo(Duration.ofHours(2));
        assertThat(policy.hardTtl()).isEqualTo(Duration.ofHours(6));
        assertThat(policy.maxStaleness()).isEqualTo(Duration.ofHours(6));
    }
}

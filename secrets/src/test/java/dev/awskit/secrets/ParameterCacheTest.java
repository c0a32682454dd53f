package dev.awskit.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.awskit.core.cache.BatchResult;
import dev.awskit.core.cache.CacheLoadException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ssm.model.ParameterNotFoundException;
import software.amazon.awssdk.services.ssm.model.ParameterType;

class ParameterCacheTest extends MotoSecretsTest {
    record FeatureFlags(boolean checkout, int limit) {
    }

    private ParameterCache cache;

    @BeforeEach
    void setUp() {
        cache = fx.directParameterCache();
    }

    @AfterEach
    void tearDown() {
        cache.close();
    }

    private void put(String name, ParameterType type, String value) {
        fx.ssmAdmin.putParameter(b -> b.name(name).type(type).value(value).overwrite(true));
    }

    @Test
    void get_stringParameter_isCachedAfterOneCall() {
        put("CacheExtensions_Parameter1", ParameterType.STRING, "MyParameter");

        assertThat(cache.sync().get("CacheExtensions_Parameter1")).isEqualTo("MyParameter");
        assertThat(cache.sync().get("CacheExtensions_Parameter1")).isEqualTo("MyParameter");
        assertThat(fx.faults.calls("GetParameter")).isEqualTo(1);
    }

    @Test
    void getList_stringList_splitsItems() {
        put("/app/hosts", ParameterType.STRING_LIST, "a.example,b.example,c.example");
        assertThat(cache.sync().getList("/app/hosts")).containsExactly("a.example", "b.example", "c.example");
    }

    @Test
    void getSecure_secureString_isDecryptedAndNeverSharesTheEncryptedEntry() {
        put("/app/api-key", ParameterType.SECURE_STRING, "k-123-secret");

        String raw = cache.sync().get("/app/api-key");
        String decrypted = cache.sync().getSecure("/app/api-key").reveal();
        String rawAgain = cache.sync().get("/app/api-key");

        assertThat(decrypted).isEqualTo("k-123-secret");
        assertThat(raw).isNotEqualTo("k-123-secret").isEqualTo(rawAgain);
        assertThat(fx.faults.calls("GetParameter")).isEqualTo(2);
        assertThat(cache.sync().getParameter("/app/api-key", true).toString()).doesNotContain("k-123");
    }

    @Test
    void getJson_typedAndAsString_neverShareEntries() {
        put("/app/flags", ParameterType.STRING, "{\"checkout\":true,\"limit\":5}");

        FeatureFlags flags = cache.sync().getJson("/app/flags", FeatureFlags.class);
        Map<?, ?> map = cache.sync().getJson("/app/flags", Map.class);
        String text = cache.sync().get("/app/flags");

        assertThat(flags).isEqualTo(new FeatureFlags(true, 5));
        assertThat(map.get("limit")).isEqualTo(5);
        assertThat(text).startsWith("{");
        assertThat(cache.sync().getJson("/app/flags", FeatureFlags.class)).isSameAs(flags);
    }

    @Test
    void get_withVersionAndLabelSelectors_readsThoseVersions() {
        put("/app/level", ParameterType.STRING, "debug");
        put("/app/level", ParameterType.STRING, "info");
        fx.ssmAdmin.labelParameterVersion(b -> b.name("/app/level").parameterVersion(1L).labels("stable"));

        assertThat(cache.sync().get("/app/level")).isEqualTo("info");
        assertThat(cache.sync().get("/app/level:1")).isEqualTo("debug");
        assertThat(cache.sync().get("/app/level:stable")).isEqualTo("debug");
        assertThat(cache.sync().getParameter("/app/level:2", false).version()).isEqualTo(2);
    }

    @Test
    void getByPath_readsRecursivelyAsOneEntry() {
        put("/app/db/host", ParameterType.STRING, "db.internal");
        put("/app/db/password", ParameterType.SECURE_STRING, "pw-secret");
        put("/app/name", ParameterType.STRING, "orders");
        put("/other/x", ParameterType.STRING, "no");

        Map<String, Parameter> all = cache.sync().getByPath("/app");
        cache.sync().getByPath("/app");

        assertThat(all).containsOnlyKeys("/app/db/host", "/app/db/password", "/app/name");
        assertThat(all.get("/app/db/password").value()).isEqualTo("pw-secret");
        assertThat(all.toString()).doesNotContain("pw-secret").doesNotContain("db.internal");
        assertThat(fx.faults.calls("GetParametersByPath")).isEqualTo(1);
    }

    @Test
    void getAll_reportsInvalidNamesAndBatchesByTen() {
        List<String> names = IntStream.range(0, 12).mapToObj(i -> "/batch/p" + i).toList();
        names.forEach(name -> put(name, ParameterType.STRING, "v" + name));

        BatchResult<String, Parameter> result = cache.sync().getAll(
                java.util.stream.Stream.concat(names.stream(), java.util.stream.Stream.of("/batch/missing")).toList());

        assertThat(result.values()).hasSize(12);
        assertThat(result.values().get("/batch/p3").value()).isEqualTo("v/batch/p3");
        assertThat(result.failures()).containsOnlyKeys("/batch/missing");
        assertThat(result.failures().get("/batch/missing")).isInstanceOf(CacheLoadException.class)
                .cause().isInstanceOf(ParameterStoreException.class).hasCauseInstanceOf(ParameterNotFoundException.class);
        assertThat(fx.faults.calls("GetParameters")).isEqualTo(2);
    }

    @Test
    void getSecure_secretsManagerReference_readsTheSecret() {
        fx.createSecret("secret_info", "MySecret");
        assertThat(cache.sync().getSecure("/aws/reference/secretsmanager/secret_info").reveal()).isEqualTo("MySecret");
    }

    @Test
    void get_secretsManagerReferenceWithoutDecryption_failsBeforeAnyCall() {
        assertThatThrownBy(() -> cache.get("/aws/reference/secretsmanager/secret_info"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("getSecure");
        assertThat(fx.faults.calls()).isEmpty();
    }

    @Test
    void get_missingParameter_failsWithTheUncachedReadsExceptionAsCause() {
        Throwable uncached = catchThrowable(() -> ParameterStore.create(fx.ssmClient).sync().get("/nope"));

        assertThatThrownBy(() -> cache.sync().get("/nope")).isInstanceOf(CacheLoadException.class)
                .satisfies(e -> {
                    CacheLoadException failure = (CacheLoadException) e;
                    assertThat(failure.isNotFound()).isTrue();
                    assertThat(failure.key()).isEqualTo("/nope");
                    assertThat(failure.cacheName()).isEqualTo("parameters");
                    assertThat(failure.getCause()).isInstanceOf(ParameterStoreException.class)
                            .hasSameClassAs(uncached).hasMessage(uncached.getMessage());
                    assertThat(failure.getCause().getCause()).hasSameClassAs(uncached.getCause());
                });
    }

    @Test
    void get_missingVersionOrLabel_failsNotFoundNamingTheSelector() {
        put("/app/level", ParameterType.STRING, "debug");

        for (String name : List.of("/app/level:7", "/app/level:nolabel")) {
            assertThatThrownBy(() -> cache.sync().get(name)).isInstanceOf(CacheLoadException.class)
                    .satisfies(e -> assertThat(((CacheLoadException) e).isNotFound()).isTrue())
                    .satisfies(e -> assertThat(((CacheLoadException) e).key()).isEqualTo(name));
        }
    }

    @Test
    void get_afterSoftTtl_servesOldValueAndRefreshesOnce() {
        put("/app/level", ParameterType.STRING, "debug");
        cache.sync().get("/app/level");
        put("/app/level", ParameterType.STRING, "info");
        fx.time.advance(Duration.ofMinutes(6));

        assertThat(cache.get("/app/level").getNow(null)).isEqualTo("debug");
        fx.time.runDue();
        assertThat(cache.sync().get("/app/level")).isEqualTo("info");
        assertThat(fx.faults.calls("GetParameter")).isEqualTo(2);
    }

    @Test
    void get_malformedName_isRejected() {
        assertThatThrownBy(() -> cache.get("/app/level:")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("/app/level:");
        assertThatThrownBy(() -> cache.getByPath("app")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'app'");
    }
}

package dev.awskit.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awskit.core.cache.CacheLoadException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ssm.model.ParameterType;

/** Handles read like the caches, against moto, in virtual time; API calls counted. */
class HandleTest extends MotoSecretsTest {
    private static final String DB_SECRET = "{\"username\":\"app\",\"password\":\"hunter2\"}";

    record Db(String username, String password) {
    }

    @Test
    void secretHandle_readsOnceThenFromTheEntry_andSharesTheEntryWithGet() {
        fx.createSecret("prod/db", DB_SECRET);
        try (SecretCache cache = fx.directSecretCache()) {
            SecretHandleSync handle = cache.handle("prod/db").sync();
            assertThat(fx.faults.calls()).isEmpty();

            assertThat(handle.get().reveal()).isEqualTo(DB_SECRET);
            assertThat(handle.getField("password").reveal()).isEqualTo("hunter2");
            assertThat(handle.getJson(Db.class)).isEqualTo(new Db("app", "hunter2"));
            assertThat(handle.getSecret().name()).isEqualTo("prod/db");
            for (int i = 0; i < 100; i++) {
                handle.get();
            }
            assertThat(cache.sync().get("prod/db")).isSameAs(handle.get());
            assertThat(fx.faults.calls("GetSecretValue")).isEqualTo(1);
            assertThat(handle.toString()).contains("prod/db").doesNotContain("hunter2");
        }
    }

    @Test
    void secretHandle_afterSoftTtl_servesTheOldValueAtOnceAndRefreshesOnce() {
        fx.createSecret("prod/db", "v1");
        try (SecretCache cache = fx.directSecretCache()) {
            SecretHandle handle = cache.handle("prod/db");
            assertThat(handle.sync().get().reveal()).isEqualTo("v1");
            fx.secretsAdmin.putSecretValue(b -> b.secretId("prod/db").secretString("v2"));
            fx.time.advance(Duration.ofMinutes(6));

            assertThat(handle.get().getNow(null).reveal()).isEqualTo("v1");
            assertThat(handle.sync().get().reveal()).isEqualTo("v1");
            fx.time.runDue();

            assertThat(handle.sync().get().reveal()).isEqualTo("v2");
            assertThat(fx.faults.calls("GetSecretValue")).isEqualTo(2);
        }
    }

    @Test
    void secretHandle_afterInvalidate_readsTheSecretAgain() {
        fx.createSecret("prod/db", "v1");
        try (SecretCache cache = fx.directSecretCache()) {
            SecretHandleSync handle = cache.sync().handle("prod/db");
            handle.get();
            fx.secretsAdmin.putSecretValue(b -> b.secretId("prod/db").secretString("v2"));

            cache.invalidate("prod/db");

            assertThat(handle.get().reveal()).isEqualTo("v2");
            assertThat(fx.faults.calls("GetSecretValue")).isEqualTo(2);
        }
    }

    @Test
    void secretHandle_ofAPendingVersion_readsThatVersion() {
        fx.createSecret("prod/db", "current");
        fx.secretsAdmin.putSecretValue(b -> b.secretId("prod/db").secretString("pending").versionStages("AWSPENDING"));
        try (SecretCache cache = fx.directSecretCache()) {
            SecretHandle pending = cache.handle("prod/db", SecretVersion.pending());

            assertThat(pending.sync().get().reveal()).isEqualTo("pending");
            assertThat(pending.sync().refreshNow().reveal()).isEqualTo("pending");
            assertThat(pending.version()).isEqualTo(SecretVersion.pending());
        }
    }

    @Test
    void secretHandle_ofAMissingSecret_failsNotFoundOnRead() {
        try (SecretCache cache = fx.directSecretCache()) {
            SecretHandleSync handle = cache.handle("missing").sync();

            assertThatThrownBy(handle::get).isInstanceOf(CacheLoadException.class)
                    .satisfies(e -> assertThat(((CacheLoadException) e).isNotFound()).isTrue());
            assertThatThrownBy(() -> cache.handle(" ")).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void parameterHandle_keepsPlainAndDecryptedReadsApartAndReadsEachOnce() {
        fx.ssmAdmin.putParameter(b -> b.name("/app/key").type(ParameterType.SECURE_STRING).value("k-secret"));
        fx.ssmAdmin.putParameter(b -> b.name("/app/hosts").type(ParameterType.STRING_LIST).value("a,b"));
        try (ParameterCache cache = fx.directParameterCache()) {
            ParameterHandleSync key = cache.handle("/app/key").sync();
            ParameterHandleSync hosts = cache.sync().handle("/app/hosts");

            assertThat(key.getSecure().reveal()).isEqualTo("k-secret");
            assertThat(key.get()).isNotEqualTo("k-secret");
            assertThat(hosts.getList()).containsExactly("a", "b");
            assertThat(hosts.get()).isEqualTo("a,b");
            for (int i = 0; i < 100; i++) {
                key.getSecure();
                hosts.get();
            }
            assertThat(fx.faults.calls("GetParameter")).isEqualTo(3);
            assertThat(key.getParameter(true).version()).isEqualTo(1);
        }
    }

    @Test
    void parameterHandle_afterSoftTtl_picksUpTheNewVersionAfterOneRefresh() {
        fx.ssmAdmin.putParameter(b -> b.name("/app/level").type(ParameterType.STRING).value("debug"));
        try (ParameterCache cache = fx.directParameterCache()) {
            ParameterHandle level = cache.handle("/app/level");
            assertThat(level.sync().get()).isEqualTo("debug");
            fx.ssmAdmin.putParameter(b -> b.name("/app/level").type(ParameterType.STRING).value("info").overwrite(true));
            fx.time.advance(Duration.ofMinutes(6));

            assertThat(level.get().getNow(null)).isEqualTo("debug");
            fx.time.runDue();

            assertThat(level.sync().get()).isEqualTo("info");
            assertThat(fx.faults.calls("GetParameter")).isEqualTo(2);
        }
    }

    @Test
    void parameterHandle_ofASecretsManagerReference_rejectsPlainReadsBeforeAnyCall() {
        fx.createSecret("secret_info", "MySecret");
        try (ParameterCache cache = fx.directParameterCache()) {
            ParameterHandle reference = cache.handle("/aws/reference/secretsmanager/secret_info");

            assertThatThrownBy(reference::get).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("getSecure");
            assertThat(fx.faults.calls()).isEmpty();
            assertThat(reference.sync().getSecure().reveal()).isEqualTo("MySecret");
        }
    }
}

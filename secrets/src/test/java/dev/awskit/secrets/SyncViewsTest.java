package dev.awskit.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awskit.core.SecretValue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ssm.model.ParameterType;

/**
 * Each twin of the sync views answers what its async method answers, against moto, and reads through the same cache
 * entries (counted calls): a view is the same cache, not a second one.
 */
class SyncViewsTest extends MotoSecretsTest {
    record Db(String username, String host) {
    }

    @Test
    void secretCacheSync_everyReadMatchesItsAsyncTwin_andSharesItsEntries() {
        String first = fx.createSecret("views/db", "{\"username\":\"app\",\"host\":\"db.local\"}");
        try (SecretCache cache = fx.directSecretCache()) {
            SecretCacheSync sync = cache.sync();
            SecretVersion byId = SecretVersion.id(first);

            assertThat(sync.get("views/db", byId)).isEqualTo(cache.get("views/db", byId).join());
            assertThat(sync.getSecret("views/db").versionId()).isEqualTo(first);
            assertThat(sync.getSecret("views/db", byId).arn()).isEqualTo(cache.getSecret("views/db").join().arn());
            assertThat(sync.getString("views/db")).contains("db.local");
            assertThat(sync.getBytes("views/db")).isEqualTo(cache.getBytes("views/db").join());
            assertThat(sync.getJson("views/db", byId, Db.class)).isEqualTo(new Db("app", "db.local"));
            assertThat(sync.getField("views/db", byId, "host")).isEqualTo(SecretValue.of("db.local"));
            assertThat(fx.faults.calls("GetSecretValue")).as("one load per version: current and by id").isEqualTo(2);

            assertThat(sync.refreshNow("views/db", byId)).isEqualTo(SecretValue.of(
                    "{\"username\":\"app\",\"host\":\"db.local\"}"));
            assertThat(sync.preload(List.of("views/db")).values()).containsOnlyKeys("views/db");
            assertThat(fx.faults.calls("GetSecretValue")).as("refreshNow reads again; preload of a cached id does not")
                    .isEqualTo(3);
        }
    }

    @Test
    void parameterCacheSync_everyReadMatchesItsAsyncTwin_andSharesItsEntries() {
        fx.ssmAdmin.putParameter(r -> r.name("/views/level").value("INFO").type(ParameterType.STRING));
        fx.ssmAdmin.putParameter(r -> r.name("/views/config").value("{\"username\":\"app\",\"host\":\"h\"}")
                .type(ParameterType.STRING));
        try (ParameterCache cache = fx.directParameterCache()) {
            ParameterCacheSync sync = cache.sync();
            ParameterHandleSync config = sync.handle("/views/config");

            assertThat(config.getJson(Db.class)).isEqualTo(new Db("app", "h"));
            assertThat(cache.handle("/views/config").getJson(Db.class).join()).isEqualTo(new Db("app", "h"));
            assertThat(config.refreshNow(false).value()).isEqualTo(cache.sync().get("/views/config"));
            assertThat(sync.refreshNow("/views/level", false).value()).isEqualTo("INFO");
            assertThat(sync.preload(List.of("/views/level")).values()).containsOnlyKeys("/views/level");
            assertThat(cache.handle("/views/level").name()).isEqualTo("/views/level");
            assertThat(config.toString()).contains("/views/config").doesNotContain("username");

            int before = fx.faults.calls("GetParameter");
            cache.invalidate("/views/level");
            assertThat(sync.get("/views/level")).isEqualTo("INFO");
            assertThat(fx.faults.calls("GetParameter")).as("invalidate drops the entry").isEqualTo(before + 1);
            assertThat(cache.stats().loadSuccesses()).isPositive();
        }
    }

    @Test
    void parameterHandle_refreshNow_readsTheNewValueWhileReadersKeepTheCachedOne() {
        fx.ssmAdmin.putParameter(r -> r.name("/views/flag").value("on").type(ParameterType.STRING));
        try (ParameterCache cache = fx.directParameterCache()) {
            ParameterHandle flag = cache.handle("/views/flag");
            assertThat(flag.get().join()).isEqualTo("on");
            fx.ssmAdmin.putParameter(r -> r.name("/views/flag").value("off").type(ParameterType.STRING)
                    .overwrite(true));

            assertThat(flag.get().join()).as("cached until refreshed").isEqualTo("on");
            assertThat(flag.refreshNow(false).join().value()).isEqualTo("off");
            assertThat(flag.sync().get()).isEqualTo("off");
            assertThat(Map.of("v", flag.sync().getParameter(false).version())).containsEntry("v", 2L);
        }
    }
}

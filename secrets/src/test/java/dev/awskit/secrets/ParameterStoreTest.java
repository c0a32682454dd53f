package dev.awskit.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awskit.core.Futures;
import dev.awskit.core.SecretValue;
import dev.awskit.testkit.MotoExtension;
import dev.awskit.testkit.MotoServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.ssm.SsmAsyncClient;
import software.amazon.awssdk.services.ssm.model.ParameterNotFoundException;
import software.amazon.awssdk.services.ssm.model.ParameterType;

/** Parameter Store without a cache, against moto. */
@ExtendWith(MotoExtension.class)
class ParameterStoreTest {
    private SsmAsyncClient ssm;
    private ParameterStore store;

    @BeforeEach
    void connect(MotoServer moto) {
        ssm = moto.client(SsmAsyncClient.builder());
        store = ParameterStore.create(ssm);
    }

    @AfterEach
    void close() {
        ssm.close();
    }

    @Test
    void put_withOverwrite_addsVersions_andGetReadsVersionAndLabelBySelector() {
        Futures.join(store.put("/app/color", "blue", ParameterType.STRING, false));
        long second = Futures.join(store.put("/app/color", "green", ParameterType.STRING, true));
        ssm.labelParameterVersion(r -> r.name("/app/color").parameterVersion(1L).labels("old")).join();

        assertThat(second).isEqualTo(2);
        assertThat(store.sync().get("/app/color").value()).isEqualTo("green");
        assertThat(store.sync().get("/app/color:1").value()).isEqualTo("blue");
        assertThat(store.sync().get("/app/color:1").version()).isEqualTo(1);
        assertThat(store.sync().get("/app/color:old").value()).isEqualTo("blue");
    }

    @Test
    void put_withoutOverwrite_whenExists_failsNamingParameter() {
        Futures.join(store.put("/app/once", "1", ParameterType.STRING, false));

        assertThatThrownBy(() -> Futures.join(store.put("/app/once", "2", ParameterType.STRING, false)))
                .isInstanceOf(ParameterStoreException.class)
                .isInstanceOf(AwsKitSecretsException.class)
                .hasMessageContaining("/app/once")
                .hasMessageContaining("ParameterAlreadyExists")
                .satisfies(e -> assertThat(((ParameterStoreException) e).parameterName()).isEqualTo("/app/once"));
    }

    @Test
    void putSecure_readsDecrypted_andToStringHidesValue() {
        store.sync().putSecure("/app/db/password", SecretValue.of("hunter2"), false);

        Parameter secret = store.sync().get("/app/db/password");

        assertThat(secret.value()).isEqualTo("hunter2");
        assertThat(secret.secretValue()).isEqualTo(SecretValue.of("hunter2"));
        assertThat(secret.isSecure()).isTrue();
        assertThat(secret.toString()).doesNotContain("hunter2");
    }

    @Test
    void putList_readsBackValues() {
        store.sync().putList("/app/hosts", List.of("a", "b"), false);

        assertThat(store.sync().get("/app/hosts").values()).containsExactly("a", "b");
        assertThatThrownBy(() -> store.putList("/app/bad", List.of("a,b"), false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a,b");
    }

    @Test
    void getByPath_recursive_followsEveryPage() {
        for (int i = 0; i < 23; i++) {
            Futures.join(store.put("/svc/" + (i % 2 == 0 ? "a/" : "b/deep/") + "p" + i, "v" + i,
                    ParameterType.STRING, false));
        }
        Futures.join(store.put("/other/x", "no", ParameterType.STRING, false));

        Map<String, Parameter> all = store.sync().getByPath("/svc", true);
        Map<String, Parameter> firstLevel = store.sync().getByPath("/svc/a", false);

        assertThat(all).hasSize(23).doesNotContainKey("/other/x");
        assertThat(all.get("/svc/b/deep/p1").value()).isEqualTo("v1");
        assertThat(firstLevel).hasSize(12);
    }

    @Test
    void sync_roundTrip() {
        ParameterStoreSync sync = store.sync();

        assertThat(sync.put("/sync/a", "1", ParameterType.STRING, false)).isEqualTo(1);
        assertThat(sync.get("/sync/a").value()).isEqualTo("1");
        assertThat(sync.getByPath("/sync", false)).containsOnlyKeys("/sync/a");
        assertThat(sync.delete("/sync/a")).isTrue();
        assertThat(sync.find("/sync/a")).isEmpty();
        assertThat(store.sync()).isSameAs(sync);
    }

    @Test
    void delete_whenExists_returnsTrue_andThenGetFailsNotFound() {
        Futures.join(store.put("/tmp/x", "1", ParameterType.STRING, false));

        assertThat(Futures.join(store.delete("/tmp/x"))).isTrue();
        assertThat(Futures.join(store.delete("/tmp/x"))).isFalse();
        assertThat(Futures.join(store.find("/tmp/x"))).isEmpty();
        assertThatThrownBy(() -> Futures.join(store.get("/tmp/x")))
                .isInstanceOf(ParameterStoreException.class)
                .hasMessage("Parameter Store read of /tmp/x failed: ParameterNotFound")
                .hasCauseInstanceOf(ParameterNotFoundException.class);
    }

    @Test
    void get_whenNameMalformed_failsBeforeAnyCall() {
        assertThatThrownBy(() -> store.get("/app/level:")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'/app/level:'");
        assertThatThrownBy(() -> store.getByPath("app", true)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'app'");
    }
}

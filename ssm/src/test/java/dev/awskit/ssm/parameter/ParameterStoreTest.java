package dev.awskit.ssm.parameter;

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

/** Parameter Store against moto. */
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
    void put_withOverwrite_addsVersions_andGetReadsVersionAndLabel() {
        Futures.join(store.put("/app/color", "blue", ParameterType.STRING, false));
        long second = Futures.join(store.put("/app/color", "green", ParameterType.STRING, true));
        ssm.labelParameterVersion(r -> r.name("/app/color").parameterVersion(1L).labels("old")).join();

        assertThat(second).isEqualTo(2);
        assertThat(Futures.join(store.get("/app/color")).value()).isEqualTo("green");
        assertThat(Futures.join(store.get("/app/color", 1)).value()).isEqualTo("blue");
        assertThat(Futures.join(store.getLabeled("/app/color", "old")).value()).isEqualTo("blue");
    }

    @Test
    void put_withoutOverwrite_whenExists_failsNamingParameter() {
        Futures.join(store.put("/app/once", "1", ParameterType.STRING, false));

        assertThatThrownBy(() -> Futures.join(store.put("/app/once", "2", ParameterType.STRING, false)))
                .isInstanceOf(ParameterStoreException.class)
                .hasMessageContaining("/app/once")
                .hasMessageContaining("ParameterAlreadyExists");
    }

    @Test
    void putSecure_readsDecrypted_andToStringHidesValue() {
        Futures.join(store.putSecure("/app/db/password", SecretValue.of("hunter2"), false));

        StoredParameter secret = Futures.join(store.get("/app/db/password"));

        assertThat(secret.value()).isEqualTo("hunter2");
        assertThat(secret.isSecure()).isTrue();
        assertThat(secret.toString()).doesNotContain("hunter2");
    }

    @Test
    void putList_readsBackValues() {
        Futures.join(store.putList("/app/hosts", List.of("a", "b"), false));

        assertThat(Futures.join(store.get("/app/hosts")).values()).containsExactly("a", "b");
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

        Map<String, String> all = Futures.join(store.getValuesByPath("/svc", true));
        Map<String, StoredParameter> firstLevel = Futures.join(store.getByPath("/svc/a", false));

        assertThat(all).hasSize(23).containsEntry("/svc/b/deep/p1", "v1").doesNotContainKey("/other/x");
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
    }

    @Test
    void delete_whenExists_returnsTrue_andThenGetFailsNotFound() {
        Futures.join(store.put("/tmp/x", "1", ParameterType.STRING, false));

        assertThat(Futures.join(store.delete("/tmp/x"))).isTrue();
        assertThat(Futures.join(store.delete("/tmp/x"))).isFalse();
        assertThat(Futures.join(store.find("/tmp/x"))).isEmpty();
        assertThatThrownBy(() -> Futures.join(store.get("/tmp/x")))
                .isInstanceOf(ParameterStoreException.class)
                .hasCauseInstanceOf(ParameterNotFoundException.class);
    }
}

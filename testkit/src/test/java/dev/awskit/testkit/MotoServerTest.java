package dev.awskit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.awskit.testkit.internal.EmulatorPolicy;
import dev.awskit.testkit.internal.MotoHttp;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;
import software.amazon.awssdk.services.sts.StsClient;

class MotoServerTest {

    @Test
    void shared_calledTwice_returnsSameRunningServer() {
        MotoServer first = MotoServer.shared();

        assertThat(MotoServer.shared()).isSameAs(first);
        assertThat(MotoHttp.answers(first.endpoint())).isTrue();
        assertThat(first.endpoint().getHost()).isEqualTo("127.0.0.1");
    }

    @Test
    void start_ownedServer_answersUntilClosed() {
        assumeTrue(MotoServer.isAvailable(), "moto_server not installed");
        URI endpoint;
        try (MotoServer own = MotoServer.start()) {
            endpoint = own.endpoint();
            assertThat(own.ownsProcess()).isTrue();
            assertThat(own.endpoint()).isNotEqualTo(MotoServer.shared().endpoint());
            try (StsClient sts = own.client(StsClient.builder())) {
                assertThat(sts.getCallerIdentity().account()).isNotBlank();
            }
        }

        assertThat(MotoHttp.answers(endpoint)).isFalse();
    }

    @Test
    void connect_toRunningServer_closeLeavesItRunning() {
        MotoServer shared = MotoServer.shared();

        MotoServer connected = MotoServer.connect(shared.endpoint());
        connected.close();

        assertThat(connected.ownsProcess()).isFalse();
        assertThat(MotoHttp.answers(shared.endpoint())).isTrue();
    }

    @Test
    void connect_whenNothingAnswers_throwsUnavailable() {
        URI nowhere = URI.create("http://127.0.0.1:" + dev.awskit.testkit.internal.FreePort.find());

        assertThatThrownBy(() -> MotoServer.connect(nowhere))
                .isInstanceOf(EmulatorUnavailableException.class)
                .hasMessageContaining(nowhere.toString());
    }

    @Test
    void settings_isEmulatorPresetOnEndpoint() {
        MotoServer moto = MotoServer.shared();

        assertThat(moto.settings().endpointOverride()).isEqualTo(moto.endpoint());
        assertThat(moto.settings().s3PathStyle()).isTrue();
    }

    @Test
    void policy_onCi_failsWithUnavailable() {
        EmulatorPolicy ci = new EmulatorPolicy(Map.of("CI", "true")::get);
        EmulatorUnavailableException missing = new EmulatorUnavailableException("moto_server not found", null);

        assertThat(ci.unavailable(missing)).isSameAs(missing);
    }

    @Test
    void policy_offCi_abortsSoTestIsSkipped() {
        EmulatorPolicy local = new EmulatorPolicy(Map.<String, String>of()::get);

        RuntimeException outcome = local.unavailable(new EmulatorUnavailableException("moto_server not found", null));

        assertThat(outcome).isInstanceOf(TestAbortedException.class).hasMessageContaining("moto_server not found");
    }
}

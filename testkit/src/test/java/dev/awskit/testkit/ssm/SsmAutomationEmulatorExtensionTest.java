package dev.awskit.testkit.ssm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.ssm.SsmAsyncClient;
import software.amazon.awssdk.services.ssm.SsmClient;

/** The extension: one shared emulator, reset before each test, with its endpoint and ready clients injected. */
@ExtendWith(SsmAutomationEmulatorExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SsmAutomationEmulatorExtensionTest {

    @Test
    @Order(1)
    void injects_theEmulatorItsEndpointAndReadyClients(SsmAutomationEmulator emulator, URI endpoint, SsmClient ssm,
            SsmAsyncClient async) {
        emulator.register(Runbook.builder("Injected").build());

        String id = ssm.startAutomationExecution(r -> r.documentName("Injected")).automationExecutionId();

        assertThat(endpoint).isEqualTo(emulator.endpoint());
        assertThat(async.getAutomationExecution(r -> r.automationExecutionId(id)).join()
                .automationExecution().documentName()).isEqualTo("Injected");
        emulator.throttle("GetAutomationExecution", 5);
    }

    @Test
    @Order(2)
    void resetsBeforeEachTest_executionsCountsAndFaults_butKeepsRunbooks(SsmAutomationEmulator emulator, SsmClient ssm) {
        assertThat(emulator.executions()).isEmpty();
        assertThat(emulator.calls()).isEmpty();

        String id = ssm.startAutomationExecution(r -> r.documentName("Injected")).automationExecutionId();

        assertThat(ssm.getAutomationExecution(r -> r.automationExecutionId(id)).automationExecution()).isNotNull();
        assertThat(emulator.calls("GetAutomationExecution")).isEqualTo(1);
    }

    @Test
    @Order(3)
    void equalConfigurations_shareOneEmulatorPerJvm(SsmAutomationEmulator emulator) {
        assertThat(new SsmAutomationEmulatorExtension().emulator()).isSameAs(emulator);
        assertThat(SsmAutomationEmulatorExtension.builder().build().emulator()).isSameAs(emulator);
        assertThat(SsmAutomationEmulatorExtension.builder().maxStepsInGet(3).build().emulator()).isNotSameAs(emulator);
    }

    @Test
    @Order(4)
    void time_onAWallTimeExtension_isRefusedNamingTheOption() {
        assertThatThrownBy(() -> new SsmAutomationEmulatorExtension().time())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("virtualTime()");
    }
}

package dev.awskit.testkit.ssm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awskit.core.time.VirtualTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.AutomationExecution;

/** Virtual time that passes with each call: every poll sees exactly one more minute of the run. */
class AdvanceOnCallTest {
    @RegisterExtension
    static final SsmAutomationEmulatorExtension SSM = SsmAutomationEmulatorExtension.builder().virtualTime().build();

    @Test
    void eachGet_advancesTheEmulatorClockAfterItsAnswer_evenWhenItFails(SsmAutomationEmulator emulator,
            VirtualTime time) {
        emulator.register(Runbook.builder("ThreeMinutes")
                .step(RunbookStep.builder("a").duration(Duration.ofMinutes(1)).build())
                .step(RunbookStep.builder("b").duration(Duration.ofMinutes(1)).build()).build());
        try (SsmClient ssm = SsmEmulatorPreset.settings(emulator.endpoint()).toBuilder()
                .addInterceptor(AdvanceOnCall.after(time, Duration.ofMinutes(1), "GetAutomationExecution"))
                .build().client(SsmClient.builder())) {
            String id = ssm.startAutomationExecution(r -> r.documentName("ThreeMinutes")).automationExecutionId();
            Duration before = time.elapsed();

            List<String> seen = new ArrayList<>();
            for (int poll = 0; poll < 3; poll++) {
                AutomationExecution execution = Contract.get(ssm, id);
                seen.add(execution.currentStepName() + "@" + execution.automationExecutionStatusAsString());
            }
            assertThatThrownBy(() -> Contract.get(ssm, UUID.randomUUID().toString()));
            ssm.describeAutomationExecutions(r -> { });

            assertThat(seen).containsExactly("a@InProgress", "b@InProgress", "null@Success");
            assertThat(time.elapsed().minus(before)).isEqualTo(Duration.ofMinutes(4));
        }
    }

    @Test
    void after_withoutOperations_isRefused() {
        assertThatThrownBy(() -> AdvanceOnCall.after(VirtualTime.create(), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

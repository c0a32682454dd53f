package dev.awskit.testkit.ssm;

import static dev.awskit.testkit.ssm.Contract.start;
import static org.assertj.core.api.Assertions.assertThat;

import dev.awskit.core.time.VirtualTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.AutomationExecutionMetadata;
import software.amazon.awssdk.services.ssm.model.DescribeAutomationExecutionsResponse;

/**
 * Contract: executions run on the emulator's clock whoever polls, on virtual time (a 30-minute runbook in one
 * {@code advance}) and on wall time (a client that polls only {@code DescribeAutomationExecutions}).
 */
class SsmContractClockTest {
    @RegisterExtension
    static final SsmAutomationEmulatorExtension SSM = SsmAutomationEmulatorExtension.builder().virtualTime().build();

    @Test
    void thirtyMinuteRunbook_endsInOneAdvance_withoutAnyGet(SsmAutomationEmulator emulator, SsmClient ssm,
            VirtualTime time) {
        emulator.register(Runbook.builder("Patch")
                .step(RunbookStep.builder("drain").duration(Duration.ofMinutes(10)).build())
                .step(RunbookStep.builder("patch").duration(Duration.ofMinutes(15)).build())
                .step(RunbookStep.builder("verify").duration(Duration.ofMinutes(5)).build()).build());
        Instant startedAt = time.now();
        String id = start(ssm, "Patch");

        time.advance(Duration.ofMinutes(29));
        assertThat(emulator.execution(id).orElseThrow().status()).isEqualTo("InProgress");
        time.advance(Duration.ofMinutes(1));

        AutomationExecutionMetadata done = only(ssm.describeAutomationExecutions(r -> { }));
        assertThat(done.automationExecutionStatusAsString()).isEqualTo("Success");
        assertThat(Duration.between(done.executionStartTime(), done.executionEndTime())).isEqualTo(Duration.ofMinutes(30));
        assertThat(done.executionStartTime()).isEqualTo(startedAt);
        assertThat(emulator.calls("GetAutomationExecution")).isZero();
    }

    @Test
    void stepAction_runsWhenItsStepEnds_withNoClientPolling(SsmAutomationEmulator emulator, SsmClient ssm,
            VirtualTime time) {
        List<String> started = new java.util.concurrent.CopyOnWriteArrayList<>();
        emulator.register(Runbook.builder("Start").requiredParameters("InstanceId")
                .step(RunbookStep.builder("start").duration(Duration.ofMinutes(2)).onComplete(p -> {
                    started.addAll(p.get("InstanceId"));
                    return java.util.Map.of();
                }).build()).build());
        start(ssm, "Start", java.util.Map.of("InstanceId", List.of("i-1")));

        time.advance(Duration.ofMinutes(2));

        assertThat(started).containsExactly("i-1");
        assertThat(emulator.calls()).containsOnlyKeys("StartAutomationExecution");
    }

    @Test
    void wallTime_aClientPollingOnlyDescribeExecutionsSeesTheEnd() {
        try (SsmAutomationEmulator emulator = SsmAutomationEmulator.start();
                SsmClient ssm = SsmEmulatorPreset.settings(emulator.endpoint()).client(SsmClient.builder())) {
            emulator.register(Runbook.builder("Quick")
                    .step(RunbookStep.builder("a").duration(Duration.ofMillis(50)).build()).build());
            String id = start(ssm, "Quick");

            AutomationExecutionMetadata done = Contract.describeUntilEnded(ssm, id);

            assertThat(done.automationExecutionStatusAsString()).isEqualTo("Success");
            assertThat(emulator.calls("GetAutomationExecution")).isZero();
        }
    }

    private static AutomationExecutionMetadata only(DescribeAutomationExecutionsResponse response) {
        assertThat(response.automationExecutionMetadataList()).hasSize(1);
        return response.automationExecutionMetadataList().get(0);
    }
}

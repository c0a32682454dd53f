package dev.awskit.testkit.ssm;

import static dev.awskit.testkit.ssm.Contract.assertError;
import static dev.awskit.testkit.ssm.Contract.get;
import static dev.awskit.testkit.ssm.Contract.start;
import static dev.awskit.testkit.ssm.Contract.status;
import static org.assertj.core.api.Assertions.assertThat;

import dev.awskit.core.time.VirtualTime;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.AutomationStepNotFoundException;
import software.amazon.awssdk.services.ssm.model.ExecutionMode;
import software.amazon.awssdk.services.ssm.model.InvalidAutomationSignalException;
import software.amazon.awssdk.services.ssm.model.SignalType;
import software.amazon.awssdk.services.ssm.model.StepExecution;
import software.amazon.awssdk.services.ssm.model.ValidationException;

/** Contract: every {@code SendAutomationSignal} type, and interactive mode. */
class SsmContractSignalTest {
    @RegisterExtension
    static final SsmAutomationEmulatorExtension SSM = SsmAutomationEmulatorExtension.builder().virtualTime().build();

    @BeforeAll
    static void runbooks() {
        SSM.emulator().register(Runbook.builder("Gate")
                .step(RunbookStep.builder("approve").waitsForApproval().build())
                .step(RunbookStep.builder("apply").duration(Duration.ofMinutes(5)).build()).build());
        SSM.emulator().register(Runbook.builder("Hold")
                .step(RunbookStep.builder("hold").pauses().build())
                .step(RunbookStep.builder("after").build()).build());
        SSM.emulator().register(Runbook.builder("Steps")
                .step(RunbookStep.builder("one").duration(Duration.ofMinutes(1)).build())
                .step(RunbookStep.builder("two").duration(Duration.ofMinutes(1)).build()).build());
    }

    @Test
    void approve_whenApprovalWaits_succeedsTheStepAndTheRunContinues(SsmClient ssm, VirtualTime time) {
        String id = start(ssm, "Gate");
        assertThat(status(ssm, id)).isEqualTo("Waiting");

        signal(ssm, id, SignalType.APPROVE, Map.of("Comment", List.of("looks good")));
        assertThat(status(ssm, id)).isEqualTo("InProgress");
        time.advance(Duration.ofMinutes(5));

        assertThat(status(ssm, id)).isEqualTo("Success");
    }

    @Test
    void reject_whenApprovalWaits_failsTheStepAndTheExecution(SsmClient ssm) {
        String id = start(ssm, "Gate");

        signal(ssm, id, SignalType.REJECT, Map.of());

        assertThat(status(ssm, id)).isEqualTo("Failed");
        assertThat(get(ssm, id).stepExecutions().get(0).failureMessage()).contains("rejected");
    }

    @Test
    void approve_whenNoApprovalWaits_answersInvalidSignal(SsmClient ssm) {
        String id = start(ssm, "Steps");

        assertError(() -> signal(ssm, id, SignalType.APPROVE, Map.of()), InvalidAutomationSignalException.class,
                "InvalidAutomationSignalException");
    }

    @ParameterizedTest
    @EnumSource(value = SignalType.class, names = "UNKNOWN_TO_SDK_VERSION", mode = EnumSource.Mode.EXCLUDE)
    void anySignal_whenTheExecutionFinished_answersInvalidSignal(SignalType type, SsmClient ssm, VirtualTime time) {
        String id = start(ssm, "Steps");
        time.advance(Duration.ofMinutes(2));
        assertThat(status(ssm, id)).isEqualTo("Success");

        assertError(() -> signal(ssm, id, type, Map.of("StepName", List.of("one"))),
                InvalidAutomationSignalException.class, "InvalidAutomationSignalException");
    }

    @Test
    void revoke_afterAnApproval_cancelsTheExecution(SsmClient ssm, VirtualTime time) {
        String id = start(ssm, "Gate");
        signal(ssm, id, SignalType.APPROVE, Map.of());

        signal(ssm, id, SignalType.REVOKE, Map.of());
        time.runDue();

        assertThat(status(ssm, id)).isEqualTo("Cancelled");
    }

    @Test
    void revoke_beforeAnyApproval_answersInvalidSignal(SsmClient ssm) {
        String id = start(ssm, "Gate");

        assertError(() -> signal(ssm, id, SignalType.REVOKE, Map.of()), InvalidAutomationSignalException.class,
                "InvalidAutomationSignalException");
    }

    @Test
    void resume_namingThePausedStep_continuesTheRun(SsmClient ssm, VirtualTime time) {
        String id = start(ssm, "Hold");
        time.advance(Duration.ofHours(1));
        assertThat(status(ssm, id)).isEqualTo("Waiting");

        signal(ssm, id, SignalType.RESUME, Map.of("StepName", List.of("hold")));
        time.runDue();

        assertThat(status(ssm, id)).isEqualTo("Success");
    }

    @Test
    void resume_withoutStepNameOrWithAnUnknownStep_answersTheModeledErrors(SsmClient ssm) {
        String id = start(ssm, "Hold");

        assertError(() -> signal(ssm, id, SignalType.RESUME, Map.of()), InvalidAutomationSignalException.class,
                "InvalidAutomationSignalException");
        assertError(() -> signal(ssm, id, SignalType.RESUME, Map.of("StepName", List.of("nope"))),
                AutomationStepNotFoundException.class, "AutomationStepNotFoundException");
    }

    @Test
    void interactive_eachStepWaitsForStartStepOrResume(SsmClient ssm, VirtualTime time) {
        String id = ssm.startAutomationExecution(r -> r.documentName("Steps").mode(ExecutionMode.INTERACTIVE))
                .automationExecutionId();
        time.advance(Duration.ofHours(1));
        assertThat(status(ssm, id)).isEqualTo("Waiting");
        assertThat(get(ssm, id).stepExecutions()).isEmpty();

        signal(ssm, id, SignalType.START_STEP, Map.of("StepName", List.of("one")));
        assertThat(status(ssm, id)).isEqualTo("InProgress");
        time.advance(Duration.ofMinutes(1));
        assertThat(status(ssm, id)).isEqualTo("Waiting");
        signal(ssm, id, SignalType.RESUME, Map.of("StepName", List.of("two")));
        time.advance(Duration.ofMinutes(1));

        assertThat(status(ssm, id)).isEqualTo("Success");
        assertThat(get(ssm, id).mode().toString()).isEqualTo("Interactive");
    }

    @Test
    void startStep_forAStepThatIsNotNextOrInAutoMode_answersInvalidSignal(SsmClient ssm) {
        String interactive = ssm.startAutomationExecution(r -> r.documentName("Steps").mode(ExecutionMode.INTERACTIVE))
                .automationExecutionId();
        String auto = start(ssm, "Steps");

        assertError(() -> signal(ssm, interactive, SignalType.START_STEP, Map.of("StepName", List.of("two"))),
                InvalidAutomationSignalException.class, "InvalidAutomationSignalException");
        assertError(() -> signal(ssm, auto, SignalType.START_STEP, Map.of("StepName", List.of("two"))),
                InvalidAutomationSignalException.class, "InvalidAutomationSignalException");
    }

    @Test
    void stopStep_onTheRunningStep_cancelsItAndTheExecution(SsmClient ssm) {
        String id = start(ssm, "Steps");
        StepExecution running = get(ssm, id).stepExecutions().get(0);

        signal(ssm, id, SignalType.STOP_STEP, Map.of("StepExecutionId", List.of(running.stepExecutionId())));

        assertThat(get(ssm, id).stepExecutions().get(0).stepStatusAsString()).isEqualTo("Cancelled");
        assertThat(status(ssm, id)).isEqualTo("Cancelled");
    }

    @Test
    void stopStep_withAnUnknownStepExecutionId_answersStepNotFound(SsmClient ssm) {
        String id = start(ssm, "Steps");

        assertError(() -> signal(ssm, id, SignalType.STOP_STEP, Map.of("StepExecutionId", List.of("nope"))),
                AutomationStepNotFoundException.class, "AutomationStepNotFoundException");
    }

    @Test
    void signal_whenTypeNotInTheEnum_answersValidationException(SsmClient ssm) {
        String id = start(ssm, "Gate");

        assertError(() -> ssm.sendAutomationSignal(r -> r.automationExecutionId(id).signalType("Nudge")),
                ValidationException.class, "ValidationException");
    }

    private static void signal(SsmClient ssm, String id, SignalType type, Map<String, List<String>> payload) {
        ssm.sendAutomationSignal(r -> {
            r.automationExecutionId(id).signalType(type);
            if (!payload.isEmpty()) {
                r.payload(payload);
            }
        });
    }
}

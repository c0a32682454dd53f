package dev.awskit.testkit.ssm;

import static dev.awskit.testkit.ssm.Contract.assertError;
import static dev.awskit.testkit.ssm.Contract.get;
import static dev.awskit.testkit.ssm.Contract.start;
import static dev.awskit.testkit.ssm.Contract.status;
import static org.assertj.core.api.Assertions.assertThat;

import dev.awskit.core.time.VirtualTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.AutomationExecution;
import software.amazon.awssdk.services.ssm.model.InvalidAutomationStatusUpdateException;
import software.amazon.awssdk.services.ssm.model.StepExecution;
import software.amazon.awssdk.services.ssm.model.StopType;
import software.amazon.awssdk.services.ssm.model.ValidationException;

/** Contract: {@code StopAutomationExecution} with both stop types. */
class SsmContractStopTest {
    @RegisterExtension
    static final SsmAutomationEmulatorExtension SSM = SsmAutomationEmulatorExtension.builder().virtualTime().build();

    @BeforeAll
    static void runbooks() {
        SSM.emulator().register(Runbook.builder("Long").cancellingFor(Duration.ofSeconds(30))
                .step(RunbookStep.builder("work").duration(Duration.ofMinutes(10)).build())
                .step(RunbookStep.builder("more").duration(Duration.ofMinutes(10)).build()).build());
        SSM.emulator().register(Runbook.builder("Gate")
                .step(RunbookStep.builder("first").build())
                .step(RunbookStep.builder("approve").waitsForApproval().build()).build());
    }

    @Test
    void cancel_showsCancellingThenCancelledWithAnEndTime_withoutAnyPoll(SsmClient ssm, VirtualTime time) {
        String id = start(ssm, "Long");

        ssm.stopAutomationExecution(r -> r.automationExecutionId(id));
        AutomationExecution cancelling = get(ssm, id);
        time.advance(Duration.ofSeconds(30));
        Instant stoppedAt = time.now();
        time.advance(Duration.ofMinutes(30));

        assertThat(cancelling.automationExecutionStatusAsString()).isEqualTo("Cancelling");
        assertThat(cancelling.executionEndTime()).isNull();
        AutomationExecution cancelled = get(ssm, id);
        assertThat(cancelled.automationExecutionStatusAsString()).isEqualTo("Cancelled");
        assertThat(cancelled.executionEndTime()).isEqualTo(stoppedAt);
        assertThat(cancelled.stepExecutions()).extracting(StepExecution::stepStatusAsString).containsExactly("Cancelled");
    }

    @Test
    void complete_letsTheRunningStepFinishAndStartsNoOther(SsmClient ssm, VirtualTime time) {
        String id = start(ssm, "Long");

        ssm.stopAutomationExecution(r -> r.automationExecutionId(id).type(StopType.COMPLETE));
        assertThat(status(ssm, id)).isEqualTo("InProgress");
        time.advance(Duration.ofMinutes(10));

        AutomationExecution completed = get(ssm, id);
        assertThat(completed.automationExecutionStatusAsString()).isEqualTo("CompletedWithSuccess");
        assertThat(completed.stepExecutions()).extracting(StepExecution::stepName).containsExactly("work");
    }

    @Test
    void complete_whenAStepWaitsForASignal_endsAtOnce(SsmClient ssm, VirtualTime time) {
        String id = start(ssm, "Gate");
        time.runDue();
        assertThat(status(ssm, id)).isEqualTo("Waiting");

        ssm.stopAutomationExecution(r -> r.automationExecutionId(id).type(StopType.COMPLETE));

        assertThat(status(ssm, id)).isEqualTo("CompletedWithSuccess");
    }

    @Test
    void cancel_afterComplete_cancelsTheRunningStep(SsmClient ssm, VirtualTime time) {
        String id = start(ssm, "Long");
        ssm.stopAutomationExecution(r -> r.automationExecutionId(id).type(StopType.COMPLETE));

        ssm.stopAutomationExecution(r -> r.automationExecutionId(id).type(StopType.CANCEL));
        time.advance(Duration.ofSeconds(30));

        assertThat(status(ssm, id)).isEqualTo("Cancelled");
    }

    @Test
    void stop_whenTheExecutionEnded_answersInvalidStatusUpdate(SsmClient ssm, VirtualTime time) {
        String id = start(ssm, "Long");
        time.advance(Duration.ofMinutes(20));

        assertError(() -> ssm.stopAutomationExecution(r -> r.automationExecutionId(id)),
                InvalidAutomationStatusUpdateException.class, "InvalidAutomationStatusUpdateException");
    }

    @Test
    void stop_whenCancellingAlready_answersInvalidStatusUpdate(SsmClient ssm) {
        String id = start(ssm, "Long");
        ssm.stopAutomationExecution(r -> r.automationExecutionId(id));

        assertError(() -> ssm.stopAutomationExecution(r -> r.automationExecutionId(id)),
                InvalidAutomationStatusUpdateException.class, "InvalidAutomationStatusUpdateException");
    }

    @Test
    void stop_whenTypeNotInTheEnum_answersValidationException(SsmClient ssm) {
        String id = start(ssm, "Long");

        assertError(() -> ssm.stopAutomationExecution(r -> r.automationExecutionId(id).type("Pause")),
                ValidationException.class, "ValidationException");
    }
}

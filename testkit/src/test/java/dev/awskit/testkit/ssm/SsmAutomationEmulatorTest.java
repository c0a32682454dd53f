package dev.awskit.testkit.ssm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awskit.core.time.VirtualTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.AutomationDefinitionNotFoundException;
import software.amazon.awssdk.services.ssm.model.AutomationExecution;
import software.amazon.awssdk.services.ssm.model.AutomationExecutionFilter;
import software.amazon.awssdk.services.ssm.model.AutomationExecutionFilterKey;
import software.amazon.awssdk.services.ssm.model.AutomationExecutionNotFoundException;
import software.amazon.awssdk.services.ssm.model.DescribeAutomationStepExecutionsResponse;
import software.amazon.awssdk.services.ssm.model.InvalidAutomationExecutionParametersException;
import software.amazon.awssdk.services.ssm.model.InvalidAutomationSignalException;
import software.amazon.awssdk.services.ssm.model.InvalidAutomationStatusUpdateException;
import software.amazon.awssdk.services.ssm.model.SignalType;
import software.amazon.awssdk.services.ssm.model.SsmException;
import software.amazon.awssdk.services.ssm.model.StepExecution;

/** The emulator through a real SDK client: wire protocol, timelines, error shapes, client tokens, faults. */
class SsmAutomationEmulatorTest {
    private final VirtualTime clock = VirtualTime.startingAt(Instant.parse("2026-03-01T10:00:00Z"));
    private SsmAutomationEmulator emulator;
    private SsmClient ssm;

    @BeforeEach
    void start() {
        emulator = SsmAutomationEmulator.builder().timeSource(clock).maxStepsInGet(2).start();
        ssm = emulator.settings().client(SsmClient.builder()
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .retryStrategy(AwsRetryStrategy.doNotRetry()).build()));
    }

    @AfterEach
    void stop() {
        ssm.close();
        emulator.close();
    }

    @Test
    void get_advancesStepsOneTickPerCall() {
        emulator.register(Runbook.builder("Two")
                .step(RunbookStep.builder("a").ticks(2).output("Out", "1").build())
                .step(RunbookStep.builder("b").action("aws:sleep").build()).build());
        String id = start("Two");

        assertThat(get(id).automationExecutionStatusAsString()).isEqualTo("InProgress");
        assertThat(get(id).stepExecutions()).extracting(StepExecution::stepStatusAsString).containsExactly("InProgress");
        clock.advance(Duration.ofSeconds(30));
        AutomationExecution third = get(id);
        assertThat(third.stepExecutions()).extracting(StepExecution::stepStatusAsString)
                .containsExactly("Success", "InProgress");
        assertThat(third.currentStepName()).isEqualTo("b");
        AutomationExecution done = get(id);
        assertThat(done.automationExecutionStatusAsString()).isEqualTo("Success");
        assertThat(done.outputs()).containsEntry("a.Out", List.of("1"));
        assertThat(done.executionStartTime()).isEqualTo(Instant.parse("2026-03-01T10:00:00Z"));
        assertThat(done.executionEndTime()).isEqualTo(Instant.parse("2026-03-01T10:00:30Z"));
        assertThat(emulator.execution(id).orElseThrow().getCalls()).isEqualTo(4);
    }

    @Test
    void get_withExplicitStatuses_showsOnePerCallAndKeepsTheLast() {
        emulator.register(Runbook.builder("Odd").statuses("Pending", "SomethingNew", "Success").build());
        String id = start("Odd");

        assertThat(List.of(status(id), status(id), status(id), status(id)))
                .containsExactly("Pending", "SomethingNew", "Success", "Success");
    }

    @Test
    void get_whenUnknownExecution_raisesNotFound() {
        assertThatThrownBy(() -> get(UUID.randomUUID().toString()))
                .isInstanceOf(AutomationExecutionNotFoundException.class);
    }

    @Test
    void get_whenInvisibleForGets_raisesNotFoundThenAnswers() {
        emulator.register(Runbook.builder("Shy").invisibleForGets(1).build());
        String id = start("Shy");

        assertThatThrownBy(() -> get(id)).isInstanceOf(AutomationExecutionNotFoundException.class);
        assertThat(status(id)).isEqualTo("InProgress");
    }

    @Test
    void start_whenDocumentUnknownOrParameterMissing_raisesModeledErrors() {
        emulator.register(Runbook.builder("Needs").requiredParameters("InstanceId").build());

        assertThatThrownBy(() -> start("Missing")).isInstanceOf(AutomationDefinitionNotFoundException.class);
        assertThatThrownBy(() -> start("Needs")).isInstanceOf(InvalidAutomationExecutionParametersException.class)
                .hasMessageContaining("InstanceId");
    }

    @Test
    void start_withSameClientToken_returnsSameExecution() {
        emulator.register(Runbook.builder("Once").build());
        String token = UUID.randomUUID().toString();

        String first = ssm.startAutomationExecution(r -> r.documentName("Once").clientToken(token)).automationExecutionId();
        String second = ssm.startAutomationExecution(r -> r.documentName("Once").clientToken(token)).automationExecutionId();

        assertThat(first).isEqualTo(second);
        assertThat(emulator.executions()).hasSize(1);
        assertThat(emulator.calls("StartAutomationExecution")).isEqualTo(2);
    }

    @Test
    void throttle_answersThrottlingExceptionTheSdkRecognizes() {
        emulator.register(Runbook.builder("Quick").build());
        String id = start("Quick");
        emulator.throttle("GetAutomationExecution", 1);

        assertThatThrownBy(() -> get(id)).isInstanceOfSatisfying(SsmException.class, e -> {
            assertThat(e.isThrottlingException()).isTrue();
            assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ThrottlingException");
        });
        assertThat(status(id)).isEqualTo("InProgress");
    }

    @Test
    void serverError_answers500() {
        emulator.serverError("DescribeAutomationExecutions", 1);

        assertThatThrownBy(() -> ssm.describeAutomationExecutions(r -> { }))
                .isInstanceOfSatisfying(SsmException.class, e -> assertThat(e.statusCode()).isEqualTo(500));
    }

    @Test
    void stop_showsCancellingThenCancelled_andRefusesEndedExecution() {
        emulator.register(Runbook.builder("Slow").statuses("InProgress").cancellingGets(1).build());
        String id = start("Slow");

        ssm.stopAutomationExecution(r -> r.automationExecutionId(id));

        assertThat(List.of(status(id), status(id))).containsExactly("Cancelling", "Cancelled");
        assertThatThrownBy(() -> ssm.stopAutomationExecution(r -> r.automationExecutionId(id)))
                .isInstanceOf(InvalidAutomationStatusUpdateException.class);
    }

    @Test
    void signal_whenNotWaiting_raisesInvalidSignal_andApproveMovesWaitingStepOn() {
        emulator.register(Runbook.builder("Gate")
                .step(RunbookStep.builder("approve").action("aws:approve").waitsForSignal().build()).build());
        String id = start("Gate");
        assertThat(status(id)).isEqualTo("Waiting");
        assertThat(status(id)).isEqualTo("Waiting");

        ssm.sendAutomationSignal(r -> r.automationExecutionId(id).signalType(SignalType.APPROVE));

        assertThat(status(id)).isEqualTo("Success");
        assertThatThrownBy(() -> ssm.sendAutomationSignal(r -> r.automationExecutionId(id)
                .signalType(SignalType.APPROVE))).isInstanceOf(InvalidAutomationSignalException.class);
    }

    @Test
    void describeSteps_pagesWithNextToken_andGetReportsTruncation() {
        Runbook.Builder runbook = Runbook.builder("Many");
        for (int i = 0; i < 5; i++) {
            runbook.step(RunbookStep.builder("s" + i).build());
        }
        emulator.register(runbook.build());
        String id = start("Many");
        for (int i = 0; i < 6; i++) {
            get(id);
        }

        assertThat(get(id).stepExecutionsTruncated()).isTrue();
        DescribeAutomationStepExecutionsResponse page = ssm.describeAutomationStepExecutions(
                r -> r.automationExecutionId(id).maxResults(3));
        assertThat(page.stepExecutions()).hasSize(3);
        assertThat(ssm.describeAutomationStepExecutionsPaginator(r -> r.automationExecutionId(id).maxResults(3))
                .stepExecutions().stream().map(StepExecution::stepName)).containsExactly("s0", "s1", "s2", "s3", "s4");
    }

    @Test
    void describeExecutions_filtersByDocumentPrefixAndStatus() {
        emulator.register(Runbook.builder("Deploy-Web").statuses("Success").build());
        emulator.register(Runbook.builder("Other").statuses("InProgress").build());
        String web = start("Deploy-Web");
        start("Other");
        status(web);

        assertThat(ssm.describeAutomationExecutions(r -> r.filters(
                AutomationExecutionFilter.builder().key(AutomationExecutionFilterKey.DOCUMENT_NAME_PREFIX)
                        .values("Deploy").build(),
                AutomationExecutionFilter.builder().key(AutomationExecutionFilterKey.EXECUTION_STATUS)
                        .values("Success").build()))
                .automationExecutionMetadataList()).singleElement()
                .satisfies(m -> assertThat(m.automationExecutionId()).isEqualTo(web));
    }

    @Test
    void stepAction_whenItThrows_failsStepWithItsMessage() {
        emulator.register(Runbook.builder("Boom").step(RunbookStep.builder("act").onComplete(p -> {
            throw new IllegalStateException("no such instance " + p.get("InstanceId"));
        }).build()).build());
        String id = ssm.startAutomationExecution(r -> r.documentName("Boom")
                .parameters(Map.of("InstanceId", List.of("i-9")))).automationExecutionId();
        get(id);

        AutomationExecution failed = get(id);
        assertThat(failed.automationExecutionStatusAsString()).isEqualTo("Failed");
        assertThat(failed.failureMessage()).contains("no such instance [i-9]");
        assertThat(failed.stepExecutions().get(0).failureDetails().failureType()).isEqualTo("Verification");
    }

    @Test
    void unknownOperation_withoutForward_raisesUnknownOperation() {
        assertThatThrownBy(() -> ssm.getParameter(r -> r.name("x")))
                .isInstanceOfSatisfying(SsmException.class,
                        e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("UnknownOperationException"));
    }

    private String start(String document) {
        return ssm.startAutomationExecution(r -> r.documentName(document)).automationExecutionId();
    }

    private AutomationExecution get(String id) {
        return ssm.getAutomationExecution(r -> r.automationExecutionId(id)).automationExecution();
    }

    private String status(String id) {
        return get(id).automationExecutionStatusAsString();
    }
}

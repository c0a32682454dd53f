package dev.awskit.testkit.ssm;

import static dev.awskit.testkit.ssm.Contract.get;
import static dev.awskit.testkit.ssm.Contract.start;
import static dev.awskit.testkit.ssm.Contract.status;
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
import software.amazon.awssdk.services.ssm.model.AutomationExecution;
import software.amazon.awssdk.services.ssm.model.AutomationExecutionNotFoundException;
import software.amazon.awssdk.services.ssm.model.DescribeAutomationStepExecutionsResponse;
import software.amazon.awssdk.services.ssm.model.SsmException;
import software.amazon.awssdk.services.ssm.model.StepExecution;

/** The emulator through a real SDK client on virtual time: timelines, outputs, faults, step actions. */
class SsmAutomationEmulatorTest {
    private final VirtualTime clock = VirtualTime.startingAt(Instant.parse("2026-03-01T10:00:00Z"));
    private SsmAutomationEmulator emulator;
    private SsmClient ssm;

    @BeforeEach
    void startEmulator() {
        emulator = SsmAutomationEmulator.builder().timeSource(clock).maxStepsInGet(2).start();
        ssm = emulator.settings().client(SsmClient.builder()
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .retryStrategy(AwsRetryStrategy.doNotRetry()).build()));
    }

    @AfterEach
    void stopEmulator() {
        ssm.close();
        emulator.close();
    }

    @Test
    void steps_runForTheirDurationsOnTheEmulatorClock() {
        emulator.register(Runbook.builder("Two")
                .step(RunbookStep.builder("a").duration(Duration.ofSeconds(20)).output("Out", "1").build())
                .step(RunbookStep.builder("b").action("aws:sleep").duration(Duration.ofSeconds(10)).build()).build());
        String id = start(ssm, "Two");

        assertThat(get(ssm, id).stepExecutions()).extracting(StepExecution::stepStatusAsString)
                .containsExactly("InProgress");
        clock.advance(Duration.ofSeconds(20));
        AutomationExecution second = get(ssm, id);
        assertThat(second.stepExecutions()).extracting(StepExecution::stepStatusAsString)
                .containsExactly("Success", "InProgress");
        assertThat(second.currentStepName()).isEqualTo("b");
        assertThat(second.currentAction()).isEqualTo("aws:sleep");
        clock.advance(Duration.ofSeconds(10));
        AutomationExecution done = get(ssm, id);
        assertThat(done.automationExecutionStatusAsString()).isEqualTo("Success");
        assertThat(done.outputs()).containsEntry("a.Out", List.of("1"));
        assertThat(done.executionStartTime()).isEqualTo(Instant.parse("2026-03-01T10:00:00Z"));
        assertThat(done.executionEndTime()).isEqualTo(Instant.parse("2026-03-01T10:00:30Z"));
        assertThat(done.progressCounters().successSteps()).isEqualTo(2);
        assertThat(emulator.execution(id).orElseThrow().getCalls()).isEqualTo(3);
    }

    @Test
    void statuses_followTheTimelineAndKeepTheLast() {
        emulator.register(Runbook.builder("Odd")
                .statuses(Duration.ofMinutes(1), "Pending", "SomethingNew", "Success").build());
        String id = start(ssm, "Odd");

        String first = status(ssm, id);
        clock.advance(Duration.ofMinutes(1));
        String second = status(ssm, id);
        clock.advance(Duration.ofMinutes(5));

        assertThat(List.of(first, second, status(ssm, id))).containsExactly("Pending", "SomethingNew", "Success");
        assertThat(get(ssm, id).executionEndTime()).isEqualTo(Instant.parse("2026-03-01T10:02:00Z"));
    }

    @Test
    void pendingFor_showsPendingBeforeTheFirstStep() {
        emulator.register(Runbook.builder("Slow").pendingFor(Duration.ofSeconds(5)).build());
        String id = start(ssm, "Slow");

        assertThat(status(ssm, id)).isEqualTo("Pending");
        clock.advance(Duration.ofSeconds(5));
        assertThat(status(ssm, id)).isEqualTo("Success");
    }

    @Test
    void invisibleFor_answersNotFoundUntilTheWindowPassed() {
        emulator.register(Runbook.builder("Shy").invisibleFor(Duration.ofSeconds(2)).build());
        String id = start(ssm, "Shy");

        assertThatThrownBy(() -> get(ssm, id)).isInstanceOf(AutomationExecutionNotFoundException.class);
        assertThat(ssm.describeAutomationExecutions(r -> { }).automationExecutionMetadataList()).isEmpty();
        clock.advance(Duration.ofSeconds(2));
        assertThat(status(ssm, id)).isEqualTo("Success");
        assertThat(emulator.execution(id).orElseThrow().getCalls()).isEqualTo(1);
    }

    @Test
    void throttle_answersThrottlingExceptionTheSdkRecognizes() {
        emulator.register(Runbook.builder("Quick").build());
        String id = start(ssm, "Quick");
        emulator.throttle("GetAutomationExecution", 1);

        assertThatThrownBy(() -> get(ssm, id)).isInstanceOfSatisfying(SsmException.class, e -> {
            assertThat(e.isThrottlingException()).isTrue();
            assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ThrottlingException");
        });
        assertThat(emulator.calls("GetAutomationExecution")).isEqualTo(1);
        assertThat(emulator.execution(id).orElseThrow().getCalls()).isZero();
    }

    @Test
    void serverError_answers500WithoutDoingTheWork() {
        emulator.register(Runbook.builder("Quick").build());
        emulator.serverError("StartAutomationExecution", 1);

        assertThatThrownBy(() -> start(ssm, "Quick"))
                .isInstanceOfSatisfying(SsmException.class, e -> assertThat(e.statusCode()).isEqualTo(500));
        assertThat(emulator.executions()).isEmpty();
    }

    @Test
    void serverErrorAfterProcessing_startsTheExecutionAndLosesTheAnswer() {
        emulator.register(Runbook.builder("Quick").build());
        emulator.serverErrorAfterProcessing("StartAutomationExecution", 1);

        assertThatThrownBy(() -> start(ssm, "Quick"))
                .isInstanceOfSatisfying(SsmException.class, e -> assertThat(e.statusCode()).isEqualTo(500));
        assertThat(emulator.executions()).hasSize(1);
    }

    @Test
    void stepAction_whenItThrows_failsStepWithItsMessage() {
        emulator.register(Runbook.builder("Boom").parameter("InstanceId")
                .step(RunbookStep.builder("act").onComplete(p -> {
                    throw new IllegalStateException("no such instance " + p.get("InstanceId"));
                }).build()).build());
        String id = start(ssm, "Boom", Map.of("InstanceId", List.of("i-9")));
        clock.runDue();

        AutomationExecution failed = get(ssm, id);
        assertThat(failed.automationExecutionStatusAsString()).isEqualTo("Failed");
        assertThat(failed.failureMessage()).contains("no such instance [i-9]");
        assertThat(failed.stepExecutions().get(0).failureDetails().failureType()).isEqualTo("Verification");
    }

    @Test
    void get_whenStepsExceedMax_reportsTruncationAndDescribeStepsPagesThemAll() {
        Runbook.Builder runbook = Runbook.builder("Many");
        for (int i = 0; i < 5; i++) {
            runbook.step(RunbookStep.builder("s" + i).build());
        }
        emulator.register(runbook.build());
        String id = start(ssm, "Many");
        clock.runDue();

        assertThat(get(ssm, id).stepExecutionsTruncated()).isTrue();
        DescribeAutomationStepExecutionsResponse page = ssm.describeAutomationStepExecutions(
                r -> r.automationExecutionId(id).maxResults(3));
        assertThat(page.stepExecutions()).hasSize(3);
        assertThat(ssm.describeAutomationStepExecutionsPaginator(r -> r.automationExecutionId(id).maxResults(3))
                .stepExecutions().stream().map(StepExecution::stepName)).containsExactly("s0", "s1", "s2", "s3", "s4");
    }

    @Test
    void reset_forgetsExecutionsTheirPendingStepsAndClientTokens() {
        List<String> ran = new java.util.ArrayList<>();
        emulator.register(Runbook.builder("Later").step(RunbookStep.builder("act").duration(Duration.ofMinutes(1))
                .onComplete(p -> {
                    ran.add("act");
                    return Map.of();
                }).build()).build());
        String token = UUID.randomUUID().toString();
        String first = ssm.startAutomationExecution(r -> r.documentName("Later").clientToken(token))
                .automationExecutionId();

        emulator.reset();
        clock.advance(Duration.ofMinutes(2));

        assertThat(ran).isEmpty();
        assertThat(emulator.executions()).isEmpty();
        assertThat(emulator.calls()).isEmpty();
        assertThat(ssm.startAutomationExecution(r -> r.documentName("Later").clientToken(token))
                .automationExecutionId()).isNotEqualTo(first);
    }

    @Test
    void unknownOperation_withoutForward_answersUnknownOperation() {
        assertThatThrownBy(() -> ssm.getParameter(r -> r.name("x")))
                .isInstanceOfSatisfying(SsmException.class,
                        e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("UnknownOperationException"));
    }
}

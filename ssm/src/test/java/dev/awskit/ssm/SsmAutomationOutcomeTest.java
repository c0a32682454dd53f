package dev.awskit.ssm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import dev.awskit.core.Futures;
import dev.awskit.testkit.ssm.Runbook;
import dev.awskit.testkit.ssm.RunbookStep;
import dev.awskit.testkit.ssm.SsmAutomationEmulatorExtension;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.ssm.SsmAsyncClient;

/**
 * Every terminal status, outputs, failed steps and paged steps, through a real client and the emulator on
 * virtual time; each poll lets one minute of it pass, so what each poll sees is exact.
 */
class SsmAutomationOutcomeTest {
    private static final Duration MINUTE = TestClients.POLL_COST;

    @RegisterExtension
    static final SsmAutomationEmulatorExtension SSM = SsmAutomationEmulatorExtension.builder().maxStepsInGet(2)
            .virtualTime().build();
    static SsmAsyncClient client;
    static SsmAutomationHelper helper;

    @BeforeAll
    static void startClient() {
        client = TestClients.lockstep(SSM);
        helper = TestClients.helper(client).build();
    }

    @AfterAll
    static void closeClient() {
        helper.close();
        client.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Success", "CompletedWithSuccess"})
    void run_whenStatusSucceeds_returnsResultWithThatStatus(String status) {
        SSM.emulator().register(Runbook.builder("Doc-" + status).statuses(MINUTE, "Pending", "InProgress", status).build());

        AutomationResult result = helper.sync().run(r -> r.documentName("Doc-" + status));

        assertThat(result.status()).isEqualTo(status);
        assertThat(result.outcome()).isEqualTo(AutomationOutcome.SUCCESS);
        assertThat(result.polls()).isEqualTo(3);
        assertThat(result.startTime()).isNotNull();
        assertThat(result.endTime()).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Failed", "TimedOut", "Cancelled", "Rejected", "CompletedWithFailure",
            "ChangeCalendarOverrideRejected", "Exited"})
    void run_whenStatusFails_throwsWithExecutionIdAndStatus(String status) {
        SSM.emulator().register(Runbook.builder("Doc-" + status).statuses(MINUTE, "InProgress", status)
                .failureMessage("ended as " + status).build());

        assertThatThrownBy(() -> helper.sync().run(r -> r.documentName("Doc-" + status)))
                .asInstanceOf(type(AutomationFailedException.class))
                .satisfies(e -> {
                    assertThat(e.status()).isEqualTo(status);
                    assertThat(e.executionId()).contains(SSM.emulator().executions().get(0).executionId());
                    assertThat(e.failureMessage()).contains("ended as " + status);
                    assertThat(e.getMessage()).contains(status, "ended as " + status);
                });
    }

    @Test
    void run_whenStepFails_throwsWithFailureMessageAndFailedStep() {
        SSM.emulator().register(Runbook.builder("Deploy")
                .step(RunbookStep.builder("build").action("aws:executeScript").build())
                .step(RunbookStep.builder("verify").action("aws:assertAwsResourceProperty")
                        .failureType("Verification").fails("instance i-1 is stopped").build())
                .build());

        assertThatThrownBy(() -> helper.sync().run(r -> r.documentName("Deploy")))
                .asInstanceOf(type(AutomationFailedException.class))
                .satisfies(e -> {
                    assertThat(e.status()).isEqualTo("Failed");
                    assertThat(e.failureMessage().orElseThrow()).contains("instance i-1 is stopped");
                    AutomationStep step = e.failedStep().orElseThrow();
                    assertThat(step.name()).isEqualTo("verify");
                    assertThat(step.action()).isEqualTo("aws:assertAwsResourceProperty");
                    assertThat(step.failureType()).isEqualTo("Verification");
                    assertThat(step.failureDetails()).containsKey("ErrorMessage");
                    assertThat(e.getMessage()).contains("verify", "aws:assertAwsResourceProperty");
                });
    }

    @Test
    void run_whenSucceeds_returnsOutputsAndSteps() {
        SSM.emulator().register(Runbook.builder("Build")
                .step(RunbookStep.builder("compile").output("Version", "42").build())
                .output("Summary", "ok", "fine")
                .build());

        AutomationResult result = helper.sync().run(r -> r.documentName("Build"));

        assertThat(result.output("compile.Version")).containsExactly("42");
        assertThat(result.output("Summary")).containsExactly("ok", "fine");
        assertThat(result.steps()).extracting(AutomationStep::name).containsExactly("compile");
        assertThat(result.steps().get(0).outputs()).isEqualTo(Map.of("Version", List.of("42")));
    }

    @Test
    void run_whenStepListTruncated_pagesAllStepsAndFindsFailedStepOnLaterPage() {
        Runbook.Builder runbook = Runbook.builder("Long");
        for (int i = 1; i <= 5; i++) {
            runbook.step(RunbookStep.builder("step" + i).build());
        }
        runbook.step(RunbookStep.builder("last").fails("disk full").build());
        SSM.emulator().register(runbook.build());

        AutomationFailedException failure = (AutomationFailedException) Futures.unwrap(
                helper.run(r -> r.documentName("Long")).handle((r, e) -> e).join());

        assertThat(failure.result().steps()).hasSize(6);
        assertThat(failure.failedStep().orElseThrow().name()).isEqualTo("last");
        assertThat(SSM.emulator().calls("DescribeAutomationStepExecutions")).isEqualTo(1);
    }

    @Test
    void run_tellsListenerOfStartStatusChangesStepTransitionsAndResult() {
        SSM.emulator().register(Runbook.builder("Listened")
                .step(RunbookStep.builder("a").action("aws:sleep").duration(MINUTE).build())
                .step(RunbookStep.builder("b").action("aws:executeScript").duration(MINUTE).build()).build());
        List<String> events = new java.util.concurrent.CopyOnWriteArrayList<>();
        AutomationListener recorder = new AutomationListener() {
            @Override
            public void onStarted(String id, String document) {
                events.add("started " + document);
            }

            @Override
            public void onStatusChange(String id, String previous, String current, int poll) {
                events.add("status " + previous + "->" + current + " #" + poll);
            }

            @Override
            public void onStepTransition(String id, AutomationStep step, String previous) {
                events.add("step " + step.name() + " " + previous + "->" + step.status());
            }

            @Override
            public void onFinished(AutomationResult result) {
                events.add("finished " + result.status());
            }
        };
        try (SsmAutomationHelper listened = TestClients.helper(client).listener(recorder).build()) {
            listened.sync().run(r -> r.documentName("Listened"));
        }

        assertThat(events).containsExactly("started Listened", "status null->InProgress #1",
                "step a null->InProgress", "step a InProgress->Success", "step b null->InProgress",
                "status InProgress->Success #3", "step b InProgress->Success", "finished Success");
    }

    @Test
    void run_whenStatusUnknownToSdk_keepsWaiting() {
        SSM.emulator().register(Runbook.builder("Odd").statuses(MINUTE, "InProgress", "BrandNewStatus", "Success").build());

        AutomationResult result = helper.sync().run(r -> r.documentName("Odd"));

        assertThat(result.status()).isEqualTo("Success");
        assertThat(result.polls()).isEqualTo(3);
    }

    @Test
    void run_withOverriddenClassifier_treatsStatusAsSuccess() {
        SSM.emulator().register(Runbook.builder("Partial").statuses(MINUTE, "InProgress", "CompletedWithFailure").build());
        try (SsmAutomationHelper lenient = TestClients.helper(client)
                .classifier(AutomationStatusClassifier.defaults()
                        .with("CompletedWithFailure", AutomationOutcome.SUCCESS))
                .build()) {
            AutomationResult result = lenient.sync().run(r -> r.documentName("Partial"));

            assertThat(result.status()).isEqualTo("CompletedWithFailure");
            assertThat(result.outcome()).isEqualTo(AutomationOutcome.SUCCESS);
        }
    }

    @Test
    void start_whenDocumentUnknown_throwsAutomationExceptionNamingDocument() {
        assertThatThrownBy(() -> helper.sync().start(AutomationRequest.builder().documentName("Nope").build()))
                .isInstanceOf(AutomationException.class)
                .hasMessageContaining("Nope")
                .hasMessageContaining("AutomationDefinitionNotFoundException");
    }

    @Test
    void start_sendsParametersVersionAndMode() {
        SSM.emulator().register(Runbook.builder("Params").versions(3).parameter("InstanceId").parameter("Filter")
                .build());

        String id = helper.sync().start(AutomationRequest.builder().documentName("Params").documentVersion("3")
                .parameters(AutomationParameters.parse("InstanceId=i-1", "InstanceId=i-2", "Filter=a=b"))
                .mode(software.amazon.awssdk.services.ssm.model.ExecutionMode.INTERACTIVE)
                .tag("team", "ops").build());

        assertThat(SSM.emulator().execution(id).orElseThrow().parameters())
                .isEqualTo(Map.of("InstanceId", List.of("i-1", "i-2"), "Filter", List.of("a=b")));
    }
}

package dev.awskit.ssm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.awskit.core.Futures;
import dev.awskit.testkit.FaultInjector;
import dev.awskit.testkit.ssm.Runbook;
import dev.awskit.testkit.ssm.SsmAutomationEmulator;
import dev.awskit.testkit.ssm.SsmAutomationEmulatorExtension;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.ssm.SsmAsyncClient;
import software.amazon.awssdk.services.ssm.model.AutomationExecutionMetadata;

/**
 * Issue 11, start safety: every start's client token is known to the caller (on the request and on any start
 * failure), and starting again with it returns the same execution. Executions are counted with
 * {@code DescribeAutomationExecutions} through the SDK, as any client would.
 */
class AutomationStartSafetyTest {
    @RegisterExtension
    static final SsmAutomationEmulatorExtension SSM = SsmAutomationEmulatorExtension.builder().build();
    static final FaultInjector faults = FaultInjector.create();
    static SsmAutomationEmulator emulator;
    static SsmAsyncClient client;
    static SsmAutomationHelper helper;

    @BeforeAll
    static void startClient() {
        emulator = SSM.emulator();
        emulator.register(Runbook.builder("Deploy").parameter("Env", "dev").build());
        client = TestClients.ssm(emulator.endpoint(), faults);
        helper = TestClients.helper(client).build();
    }

    @AfterAll
    static void closeClient() {
        helper.close();
        client.close();
    }

    @BeforeEach
    void clearFaults() {
        faults.clearRules().reset();
    }

    @Test
    void start_whenEveryAnswerIsLost_failsNamingTokenAndStartingAgainReturnsTheOneExecution() {
        emulator.serverErrorAfterProcessing("StartAutomationExecution", 3); // the SDK's 3 attempts, all processed
        AutomationRequest request = AutomationRequest.builder().documentName("Deploy").parameter("Env", "prod")
                .build();

        AutomationStartException lost = catchThrowableOfType(() -> helper.sync().start(request),
                AutomationStartException.class);

        assertThat(lost.executionMayExist()).isTrue();
        assertThat(lost.clientToken()).isEqualTo(request.clientToken());
        assertThat(lost.executionId()).isEmpty();
        assertThat(lost.getMessage()).contains("Deploy", request.clientToken(), "start the same request again")
                .doesNotContain("prod");
        assertThat(executions()).hasSize(1);

        String id = helper.sync().start(lost.request());

        assertThat(executions()).singleElement()
                .satisfies(e -> assertThat(e.automationExecutionId()).isEqualTo(id));
        assertThat(emulator.calls("StartAutomationExecution")).isEqualTo(3 + 1);
    }

    @Test
    void run_whenEveryAnswerIsLost_failsWithTheStartExceptionAndPollsNothing() {
        emulator.serverErrorAfterProcessing("StartAutomationExecution", 3);
        AutomationStartException lost = catchThrowableOfType(
                () -> helper.sync().run(r -> r.documentName("Deploy")), AutomationStartException.class);

        assertThat(lost.executionMayExist()).isTrue();
        assertThat(lost.getCause()).hasMessageContaining("500");
        assertThat(faults.calls("GetAutomationExecution")).isZero();
    }

    @Test
    void start_sameRequestTwice_returnsTheSameExecution() {
        AutomationRequest request = AutomationRequest.builder().documentName("Deploy").build();

        String first = helper.sync().start(request);
        String second = helper.sync().start(request);

        assertThat(second).isEqualTo(first);
        assertThat(executions()).hasSize(1);
    }

    @Test
    void start_concurrentlyWithOneRequest_createsOneExecution() {
        AutomationRequest request = AutomationRequest.builder().documentName("Deploy").build();

        List<CompletableFuture<String>> starts = List.of(helper.start(request), helper.start(request),
                helper.start(request));

        assertThat(starts.stream().map(Futures::join).distinct()).hasSize(1);
        assertThat(executions()).hasSize(1);
    }

    @Test
    void start_consumerOverloadTwice_startsTwoExecutions() {
        String first = helper.sync().start(r -> r.documentName("Deploy"));
        String second = helper.sync().start(r -> r.documentName("Deploy"));

        assertThat(second).isNotEqualTo(first);
        assertThat(executions()).hasSize(2);
    }

    @Test
    void start_requestRebuiltWithToBuilder_startsANewExecution() {
        AutomationRequest request = AutomationRequest.builder().documentName("Deploy").build();

        String first = helper.sync().start(request);
        String second = helper.sync().start(request.toBuilder().parameter("Env", "test").build());

        assertThat(second).isNotEqualTo(first);
        assertThat(executions()).hasSize(2);
    }

    @Test
    void start_whenServiceRefuses_failsAsNotStartedWithoutRetryAdvice() {
        AutomationRequest request = AutomationRequest.builder().documentName("Unknown").build();

        AutomationStartException refused = catchThrowableOfType(() -> helper.sync().start(request),
                AutomationStartException.class);

        assertThat(refused.executionMayExist()).isFalse();
        assertThat(refused.getMessage()).contains("was not started", "Unknown", request.clientToken(),
                "AutomationDefinitionNotFound").doesNotContain("start the same request again");
        assertThat(executions()).isEmpty();
    }

    @Test
    void start_whenFirstAttemptFailsBeforeSending_sdkRetryReusesTokenAndSucceeds() {
        faults.on("StartAutomationExecution").nthCall(1).connectionFailure();
        String id = helper.sync().start(r -> r.documentName("Deploy"));

        assertThat(faults.attempts("StartAutomationExecution")).isEqualTo(2);
        assertThat(executions()).singleElement()
                .satisfies(e -> assertThat(e.automationExecutionId()).isEqualTo(id));
    }

    private static List<AutomationExecutionMetadata> executions() {
        return client.describeAutomationExecutions(r -> r.maxResults(50)).join().automationExecutionMetadataList();
    }
}

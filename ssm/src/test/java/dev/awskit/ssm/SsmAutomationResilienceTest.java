package dev.awskit.ssm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awskit.testkit.FaultInjector;
import dev.awskit.testkit.ssm.Runbook;
import dev.awskit.testkit.ssm.SsmAutomationEmulator;
import dev.awskit.testkit.ssm.SsmAutomationEmulatorExtension;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.services.ssm.SsmAsyncClient;
import software.amazon.awssdk.services.ssm.model.AutomationExecutionNotFoundException;

/**
 * Throttling, eventual visibility and lost answers, with the SDK's retries and error mapping in the loop. The
 * emulator runs on virtual time and each poll lets a minute of it pass, so the counts are exact.
 */
class SsmAutomationResilienceTest {
    @RegisterExtension
    static final SsmAutomationEmulatorExtension SSM = SsmAutomationEmulatorExtension.builder().virtualTime().build();
    static SsmAutomationEmulator emulator;

    @BeforeAll
    static void runbooks() {
        emulator = SSM.emulator();
        emulator.register(Runbook.builder("Quick").build());
        emulator.register(Runbook.builder("Shy").invisibleFor(TestClients.POLL_COST.multipliedBy(2)).build());
    }

    @Test
    void run_whenPollsThrottled_ridesThemOutAndSucceeds() {
        emulator.throttle("GetAutomationExecution", 3);
        try (SsmAsyncClient client = TestClients.lockstep(SSM, AwsRetryStrategy.doNotRetry());
                SsmAutomationHelper helper = TestClients.helper(client).build()) {
            AutomationResult result = helper.sync().run(r -> r.documentName("Quick"));

            // Three throttled polls let the run end (each poll costs a minute); the fourth sees it.
            assertThat(result.status()).isEqualTo("Success");
            assertThat(emulator.calls("GetAutomationExecution")).isEqualTo(3 + 1);
            assertThat(result.polls()).isEqualTo(4);
        }
    }

    @Test
    void run_whenNotFoundRightAfterStart_toleratesItBriefly() {
        try (SsmAsyncClient client = TestClients.lockstep(SSM, AwsRetryStrategy.doNotRetry());
                SsmAutomationHelper helper = TestClients.helper(client).build()) {
            AutomationResult result = helper.sync().run(r -> r.documentName("Shy"));

            // Unknown for two minutes: two "not found" polls, then the third sees the ended run.
            assertThat(result.status()).isEqualTo("Success");
            assertThat(emulator.calls("GetAutomationExecution")).isEqualTo(2 + 1);
        }
    }

    @Test
    void await_whenExecutionNeverExists_failsWithNotFoundAfterWindow() {
        try (SsmAsyncClient client = TestClients.lockstep(SSM);
                SsmAutomationHelper helper = TestClients.helper(client)
                        .notFoundWindow(Duration.ofMillis(100)).build()) {
            String missing = UUID.randomUUID().toString();

            assertThatThrownBy(() -> helper.sync().await(missing))
                    .isInstanceOf(AutomationException.class)
                    .hasMessageContaining(missing)
                    .hasMessageContaining("not found")
                    .hasCauseInstanceOf(AutomationExecutionNotFoundException.class);
        }
    }

    @Test
    void run_whenFirstStartAttemptFailsWith500_createsExactlyOneExecution() {
        FaultInjector faults = FaultInjector.create();
        faults.on("StartAutomationExecution").nthCall(1).serverError(500);
        try (SsmAsyncClient client = TestClients.lockstep(SSM, faults);
                SsmAutomationHelper helper = TestClients.helper(client).build()) {
            helper.sync().run(r -> r.documentName("Quick"));

            assertThat(faults.attempts("StartAutomationExecution")).isEqualTo(2);
            assertThat(emulator.executions()).hasSize(1);
        }
    }

    @Test
    void run_whenStartAnswerLostAfterProcessing_retryReusesClientTokenAndCreatesOneExecution() {
        emulator.serverErrorAfterProcessing("StartAutomationExecution", 1);
        try (SsmAsyncClient client = TestClients.lockstep(SSM);
                SsmAutomationHelper helper = TestClients.helper(client).build()) {
            AutomationResult result = helper.sync().run(r -> r.documentName("Quick"));

            assertThat(emulator.calls("StartAutomationExecution")).isEqualTo(2);
            assertThat(emulator.executions()).singleElement()
                    .satisfies(e -> assertThat(e.executionId()).isEqualTo(result.executionId()));
        }
    }

    @Test
    void start_twiceWithFixedToken_returnsSameExecution() {
        try (SsmAsyncClient client = TestClients.lockstep(SSM);
                SsmAutomationHelper helper = TestClients.helper(client).build()) {
            AutomationRequest request = AutomationRequest.builder().documentName("Quick")
                    .clientToken(UUID.randomUUID().toString()).build();

            assertThat(helper.sync().start(request)).isEqualTo(helper.sync().start(request));
            assertThat(emulator.executions()).hasSize(1);
        }
    }
}

package dev.awskit.testkit.ssm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awskit.core.poll.PollOutcome;
import dev.awskit.core.poll.PollPolicy;
import dev.awskit.core.poll.Poller;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.AutomationExecution;
import software.amazon.awssdk.services.ssm.model.AutomationExecutionMetadata;
import software.amazon.awssdk.services.ssm.model.SsmException;

/**
 * Shared steps of the contract tests, which drive the emulator over HTTP with the plain SDK client. The
 * expected errors are the SDK's modeled exception classes, generated from the SSM service model, and the
 * model's error codes.
 */
final class Contract {
    private Contract() {
    }

    static void assertError(ThrowingCallable call, Class<? extends SsmException> type, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(type, e -> {
            assertThat(e.awsErrorDetails().errorCode()).isEqualTo(code);
            assertThat(e.statusCode()).isEqualTo(400);
        });
    }

    static String start(SsmClient ssm, String document) {
        return ssm.startAutomationExecution(r -> r.documentName(document)).automationExecutionId();
    }

    static String start(SsmClient ssm, String document, Map<String, List<String>> parameters) {
        return ssm.startAutomationExecution(r -> r.documentName(document).parameters(parameters))
                .automationExecutionId();
    }

    static AutomationExecution get(SsmClient ssm, String id) {
        return ssm.getAutomationExecution(r -> r.automationExecutionId(id)).automationExecution();
    }

    static String status(SsmClient ssm, String id) {
        return get(ssm, id).automationExecutionStatusAsString();
    }

    /**
     * Waits on wall time for an execution to end, polling only {@code DescribeAutomationExecutions} (as the boto3
     * users of the issue did) every {@link SsmEmulatorPreset#POLL_INTERVAL}.
     */
    static AutomationExecutionMetadata describeUntilEnded(SsmClient ssm, String id) {
        try (Poller poller = Poller.create()) {
            return poller.poll(() -> CompletableFuture.completedFuture(ssm.describeAutomationExecutions(
                            r -> r.filters(f -> f.key("ExecutionId").values(id))).automationExecutionMetadataList().get(0)),
                    PollPolicy.<AutomationExecutionMetadata>builder()
                            .classifier(m -> m.executionEndTime() != null ? PollOutcome.SUCCESS : PollOutcome.CONTINUE)
                            .backoff(SsmEmulatorPreset.pollBackoff())
                            .timeout(Duration.ofSeconds(30)).build()).join();
        }
    }
}

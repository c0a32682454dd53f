package dev.awskit.testkit.ssm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.AutomationExecution;
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
}

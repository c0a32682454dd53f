package dev.awskit.testkit.ssm;

import java.util.List;
import java.util.Map;

/**
 * A snapshot of one execution the {@link SsmAutomationEmulator} holds, for assertions.
 *
 * @param executionId the execution id
 * @param documentName the document started
 * @param parameters the start parameters, the runbook's defaults included
 * @param status the status at the time of the snapshot (executions move on the emulator's clock)
 * @param getCalls {@code GetAutomationExecution} calls answered for it
 * @param signals the signal types it accepted, in order
 */
public record EmulatedExecution(String executionId, String documentName, Map<String, List<String>> parameters,
        String status, int getCalls, List<String> signals) {
}

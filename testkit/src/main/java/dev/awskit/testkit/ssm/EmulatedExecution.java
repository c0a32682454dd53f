package dev.awskit.testkit.ssm;

import java.util.List;
import java.util.Map;

/**
 * A snapshot of one execution the {@link SsmAutomationEmulator} holds, for assertions.
 *
 * @param executionId the execution id
 * @param documentName the document started
 * @param parameters the start parameters
 * @param status the status the latest {@code GetAutomationExecution} showed
 * @param getCalls {@code GetAutomationExecution} calls answered for it
 * @param signals signal types received, in order
 */
public record EmulatedExecution(String executionId, String documentName, Map<String, List<String>> parameters,
        String status, int getCalls, List<String> signals) {
}

package dev.awskit.ssm.internal;

import dev.awskit.ssm.AutomationException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.services.ssm.model.SignalType;
import software.amazon.awssdk.services.ssm.model.StopType;

/** Stops executions and sends them signals; a refused call fails with an {@link AutomationException}. */
public final class AutomationSignals {
    private final WaitSettings settings;

    /**
     * Creates the sender.
     *
     * @param settings the helper's configuration (client, logger)
     */
    public AutomationSignals(WaitSettings settings) {
        this.settings = settings;
    }

    /**
     * Stops an execution.
     *
     * @param executionId the execution
     * @param type how to stop it
     * @return completes when the stop was accepted; cancelling it cancels the call
     */
    public CompletableFuture<Void> stop(String executionId, StopType type) {
        settings.log().info("Stopping automation {} ({})", executionId, type);
        return Calls.map(settings.client().stopAutomationExecution(r -> r.automationExecutionId(executionId)
                .type(type)), response -> null, error -> refused("stop (" + type + ")", executionId, error));
    }

    /**
     * Sends a signal.
     *
     * @param executionId the execution
     * @param type the signal
     * @param payload its payload; may be empty
     * @return completes when the signal was accepted; cancelling it cancels the call
     */
    public CompletableFuture<Void> send(String executionId, SignalType type, Map<String, List<String>> payload) {
        settings.log().info("Sending {} to automation {}", type, executionId);
        return Calls.map(settings.client().sendAutomationSignal(r -> {
            r.automationExecutionId(executionId).signalType(type);
            if (!payload.isEmpty()) {
                r.payload(payload);
            }
        }), response -> null, error -> refused("signal " + type, executionId, error));
    }

    private static AutomationException refused(String what, String executionId, Throwable error) {
        return new AutomationException("Could not send " + what + " to automation " + executionId + ": "
                + ErrorText.describe(error), error, executionId, null);
    }
}

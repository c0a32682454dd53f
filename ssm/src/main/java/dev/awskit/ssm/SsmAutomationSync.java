package dev.awskit.ssm;

import dev.awskit.core.Futures;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import software.amazon.awssdk.services.ssm.model.SignalType;

/**
 * The blocking view of an {@link SsmAutomationHelper}: each method waits for the async one and throws its
 * typed exception unwrapped ({@link AutomationFailedException}, {@link AutomationTimeoutException},
 * {@link AutomationException}). Thread-safe.
 */
public final class SsmAutomationSync {
    private final SsmAutomationHelper helper;

    SsmAutomationSync(SsmAutomationHelper helper) {
        this.helper = Objects.requireNonNull(helper, "helper");
    }

    /**
     * Starts an execution.
     *
     * @param request what to start
     * @return the execution id
     * @see SsmAutomationHelper#start(AutomationRequest)
     */
    public String start(AutomationRequest request) {
        return Futures.join(helper.start(request));
    }

    /**
     * Waits for an execution with the default options.
     *
     * @param executionId the execution
     * @return the result of a successful execution
     * @see SsmAutomationHelper#await(String)
     */
    public AutomationResult await(String executionId) {
        return Futures.join(helper.await(executionId));
    }

    /**
     * Waits for an execution.
     *
     * @param executionId the execution
     * @param options deadline and stop behaviour
     * @return the result of a successful execution
     * @see SsmAutomationHelper#await(String, AwaitOptions)
     */
    public AutomationResult await(String executionId, AwaitOptions options) {
        return Futures.join(helper.await(executionId, options));
    }

    /**
     * Starts an execution and waits for it.
     *
     * @param request what to start
     * @return the result of a successful execution
     */
    public AutomationResult run(AutomationRequest request) {
        return Futures.join(helper.run(request));
    }

    /**
     * Starts an execution described by a builder and waits for it.
     *
     * @param request fills an {@link AutomationRequest.Builder}
     * @return the result of a successful execution
     */
    public AutomationResult run(Consumer<AutomationRequest.Builder> request) {
        return Futures.join(helper.run(request));
    }

    /**
     * Starts an execution and waits for it.
     *
     * @param request what to start
     * @param options deadline and stop behaviour
     * @return the result of a successful execution
     */
    public AutomationResult run(AutomationRequest request, AwaitOptions options) {
        return Futures.join(helper.run(request, options));
    }

    /**
     * Stops an execution ({@code Cancel}).
     *
     * @param executionId the execution
     */
    public void stop(String executionId) {
        Futures.join(helper.stop(executionId));
    }

    /**
     * Sends a signal.
     *
     * @param executionId the execution
     * @param type the signal
     * @param payload its payload; may be empty
     */
    public void sendSignal(String executionId, SignalType type, Map<String, List<String>> payload) {
        Futures.join(helper.sendSignal(executionId, type, payload));
    }
}

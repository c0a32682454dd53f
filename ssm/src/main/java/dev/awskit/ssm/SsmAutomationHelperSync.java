package dev.awskit.ssm;

import dev.awskit.core.Futures;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import software.amazon.awssdk.services.ssm.model.SignalType;
import software.amazon.awssdk.services.ssm.model.StopType;

/**
 * The blocking view of an {@link SsmAutomationHelper}, from {@link SsmAutomationHelper#sync()}: a twin of every
 * async method, which waits for it and throws its typed exception itself ({@link AutomationFailedException},
 * {@link AutomationStartException}, {@link AutomationTimeoutException}, {@link AutomationException}), never a
 * {@code CompletionException}. Preconditions are those of the async method. Thread-safe.
 */
public final class SsmAutomationHelperSync {
    private final SsmAutomationHelper helper;

    SsmAutomationHelperSync(SsmAutomationHelper helper) {
        this.helper = helper;
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
     * Starts an execution described by a builder.
     *
     * @param request fills an {@link AutomationRequest.Builder}
     * @return the execution id
     * @see SsmAutomationHelper#start(Consumer)
     */
    public String start(Consumer<AutomationRequest.Builder> request) {
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
     * Waits for an execution, with options set up from the helper's defaults.
     *
     * @param executionId the execution
     * @param options changes this wait's copy of the helper's default options
     * @return the result of a successful execution
     * @see SsmAutomationHelper#await(String, Consumer)
     */
    public AutomationResult await(String executionId, Consumer<AwaitOptions.Builder> options) {
        return Futures.join(helper.await(executionId, options));
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
     * @see SsmAutomationHelper#run(AutomationRequest)
     */
    public AutomationResult run(AutomationRequest request) {
        return Futures.join(helper.run(request));
    }

    /**
     * Starts an execution described by a builder and waits for it.
     *
     * @param request fills an {@link AutomationRequest.Builder}
     * @return the result of a successful execution
     * @see SsmAutomationHelper#run(Consumer)
     */
    public AutomationResult run(Consumer<AutomationRequest.Builder> request) {
        return Futures.join(helper.run(request));
    }

    /**
     * Starts an execution described by a builder and waits for it.
     *
     * @param request fills an {@link AutomationRequest.Builder}
     * @param options deadline and stop behaviour
     * @return the result of a successful execution
     * @see SsmAutomationHelper#run(Consumer, AwaitOptions)
     */
    public AutomationResult run(Consumer<AutomationRequest.Builder> request, AwaitOptions options) {
        return Futures.join(helper.run(request, options));
    }

    /**
     * Starts an execution and waits for it.
     *
     * @param request what to start
     * @param options deadline and stop behaviour
     * @return the result of a successful execution
     * @see SsmAutomationHelper#run(AutomationRequest, AwaitOptions)
     */
    public AutomationResult run(AutomationRequest request, AwaitOptions options) {
        return Futures.join(helper.run(request, options));
    }

    /**
     * Stops an execution ({@code Cancel}).
     *
     * @param executionId the execution
     * @see SsmAutomationHelper#stop(String)
     */
    public void stop(String executionId) {
        Futures.join(helper.stop(executionId));
    }

    /**
     * Stops an execution.
     *
     * @param executionId the execution
     * @param type {@code Cancel}, or {@code Complete} for a rate-controlled execution
     * @see SsmAutomationHelper#stop(String, StopType)
     */
    public void stop(String executionId, StopType type) {
        Futures.join(helper.stop(executionId, type));
    }

    /**
     * Sends a signal.
     *
     * @param executionId the execution
     * @param type the signal
     * @param payload its payload; may be empty
     * @see SsmAutomationHelper#sendSignal(String, SignalType, Map)
     */
    public void sendSignal(String executionId, SignalType type, Map<String, List<String>> payload) {
        Futures.join(helper.sendSignal(executionId, type, payload));
    }

    /**
     * Approves the step waiting for approval.
     *
     * @param executionId the execution
     * @see SsmAutomationHelper#approve(String)
     */
    public void approve(String executionId) {
        Futures.join(helper.approve(executionId));
    }

    /**
     * Rejects the step waiting for approval.
     *
     * @param executionId the execution
     * @see SsmAutomationHelper#reject(String)
     */
    public void reject(String executionId) {
        Futures.join(helper.reject(executionId));
    }

    /**
     * Resumes an execution paused at a step.
     *
     * @param executionId the execution
     * @param stepName the paused step
     * @see SsmAutomationHelper#resume(String, String)
     */
    public void resume(String executionId, String stepName) {
        Futures.join(helper.resume(executionId, stepName));
    }
}

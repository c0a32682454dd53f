package dev.awskit.ssm.internal;

import dev.awskit.core.spi.Chain;
import dev.awskit.core.poll.PollFailedException;
import dev.awskit.core.poll.PollOutcome;
import dev.awskit.core.poll.PollPolicy;
import dev.awskit.core.poll.PollTimeoutException;
import dev.awskit.ssm.AutomationException;
import dev.awskit.ssm.AutomationFailedException;
import dev.awskit.ssm.AutomationOutcome;
import dev.awskit.ssm.AutomationResult;
import dev.awskit.ssm.AutomationStep;
import dev.awskit.ssm.AutomationTimeoutException;
import dev.awskit.ssm.AwaitOptions;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import software.amazon.awssdk.services.ssm.model.AutomationExecution;
import software.amazon.awssdk.services.ssm.model.AutomationExecutionNotFoundException;
import software.amazon.awssdk.services.ssm.model.GetAutomationExecutionResponse;
import software.amazon.awssdk.services.ssm.model.InvalidAutomationStatusUpdateException;
import software.amazon.awssdk.services.ssm.model.StopType;

/**
 * One await of one execution: polls {@code GetAutomationExecution} on the shared poller until the status is
 * final, reads every step, and completes with a result or a typed failure; on the deadline it optionally
 * stops the execution and waits until it has ended.
 */
public final class AutomationWait {

    private final WaitSettings settings;
    private final String executionId;
    private final AwaitOptions options;
    private final Chain<AutomationResult> chain = new Chain<>();
    private final WaitProgress progress;
    private final Set<String> warned = new HashSet<>();
    private final long startNanos;

    private AutomationWait(WaitSettings settings, String executionId, AwaitOptions options) {
        this.settings = settings;
        this.executionId = executionId;
        this.options = options;
        this.progress = new WaitProgress(settings, executionId);
        this.startNanos = settings.poller().timeSource().nanoTime();
    }

    /**
     * Starts waiting.
     *
     * @param settings the helper's configuration
     * @param executionId the execution
     * @param options deadline and stop behaviour
     * @return the result; cancelling it stops polling
     */
    public static CompletableFuture<AutomationResult> await(WaitSettings settings, String executionId,
            AwaitOptions options) {
        AutomationWait wait = new AutomationWait(settings, executionId, options);
        wait.chain.then(wait.poll(options.timeout(), wait::classify), wait::onPolled);
        return wait.chain.result();
    }

    private CompletableFuture<GetAutomationExecutionResponse> poll(Duration timeout,
            Function<GetAutomationExecutionResponse, PollOutcome> classifier) {
        PollPolicy.Builder<GetAutomationExecutionResponse> policy = PollPolicy.<GetAutomationExecutionResponse>builder()
                .name("automation " + executionId)
                .classifier(classifier::apply)
                .backoff(settings.backoff())
                .timeout(timeout)
                .notVisibleYet(e -> e instanceof AutomationExecutionNotFoundException, settings.notFoundWindow())
                .listener(progress);
        if (settings.errorBackoff() != null) {
            policy.errorBackoff(settings.errorBackoff());
        }
        return settings.poller().poll(
                () -> settings.client().getAutomationExecution(r -> r.automationExecutionId(executionId)),
                policy.build());
    }

    private PollOutcome classify(GetAutomationExecutionResponse response) {
        String status = response.automationExecution().automationExecutionStatusAsString();
        if (!settings.classifier().isKnown(status) && warned.add(String.valueOf(status))) {
            settings.log().warn("Automation {} reports status '{}', unknown to this SDK version; still waiting (deadline {})",
                    executionId, status, options.timeout());
        }
        return settings.classifier().classify(status) == AutomationOutcome.RUNNING
                ? PollOutcome.CONTINUE : PollOutcome.SUCCESS;
    }

    private void onPolled(GetAutomationExecutionResponse response, Throwable error) {
        if (error == null) {
            finish(response.automationExecution());
        } else if (error instanceof PollTimeoutException timeout) {
            onTimeout(timeout);
        } else if (error instanceof PollFailedException failed) {
            chain.fail(pollFailure(failed.getCause() == null ? failed : failed.getCause()));
        } else {
            chain.fail(error);
        }
    }

    private void finish(AutomationExecution execution) {
        if (!Boolean.TRUE.equals(execution.stepExecutionsTruncated())) {
            complete(execution, execution.stepExecutions().stream().map(AutomationStep::from).toList());
            return;
        }
        chain.then(StepPages.fetch(settings.client(), executionId, chain::isDone), (all, error) -> {
            if (error != null) {
                settings.log().warn("Automation {}: could not page its steps ({}); the result lists the first {} only",
                        executionId, ErrorText.name(error), execution.stepExecutions().size());
                complete(execution, execution.stepExecutions().stream().map(AutomationStep::from).toList());
            } else {
                complete(execution, all);
            }
        });
    }

    private void complete(AutomationExecution execution, List<AutomationStep> allSteps) {
        String status = execution.automationExecutionStatusAsString();
        AutomationOutcome outcome = settings.classifier().classify(status);
        AutomationResult result = new AutomationResult(executionId, execution.documentName(), status, outcome,
                execution.hasOutputs() ? execution.outputs() : null, allSteps, execution.failureMessage(),
                execution.executionStartTime(), execution.executionEndTime(), progress.polls());
        Duration took = result.duration().orElseGet(this::elapsed);
        if (outcome == AutomationOutcome.SUCCESS) {
            settings.log().info("Automation {} ({}) finished with status {} in {} after {} poll(s)", executionId,
                    result.documentName(), status, took, progress.polls());
        } else {
            settings.log().info("Automation {} ({}) finished with status {} in {} after {} poll(s){}", executionId,
                    result.documentName(), status, took, progress.polls(),
                    result.failureMessage() == null ? "" : ": " + result.failureMessage());
        }
        settings.tell("result", executionId, l -> l.onFinished(result));
        if (outcome == AutomationOutcome.SUCCESS) {
            chain.complete(result);
        } else {
            chain.fail(new AutomationFailedException(result));
        }
    }

    private void onTimeout(PollTimeoutException timeout) {
        String lastStatus = timeout.lastResponse(GetAutomationExecutionResponse.class)
                .map(r -> r.automationExecution().automationExecutionStatusAsString()).orElse(null);
        if (!options.stopOnTimeout()) {
            settings.log().warn("Automation {} did not finish within {} (last status {}); it keeps running",
                    executionId, options.timeout(), lastStatus);
            chain.fail(new AutomationTimeoutException(executionId, progress.documentName(), lastStatus, options.timeout(),
                    elapsed(), false, null, timeout.getCause()));
            return;
        }
        settings.log().warn("Automation {} did not finish within {} (last status {}); stopping it",
                executionId, options.timeout(), lastStatus);
        chain.then(settings.client().stopAutomationExecution(r -> r.automationExecutionId(executionId)
                .type(StopType.CANCEL)), (ok, error) -> {
                    if (error != null && !(error instanceof InvalidAutomationStatusUpdateException)) {
                        chain.fail(new AutomationTimeoutException(executionId, progress.documentName(), lastStatus,
                                options.timeout(), elapsed(), false, null, error));
                        return;
                    }
                    awaitStopped(lastStatus);
                });
    }

    private void awaitStopped(String lastStatus) {
        chain.then(poll(options.stopTimeout(), this::classify), (response, error) -> {
            String after = response != null ? response.automationExecution().automationExecutionStatusAsString()
                    : error instanceof PollTimeoutException t ? t.lastResponse(GetAutomationExecutionResponse.class)
                            .map(r -> r.automationExecution().automationExecutionStatusAsString()).orElse(null)
                    : null;
            settings.log().info("Automation {} stopped after its deadline; status now {}", executionId, after);
            chain.fail(new AutomationTimeoutException(executionId, progress.documentName(), lastStatus, options.timeout(),
                    elapsed(), true, after, error));
        });
    }

    private AutomationException pollFailure(Throwable cause) {
        if (cause instanceof AutomationExecutionNotFoundException) {
            return new AutomationException("Automation execution " + executionId + " was not found (still missing "
                    + settings.notFoundWindow() + " after the wait started)", cause, executionId, progress.documentName());
        }
        return new AutomationException("Polling automation " + executionId + " failed: " + ErrorText.name(cause), cause,
                executionId, progress.documentName());
    }

    private Duration elapsed() {
        return Duration.ofNanos(settings.poller().timeSource().nanoTime() - startNanos);
    }
}

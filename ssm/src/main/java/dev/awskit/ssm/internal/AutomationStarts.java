package dev.awskit.ssm.internal;

import dev.awskit.core.TransientErrors;
import dev.awskit.ssm.AutomationRequest;
import dev.awskit.ssm.AutomationStartException;
import java.util.concurrent.CompletableFuture;

/**
 * Starts executions: sends the request with its client token, tells the listener, and turns a failed start into an
 * {@link AutomationStartException} that says whether an execution may exist.
 */
public final class AutomationStarts {
    private final WaitSettings settings;

    /**
     * Creates the starter.
     *
     * @param settings the helper's configuration (client, listener, logger)
     */
    public AutomationStarts(WaitSettings settings) {
        this.settings = settings;
    }

    /**
     * Starts an execution.
     *
     * @param request what to start
     * @return the execution id; cancelling it cancels the call
     */
    public CompletableFuture<String> start(AutomationRequest request) {
        String document = request.documentName();
        settings.log().info("Starting automation {} (client token {}) with parameters {}", document,
                request.clientToken(), request.parameters().keySet());
        return Calls.map(settings.client().startAutomationExecution(StartRequests.toSdk(request)), response -> {
            String id = response.automationExecutionId();
            settings.log().info("Started automation {}: execution {}", document, id);
            settings.tell("start", id, l -> l.onStarted(id, document));
            return id;
        }, error -> failed(request, error));
    }

    private AutomationStartException failed(AutomationRequest request, Throwable error) {
        // A transient last error (5xx, timeout, broken connection) means an attempt may have been processed.
        AutomationStartException failure = new AutomationStartException(request, TransientErrors.isTransient(error),
                error);
        if (failure.executionMayExist()) {
            settings.log().warn("Start of automation {} (client token {}) got no answer; an execution may exist",
                    request.documentName(), request.clientToken());
        }
        return failure;
    }
}

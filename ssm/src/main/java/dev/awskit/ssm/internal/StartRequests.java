package dev.awskit.ssm.internal;

import dev.awskit.ssm.AutomationRequest;
import software.amazon.awssdk.services.ssm.model.StartAutomationExecutionRequest;

/** Maps an {@link AutomationRequest} to the SDK's request. */
public final class StartRequests {
    private StartRequests() {
    }

    /**
     * Builds the SDK request, with the request's client token.
     *
     * @param request what to start
     * @return the SDK request
     */
    public static StartAutomationExecutionRequest toSdk(AutomationRequest request) {
        StartAutomationExecutionRequest.Builder b = StartAutomationExecutionRequest.builder()
                .documentName(request.documentName())
                .clientToken(request.clientToken());
        if (!request.parameters().isEmpty()) {
            b.parameters(request.parameters());
        }
        request.documentVersion().ifPresent(b::documentVersion);
        request.mode().ifPresent(b::mode);
        request.targetParameterName().ifPresent(b::targetParameterName);
        if (!request.targets().isEmpty()) {
            b.targets(request.targets());
        }
        request.maxConcurrency().ifPresent(b::maxConcurrency);
        request.maxErrors().ifPresent(b::maxErrors);
        if (!request.tags().isEmpty()) {
            b.tags(request.tags());
        }
        return b.build();
    }
}

package dev.awskit.ssm.internal;

import dev.awskit.ssm.AutomationStep;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import software.amazon.awssdk.services.ssm.SsmAsyncClient;

/** Reads every step of an execution through {@code DescribeAutomationStepExecutions}, page by page. */
final class StepPages {
    private static final int PAGE_SIZE = 50;

    private StepPages() {
    }

    static CompletableFuture<List<AutomationStep>> fetch(SsmAsyncClient client, String executionId,
            BooleanSupplier abandoned) {
        return page(client, executionId, null, new ArrayList<>(), abandoned);
    }

    private static CompletableFuture<List<AutomationStep>> page(SsmAsyncClient client, String executionId,
            String token, List<AutomationStep> steps, BooleanSupplier abandoned) {
        if (abandoned.getAsBoolean()) {
            return CompletableFuture.completedFuture(steps);
        }
        return client.describeAutomationStepExecutions(r -> r.automationExecutionId(executionId)
                        .nextToken(token).maxResults(PAGE_SIZE))
                .thenCompose(response -> {
                    response.stepExecutions().forEach(step -> steps.add(AutomationStep.from(step)));
                    String next = response.nextToken();
                    return next == null || next.isEmpty() ? CompletableFuture.completedFuture(steps)
                            : page(client, executionId, next, steps, abandoned);
                });
    }
}

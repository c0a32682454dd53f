package dev.awskit.ssm.internal;

import dev.awskit.ssm.AutomationStep;
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
        return new Pages<>(token -> client.describeAutomationStepExecutions(r -> r.automationExecutionId(executionId)
                        .nextToken(token).maxResults(PAGE_SIZE)),
                response -> response.stepExecutions().stream().map(AutomationStep::from).toList(),
                response -> response.nextToken(), abandoned).all();
    }
}

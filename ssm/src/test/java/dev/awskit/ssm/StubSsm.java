package dev.awskit.ssm;

import dev.awskit.core.time.VirtualTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntFunction;
import software.amazon.awssdk.services.ssm.SsmAsyncClient;
import software.amazon.awssdk.services.ssm.model.AutomationExecution;
import software.amazon.awssdk.services.ssm.model.GetAutomationExecutionRequest;
import software.amazon.awssdk.services.ssm.model.GetAutomationExecutionResponse;
import software.amazon.awssdk.services.ssm.model.StopAutomationExecutionRequest;
import software.amazon.awssdk.services.ssm.model.StopAutomationExecutionResponse;

/** An SSM client whose Get answers come from a script, recording the virtual time of each call. */
final class StubSsm implements SsmAsyncClient {
    private final VirtualTime time;
    private final IntFunction<CompletableFuture<GetAutomationExecutionResponse>> answers;
    final List<Duration> getTimes = new ArrayList<>();
    int stops;

    StubSsm(VirtualTime time, IntFunction<CompletableFuture<GetAutomationExecutionResponse>> answers) {
        this.time = time;
        this.answers = answers;
    }

    static CompletableFuture<GetAutomationExecutionResponse> status(String status) {
        return CompletableFuture.completedFuture(GetAutomationExecutionResponse.builder()
                .automationExecution(AutomationExecution.builder().automationExecutionId("e-1").documentName("Doc")
                        .automationExecutionStatus(status).build())
                .build());
    }

    @Override
    public synchronized CompletableFuture<GetAutomationExecutionResponse> getAutomationExecution(
            GetAutomationExecutionRequest request) {
        getTimes.add(time.elapsed());
        return answers.apply(getTimes.size());
    }

    @Override
    public synchronized CompletableFuture<StopAutomationExecutionResponse> stopAutomationExecution(
            StopAutomationExecutionRequest request) {
        stops++;
        return CompletableFuture.completedFuture(StopAutomationExecutionResponse.builder().build());
    }

    @Override
    public String serviceName() {
        return "ssm";
    }

    @Override
    public void close() {
    }
}

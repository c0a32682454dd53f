package dev.awskit.ssm.command;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.services.ssm.SsmAsyncClient;
import software.amazon.awssdk.services.ssm.model.Command;
import software.amazon.awssdk.services.ssm.model.CommandInvocation;
import software.amazon.awssdk.services.ssm.model.GetCommandInvocationRequest;
import software.amazon.awssdk.services.ssm.model.GetCommandInvocationResponse;
import software.amazon.awssdk.services.ssm.model.ListCommandInvocationsRequest;
import software.amazon.awssdk.services.ssm.model.ListCommandInvocationsResponse;
import software.amazon.awssdk.services.ssm.model.ListCommandsRequest;
import software.amazon.awssdk.services.ssm.model.ListCommandsResponse;
import software.amazon.awssdk.services.ssm.model.SendCommandRequest;
import software.amazon.awssdk.services.ssm.model.SendCommandResponse;

/**
 * moto's Run Command, plus the one operation moto 5 does not implement: {@code ListCommandInvocations} (moto answers
 * it with an HTML 500). Every other call goes to moto through {@code client} (where a test's
 * {@code FaultInjector} sees it); the missing list is answered from moto's own state, read through {@code raw}:
 * the instances moto resolved the command's targets to, as real SSM lists them, page by page, and empty for the first
 * {@code hiddenCalls} calls, as real SSM answers right after a send (aws-cli issue 3546).
 */
final class MotoRunCommand implements SsmAsyncClient {
    private final SsmAsyncClient client;
    private final SsmAsyncClient raw;
    private final int pageSize;
    private final int hiddenCalls;
    private final AtomicInteger listCalls = new AtomicInteger();

    MotoRunCommand(SsmAsyncClient client, SsmAsyncClient raw, int pageSize, int hiddenCalls) {
        this.client = client;
        this.raw = raw;
        this.pageSize = pageSize;
        this.hiddenCalls = hiddenCalls;
    }

    /** @return how many {@code ListCommandInvocations} calls were answered */
    int listCalls() {
        return listCalls.get();
    }

    @Override
    public CompletableFuture<SendCommandResponse> sendCommand(SendCommandRequest request) {
        return client.sendCommand(request);
    }

    @Override
    public CompletableFuture<ListCommandsResponse> listCommands(ListCommandsRequest request) {
        return client.listCommands(request);
    }

    @Override
    public CompletableFuture<GetCommandInvocationResponse> getCommandInvocation(GetCommandInvocationRequest request) {
        return client.getCommandInvocation(request);
    }

    @Override
    public CompletableFuture<ListCommandInvocationsResponse> listCommandInvocations(
            ListCommandInvocationsRequest request) {
        if (listCalls.incrementAndGet() <= hiddenCalls) {
            return CompletableFuture.completedFuture(ListCommandInvocationsResponse.builder().build());
        }
        int from = request.nextToken() == null ? 0 : Integer.parseInt(request.nextToken());
        int size = Math.min(pageSize, request.maxResults() == null ? 50 : request.maxResults());
        return raw.listCommands(r -> r.commandId(request.commandId())).thenApply(response -> {
            Command command = response.commands().get(0);
            List<String> ids = command.instanceIds().stream().sorted().toList();
            int to = Math.min(ids.size(), from + size);
            return ListCommandInvocationsResponse.builder()
                    .commandInvocations(ids.subList(from, to).stream().map(id -> CommandInvocation.builder()
                            .commandId(command.commandId()).instanceId(id).documentName(command.documentName())
                            .status(command.statusAsString()).build()).toList())
                    .nextToken(to < ids.size() ? String.valueOf(to) : null)
                    .build();
        });
    }

    @Override
    public String serviceName() {
        return SERVICE_NAME;
    }

    @Override
    public void close() {
    }
}

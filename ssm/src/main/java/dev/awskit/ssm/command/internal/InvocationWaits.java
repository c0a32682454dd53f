package dev.awskit.ssm.command.internal;

import dev.awskit.core.Futures;
import dev.awskit.core.poll.PollOutcome;
import dev.awskit.core.poll.PollPolicy;
import dev.awskit.core.poll.PollTimeoutException;
import dev.awskit.ssm.command.CommandException;
import dev.awskit.ssm.command.CommandFailedException;
import dev.awskit.ssm.command.CommandInvocation;
import dev.awskit.ssm.command.CommandResult;
import dev.awskit.ssm.command.CommandTimeoutException;
import dev.awskit.ssm.internal.Calls;
import dev.awskit.ssm.internal.ErrorText;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.services.ssm.model.GetCommandInvocationResponse;
import software.amazon.awssdk.services.ssm.model.InvocationDoesNotExistException;

/**
 * Waits for the invocations of one command on known instances, one {@code GetCommandInvocation} poll per instance,
 * and completes with every invocation or the first failure to follow one.
 */
public final class InvocationWaits {
    /** Invocation statuses that end a wait; any other ({@code Pending}, {@code InProgress}, ...) keeps it going. */
    static final Set<String> ENDED = Set.of("Success", "Failed", "Cancelled", "TimedOut");

    private InvocationWaits() {
    }

    /**
     * Waits for every invocation.
     *
     * @param settings the helper's configuration
     * @param commandId the command
     * @param instanceIds the instances it reached, at least one
     * @return every invocation when all succeeded; fails with {@link CommandFailedException},
     *     {@link CommandTimeoutException} or {@link CommandException}; cancelling it stops every poll
     */
    public static CompletableFuture<CommandResult> all(CommandSettings settings, String commandId,
            List<String> instanceIds) {
        List<CompletableFuture<CommandInvocation>> waits = new ArrayList<>();
        for (String instanceId : instanceIds) {
            waits.add(one(settings, commandId, instanceId));
        }
        CompletableFuture<CommandResult> result = new CompletableFuture<>();
        AtomicInteger left = new AtomicInteger(waits.size());
        for (CompletableFuture<CommandInvocation> wait : waits) {
            wait.whenComplete((invocation, error) -> {
                if (error != null) {
                    result.completeExceptionally(Futures.unwrap(error));
                } else if (left.decrementAndGet() == 0) {
                    finish(settings, result,
                            new CommandResult(commandId, waits.stream().map(CompletableFuture::join).toList()));
                }
            });
        }
        result.whenComplete((value, error) -> {
            if (error != null) {
                // Cancelled, or one invocation could not be followed: the other waits have no one to report to.
                waits.forEach(wait -> wait.cancel(true));
            }
        });
        return result;
    }

    private static void finish(CommandSettings settings, CompletableFuture<CommandResult> result, CommandResult all) {
        if (all.failures().isEmpty()) {
            settings.log().info("Command {} succeeded on {} instance(s)", all.commandId(), all.invocations().size());
            result.complete(all);
        } else {
            settings.log().info("Command {} failed on {} of {} instance(s)", all.commandId(), all.failures().size(),
                    all.invocations().size());
            result.completeExceptionally(new CommandFailedException(all));
        }
    }

    private static CompletableFuture<CommandInvocation> one(CommandSettings settings, String commandId,
            String instanceId) {
        PollPolicy<GetCommandInvocationResponse> policy = PollPolicy.<GetCommandInvocationResponse>builder()
                .name("command " + commandId + " on " + instanceId)
                .classifier(r -> ENDED.contains(r.statusAsString()) ? PollOutcome.SUCCESS : PollOutcome.CONTINUE)
                .status(GetCommandInvocationResponse::statusAsString)
                .backoff(settings.backoff())
                .timeout(settings.timeout())
                .notVisibleYet(e -> e instanceof InvocationDoesNotExistException, settings.notFoundWindow())
                .build();
        CompletableFuture<GetCommandInvocationResponse> poll = settings.poller().poll(
                () -> settings.client().getCommandInvocation(r -> r.commandId(commandId).instanceId(instanceId)),
                policy);
        return Calls.map(poll, response -> {
            settings.log().info("Command {} on {}: {}", commandId, instanceId, response.statusAsString());
            return CommandInvocation.from(response);
        }, error -> {
            if (error instanceof PollTimeoutException timeout) {
                String last = timeout.lastResponse(GetCommandInvocationResponse.class)
                        .map(GetCommandInvocationResponse::statusAsString).orElse(null);
                return new CommandTimeoutException("Command " + commandId + " on " + instanceId
                        + " did not finish within " + settings.timeout() + "; last status " + last, commandId,
                        instanceId, last, settings.timeout(), timeout.elapsed(), timeout.getCause());
            }
            Throwable reason = ErrorText.reason(error);
            return new CommandException("Waiting for command " + commandId + " on " + instanceId + " failed: "
                    + ErrorText.name(reason), reason, commandId);
        });
    }
}

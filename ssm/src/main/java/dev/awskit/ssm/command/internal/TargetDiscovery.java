package dev.awskit.ssm.command.internal;

import dev.awskit.core.poll.PollOutcome;
import dev.awskit.core.poll.PollPolicy;
import dev.awskit.core.poll.PollTimeoutException;
import dev.awskit.core.spi.Chain;
import dev.awskit.ssm.command.CommandException;
import dev.awskit.ssm.command.CommandTimeoutException;
import dev.awskit.ssm.internal.Calls;
import dev.awskit.ssm.internal.ErrorText;
import dev.awskit.ssm.internal.Pages;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.services.ssm.model.Command;
import software.amazon.awssdk.services.ssm.model.CommandInvocation;
import software.amazon.awssdk.services.ssm.model.InvalidCommandIdException;

/**
 * Finds the instances a command reached. The service resolves targets (tags, resource groups) after the send, so
 * right after it the command may be unknown, report no target, or list fewer invocations than its
 * {@code TargetCount}: discovery polls {@code ListCommands} (and pages {@code ListCommandInvocations} while the
 * command's own instance list is short) until every target is listed, or the command ended having reached none,
 * within the discovery window.
 */
public final class TargetDiscovery {
    /** Command statuses after which no invocation is added. */
    private static final Set<String> COMMAND_ENDED = Set.of("Success", "Failed", "Cancelled", "TimedOut");
    private static final int PAGE_SIZE = 50;

    /** What one poll saw: the command's status, its target count and the instances listed so far. */
    record Snapshot(String status, int targetCount, List<String> instanceIds) {
        boolean complete() {
            return targetCount > 0 ? instanceIds.size() >= targetCount : COMMAND_ENDED.contains(status);
        }

        String describe() {
            return status + ", " + instanceIds.size() + " of " + targetCount + " target(s) listed";
        }
    }

    private TargetDiscovery() {
    }

    /**
     * Discovers the instances.
     *
     * @param settings the helper's configuration
     * @param commandId the command
     * @return the instance ids, at least one; fails with {@link CommandException} when the command reached no
     *     instance, {@link CommandTimeoutException} when the list was not complete within the window
     */
    public static CompletableFuture<List<String>> discover(CommandSettings settings, String commandId) {
        PollPolicy<Snapshot> policy = PollPolicy.<Snapshot>builder()
                .name("instances of command " + commandId)
                .classifier(s -> s.complete() ? PollOutcome.SUCCESS : PollOutcome.CONTINUE)
                .status(Snapshot::describe)
                .backoff(settings.backoff())
                .timeout(settings.discoveryWindow())
                .notVisibleYet(e -> e instanceof InvalidCommandIdException, settings.discoveryWindow())
                .build();
        return Calls.map(settings.poller().poll(() -> snapshot(settings, commandId), policy), found -> {
            if (found.instanceIds().isEmpty()) {
                throw new CommandException("Command " + commandId + " reached no instance (status " + found.status()
                        + "): no instance matched its targets", null, commandId);
            }
            settings.log().info("Command {} reached {} instance(s)", commandId, found.instanceIds().size());
            settings.log().debug("Command {} instances: {}", commandId, found.instanceIds());
            return found.instanceIds();
        }, error -> failed(settings, commandId, error));
    }

    private static CompletableFuture<Snapshot> snapshot(CommandSettings settings, String commandId) {
        Chain<Snapshot> chain = new Chain<>();
        chain.then(settings.client().listCommands(r -> r.commandId(commandId)), (response, error) -> {
            if (error != null) {
                chain.fail(error);
                return;
            }
            if (response.commands().isEmpty()) {
                chain.complete(new Snapshot(null, 0, List.of()));
                return;
            }
            Command command = response.commands().get(0);
            String status = command.statusAsString();
            if (!command.instanceIds().isEmpty()) {
                // Sent to instance ids: the command names its instances itself, all of them.
                List<String> named = List.copyOf(new LinkedHashSet<>(command.instanceIds()));
                chain.complete(new Snapshot(status, named.size(), named));
                return;
            }
            int targets = command.targetCount() == null ? 0 : command.targetCount();
            if (targets == 0) {
                chain.complete(new Snapshot(status, 0, List.of()));
                return;
            }
            // Sent to targets: the command names no instance, its invocations do, once the service lists them.
            Set<String> listed = new LinkedHashSet<>();
            chain.then(new Pages<>(token -> settings.client().listCommandInvocations(r -> r.commandId(commandId)
                            .maxResults(PAGE_SIZE).nextToken(token)),
                    page -> page.commandInvocations().stream().map(CommandInvocation::instanceId).toList(),
                    page -> page.nextToken(), chain::isDone).all(), (invocations, failure) -> {
                        if (failure != null) {
                            chain.fail(failure);
                            return;
                        }
                        listed.addAll(invocations);
                        chain.complete(new Snapshot(status, targets, List.copyOf(listed)));
                    });
        });
        return chain.result();
    }

    private static RuntimeException failed(CommandSettings settings, String commandId, Throwable error) {
        if (error instanceof PollTimeoutException timeout) {
            Snapshot last = timeout.lastResponse(Snapshot.class).orElse(null);
            return new CommandTimeoutException("The instances of command " + commandId + " were not all listed within "
                    + settings.discoveryWindow() + (last == null ? "" : " (" + last.describe() + ")"), commandId, null,
                    last == null ? null : last.status(), settings.discoveryWindow(), timeout.elapsed(),
                    timeout.getCause());
        }
        Throwable reason = ErrorText.reason(error);
        return new CommandException("Could not list the instances of command " + commandId + ": "
                + ErrorText.name(reason), reason, commandId);
    }
}

package dev.awskit.ssm.command;

import java.util.List;
import java.util.Optional;

/**
 * Every invocation of one command.
 *
 * @param commandId the command
 * @param invocations one per instance, in the order the instances were named
 */
public record CommandResult(String commandId, List<CommandInvocation> invocations) {

    /** Copies the list. */
    public CommandResult {
        invocations = List.copyOf(invocations);
    }

    /**
     * Returns the invocation on one instance.
     *
     * @param instanceId the instance
     * @return the invocation, or empty when the command did not target it
     */
    public Optional<CommandInvocation> invocation(String instanceId) {
        return invocations.stream().filter(i -> i.instanceId().equals(instanceId)).findFirst();
    }
}

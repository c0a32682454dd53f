package dev.awskit.ssm.command;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every invocation of one command: one per instance it reached.
 *
 * @param commandId the command
 * @param invocations one per instance, in the order the instances were named or discovered
 */
public record CommandResult(String commandId, List<CommandInvocation> invocations) {

    /**
     * Checks the id and copies the list.
     *
     * @throws NullPointerException if an argument is null
     */
    public CommandResult {
        Objects.requireNonNull(commandId, "commandId");
        invocations = List.copyOf(invocations);
    }

    /**
     * Returns the invocation on one instance.
     *
     * @param instanceId the instance
     * @return the invocation, or empty when the command did not reach it
     */
    public Optional<CommandInvocation> invocation(String instanceId) {
        return invocations.stream().filter(i -> i.instanceId().equals(instanceId)).findFirst();
    }

    /**
     * Returns the invocations that did not succeed.
     *
     * @return the failed invocations, in order; empty when every one succeeded
     */
    public List<CommandInvocation> failures() {
        return invocations.stream().filter(i -> !i.succeeded()).toList();
    }

    /**
     * Lists every instance in one line, each as {@link CommandInvocation#summary()}: status, exit code, and an
     * output excerpt for the failed ones.
     *
     * @return the summaries, separated by {@code "; "}
     */
    public String summary() {
        return invocations.stream().map(CommandInvocation::summary).collect(Collectors.joining("; "));
    }

    /** @return the command id and {@link #summary()}; never the full outputs */
    @Override
    public String toString() {
        return "CommandResult[" + commandId + ": " + summary() + "]";
    }
}

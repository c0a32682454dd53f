package dev.awskit.ssm.command;

import dev.awskit.core.AwsKitException;
import java.util.List;

/**
 * A command did not succeed on every instance. Carries every invocation; the message names each failed
 * instance with its status, exit code and the start of its error and standard output.
 */
public class CommandFailedException extends AwsKitException {
    private static final long serialVersionUID = 1L;
    private static final int EXCERPT = 200;

    private final transient CommandResult result;

    /**
     * Creates the exception.
     *
     * @param result every invocation, at least one of them not successful
     */
    public CommandFailedException(CommandResult result) {
        super(describe(result));
        this.result = result;
    }

    /** @return the command id */
    public String commandId() {
        return result.commandId();
    }

    /** @return every invocation */
    public CommandResult result() {
        return result;
    }

    /** @return the invocations that did not succeed */
    public List<CommandInvocation> failures() {
        return result.invocations().stream().filter(i -> !i.succeeded()).toList();
    }

    private static String describe(CommandResult result) {
        StringBuilder text = new StringBuilder("Command ").append(result.commandId()).append(" failed on");
        for (CommandInvocation i : result.invocations()) {
            if (i.succeeded()) {
                continue;
            }
            text.append(' ').append(i.instanceId()).append(" (").append(i.status());
            if (i.statusDetails() != null && !i.statusDetails().equals(i.status())) {
                text.append('/').append(i.statusDetails());
            }
            text.append(", exit ").append(i.responseCode()).append(')');
            if (!i.standardError().isBlank()) {
                text.append(" stderr: ").append(CommandInvocation.excerpt(i.standardError(), EXCERPT));
            }
            if (!i.standardOutput().isBlank()) {
                text.append(" stdout: ").append(CommandInvocation.excerpt(i.standardOutput(), EXCERPT));
            }
            text.append(';');
        }
        return text.toString();
    }
}

package dev.awskit.ssm.command;

import java.util.List;

/**
 * A command did not succeed on every instance it reached. Carries every invocation; the message lists each
 * instance with its status and exit code, and for each failed one the start of its error and standard output.
 */
public class CommandFailedException extends CommandException {
    private static final long serialVersionUID = 1L;

    private final transient CommandResult result;

    /**
     * Creates the exception.
     *
     * @param result every invocation, at least one of them not successful
     */
    public CommandFailedException(CommandResult result) {
        super(describe(result), null, result.commandId());
        this.result = result;
    }

    /**
     * Returns every invocation, the successful ones included.
     *
     * @return the result
     */
    public CommandResult result() {
        return result;
    }

    /**
     * Returns the invocations that did not succeed.
     *
     * @return the failed invocations, in the order of {@link CommandResult#invocations()}
     */
    public List<CommandInvocation> failures() {
        return result.failures();
    }

    private static String describe(CommandResult result) {
        return "Command " + result.commandId() + " failed on " + result.failures().size() + " of "
                + result.invocations().size() + " instance(s): " + result.summary();
    }
}

package dev.awskit.ssm.command;

import dev.awskit.core.Futures;
import java.util.List;
import java.util.function.Consumer;

/**
 * The blocking view of a {@link RunCommandHelper}, from {@link RunCommandHelper#sync()}: a twin of every async
 * method, which waits for it and throws its typed exception itself ({@link CommandFailedException},
 * {@link CommandTimeoutException}, {@link CommandException}), never a {@code CompletionException}. Preconditions are
 * those of the async method. Thread-safe.
 */
public final class RunCommandHelperSync {
    private final RunCommandHelper helper;

    RunCommandHelperSync(RunCommandHelper helper) {
        this.helper = helper;
    }

    /**
     * Sends a command.
     *
     * @param request what to run where
     * @return the command id
     * @see RunCommandHelper#send(CommandRequest)
     */
    public String send(CommandRequest request) {
        return Futures.join(helper.send(request));
    }

    /**
     * Sends a command described by a builder.
     *
     * @param request fills a {@link CommandRequest.Builder}
     * @return the command id
     * @see RunCommandHelper#send(Consumer)
     */
    public String send(Consumer<CommandRequest.Builder> request) {
        return Futures.join(helper.send(request));
    }

    /**
     * Waits for every invocation of a command, discovering its instances first.
     *
     * @param commandId the command
     * @return every invocation, all successful
     * @see RunCommandHelper#await(String)
     */
    public CommandResult await(String commandId) {
        return Futures.join(helper.await(commandId));
    }

    /**
     * Waits for the invocation of a command on each of the given instances.
     *
     * @param commandId the command
     * @param instanceIds the instances it targets
     * @return every invocation, all successful
     * @see RunCommandHelper#await(String, List)
     */
    public CommandResult await(String commandId, List<String> instanceIds) {
        return Futures.join(helper.await(commandId, instanceIds));
    }

    /**
     * Sends a command and waits for every invocation.
     *
     * @param request what to run where
     * @return every invocation, all successful
     * @see RunCommandHelper#run(CommandRequest)
     */
    public CommandResult run(CommandRequest request) {
        return Futures.join(helper.run(request));
    }

    /**
     * Sends a command described by a builder and waits for every invocation.
     *
     * @param request fills a {@link CommandRequest.Builder}
     * @return every invocation, all successful
     * @see RunCommandHelper#run(Consumer)
     */
    public CommandResult run(Consumer<CommandRequest.Builder> request) {
        return Futures.join(helper.run(request));
    }
}

package dev.awskit.ssm.command;

import dev.awskit.ssm.AwsKitSsmException;
import java.util.Optional;

/**
 * A Run Command could not be sent or followed: the send was refused, the command's targets reached no instance,
 * or a poll failed with an error that is not transient. A command that ran and did not succeed everywhere is a
 * {@link CommandFailedException}; a deadline that passed is a {@link CommandTimeoutException}, which is not a
 * {@code CommandException}.
 */
public class CommandException extends AwsKitSsmException {
    private static final long serialVersionUID = 1L;

    private final String commandId;

    /**
     * Creates the exception.
     *
     * @param message what went wrong, with the identifiers involved
     * @param cause the underlying failure, or {@code null}
     * @param commandId the command, or {@code null} when the send failed and no command exists
     */
    public CommandException(String message, Throwable cause, String commandId) {
        super(message, cause);
        this.commandId = commandId;
    }

    /**
     * Returns the command id; absent only when the send itself failed (Run Command has no client token, so a send
     * whose answer was lost cannot be told from one that was refused).
     *
     * @return the id or empty
     */
    public Optional<String> commandId() {
        return Optional.ofNullable(commandId);
    }
}

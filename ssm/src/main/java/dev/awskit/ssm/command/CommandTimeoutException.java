package dev.awskit.ssm.command;

import dev.awskit.core.AwsKitException;
import java.time.Duration;

/** A command invocation did not end before the deadline. */
public class CommandTimeoutException extends AwsKitException {
    private static final long serialVersionUID = 1L;

    private final String commandId;
    private final String instanceId;
    private final String lastStatus;

    /**
     * Creates the exception.
     *
     * @param commandId the command
     * @param instanceId the instance whose invocation did not end
     * @param lastStatus the last status seen, or {@code null}
     * @param timeout the deadline
     * @param cause the last polling error, or {@code null}
     */
    public CommandTimeoutException(String commandId, String instanceId, String lastStatus, Duration timeout,
            Throwable cause) {
        super("Command " + commandId + " on " + instanceId + " did not finish within " + timeout
                + "; last status " + lastStatus, cause);
        this.commandId = commandId;
        this.instanceId = instanceId;
        this.lastStatus = lastStatus;
    }

    /** @return the command id */
    public String commandId() {
        return commandId;
    }

    /** @return the instance */
    public String instanceId() {
        return instanceId;
    }

    /** @return the last status seen, or {@code null} */
    public String lastStatus() {
        return lastStatus;
    }
}

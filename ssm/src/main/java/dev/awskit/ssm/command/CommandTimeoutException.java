package dev.awskit.ssm.command;

import dev.awskit.core.AwsKitTimeoutException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A command did not end before the deadline: an invocation was still running, or the instances a targets-based
 * command reached were not all listed within the discovery window. Like every awskit timeout it is an
 * {@link AwsKitTimeoutException}, not a {@link CommandException}; it carries the same identifying accessor,
 * {@link #commandId()}, always present here.
 */
public class CommandTimeoutException extends AwsKitTimeoutException {
    private static final long serialVersionUID = 1L;

    private final String commandId;
    private final String instanceId;
    private final String lastStatus;
    private final Duration timeout;

    /**
     * Creates the exception.
     *
     * @param message what did not end, with the identifiers involved
     * @param commandId the command
     * @param instanceId the instance whose invocation did not end, or {@code null} when the instance list was not
     *     discovered in time
     * @param lastStatus the last status seen, or {@code null}
     * @param timeout the deadline that passed
     * @param elapsed how long the wait lasted
     * @param cause the last polling error, or {@code null}
     * @throws NullPointerException if {@code commandId}, {@code timeout} or {@code elapsed} is null
     */
    public CommandTimeoutException(String message, String commandId, String instanceId, String lastStatus,
            Duration timeout, Duration elapsed, Throwable cause) {
        super(message, cause, elapsed);
        this.commandId = Objects.requireNonNull(commandId, "commandId");
        this.instanceId = instanceId;
        this.lastStatus = lastStatus;
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    /**
     * Returns the command.
     *
     * @return the command id
     */
    public String commandId() {
        return commandId;
    }

    /**
     * Returns the instance whose invocation did not end in time.
     *
     * @return the instance id, or empty when the command's instance list itself was not discovered in time
     */
    public Optional<String> instanceId() {
        return Optional.ofNullable(instanceId);
    }

    /**
     * Returns the last status seen: the invocation's, or the command's while its instances were discovered.
     *
     * @return the status, or empty when no poll answered
     */
    public Optional<String> lastStatus() {
        return Optional.ofNullable(lastStatus);
    }

    /**
     * Returns the deadline that passed.
     *
     * @return the invocation deadline or the discovery window
     */
    public Duration timeout() {
        return timeout;
    }
}

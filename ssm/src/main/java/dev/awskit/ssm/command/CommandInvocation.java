package dev.awskit.ssm.command;

import java.util.Objects;
import software.amazon.awssdk.services.ssm.model.GetCommandInvocationResponse;

/**
 * How a command ended on one instance.
 *
 * @param commandId the command
 * @param instanceId the instance
 * @param status the invocation status, e.g. {@code Success}, {@code Failed}
 * @param statusDetails the detailed status, e.g. {@code DeliveryTimedOut}; may be {@code null}
 * @param responseCode the exit code, or -1 when the command did not run
 * @param standardOutput the output (the service keeps the first 24,000 characters); never {@code null}
 * @param standardError the error output (likewise truncated by the service); never {@code null}
 */
public record CommandInvocation(String commandId, String instanceId, String status, String statusDetails,
        int responseCode, String standardOutput, String standardError) {
    /** How many characters of each output {@link #summary()} keeps. */
    public static final int EXCERPT_LENGTH = 200;

    /**
     * Checks the ids and replaces absent outputs by empty ones.
     *
     * @throws NullPointerException if {@code commandId}, {@code instanceId} or {@code status} is null
     */
    public CommandInvocation {
        Objects.requireNonNull(commandId, "commandId");
        Objects.requireNonNull(instanceId, "instanceId");
        Objects.requireNonNull(status, "status");
        standardOutput = standardOutput == null ? "" : standardOutput;
        standardError = standardError == null ? "" : standardError;
    }

    /**
     * Converts the SDK's answer.
     *
     * @param response the answer of {@code GetCommandInvocation}
     * @return the invocation
     */
    public static CommandInvocation from(GetCommandInvocationResponse response) {
        return new CommandInvocation(response.commandId(), response.instanceId(), response.statusAsString(),
                response.statusDetails(), response.responseCode() == null ? -1 : response.responseCode(),
                response.standardOutputContent(), response.standardErrorContent());
    }

    /**
     * Tells whether the invocation succeeded.
     *
     * @return whether the status is {@code Success}
     */
    public boolean succeeded() {
        return "Success".equals(status);
    }

    /**
     * Describes the invocation in one line: the instance, its status (and detailed status when it differs), the exit
     * code, and for a failed invocation the first {@value #EXCERPT_LENGTH} characters of its error and standard
     * output, e.g. {@code i-0abc (Failed, exit 2) stderr: grep: /etc/app.conf: No such file}.
     *
     * @return the summary
     */
    public String summary() {
        StringBuilder text = new StringBuilder(instanceId).append(" (").append(status);
        if (statusDetails != null && !statusDetails.equals(status)) {
            text.append('/').append(statusDetails);
        }
        text.append(", exit ").append(responseCode).append(')');
        if (!succeeded()) {
            if (!standardError.isBlank()) {
                text.append(" stderr: ").append(excerpt(standardError));
            }
            if (!standardOutput.isBlank()) {
                text.append(" stdout: ").append(excerpt(standardOutput));
            }
        }
        return text.toString();
    }

    /** @return the command id and {@link #summary()}; never the full outputs */
    @Override
    public String toString() {
        return "CommandInvocation[" + commandId + ": " + summary() + "]";
    }

    private static String excerpt(String text) {
        String trimmed = text.strip();
        return trimmed.length() <= EXCERPT_LENGTH ? trimmed : trimmed.substring(0, EXCERPT_LENGTH) + "...";
    }
}

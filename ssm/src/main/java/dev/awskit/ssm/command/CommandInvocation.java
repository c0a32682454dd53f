package dev.awskit.ssm.command;

import software.amazon.awssdk.services.ssm.model.GetCommandInvocationResponse;

/**
 * How a command ended on one instance.
 *
 * @param commandId the command
 * @param instanceId the instance
 * @param status the invocation status, e.g. {@code Success}, {@code Failed}
 * @param statusDetails the detailed status, e.g. {@code DeliveryTimedOut}
 * @param responseCode the exit code, or -1 when the command did not run
 * @param standardOutput the output (the service keeps the first 24,000 characters)
 * @param standardError the error output (likewise truncated by the service)
 */
public record CommandInvocation(String commandId, String instanceId, String status, String statusDetails,
        int responseCode, String standardOutput, String standardError) {

    /**
     * Converts the SDK's answer.
     *
     * @param response the answer of {@code GetCommandInvocation}
     * @return the invocation
     */
    public static CommandInvocation from(GetCommandInvocationResponse response) {
        return new CommandInvocation(response.commandId(), response.instanceId(), response.statusAsString(),
                response.statusDetails(), response.responseCode() == null ? -1 : response.responseCode(),
                nullToEmpty(response.standardOutputContent()), nullToEmpty(response.standardErrorContent()));
    }

    /** @return whether the invocation succeeded */
    public boolean succeeded() {
        return "Success".equals(status);
    }

    /**
     * Returns the start of a text, for messages.
     *
     * @param text the text
     * @param max the most characters kept
     * @return the text, cut at {@code max} characters with an ellipsis
     */
    static String excerpt(String text, int max) {
        String trimmed = text.strip();
        return trimmed.length() <= max ? trimmed : trimmed.substring(0, max) + "...";
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}

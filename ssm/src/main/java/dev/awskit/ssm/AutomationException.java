package dev.awskit.ssm;

import java.util.Optional;

/**
 * An automation could not be started or followed: the start was refused or its answer lost
 * ({@link AutomationStartException}), the execution ended badly ({@link AutomationFailedException}), the
 * execution was not found, or a poll failed with an error that is not transient. A deadline that passed is an
 * {@link AutomationTimeoutException} instead, which is not an {@code AutomationException}.
 */
public class AutomationException extends AwsKitSsmException {
    private static final long serialVersionUID = 1L;

    private final String executionId;
    private final String documentName;

    /**
     * Creates the exception.
     *
     * @param message what went wrong, with the identifiers involved
     * @param cause the underlying failure, or {@code null}
     * @param executionId the execution id, or {@code null} when no execution is known
     * @param documentName the document, or {@code null} when unknown
     */
    public AutomationException(String message, Throwable cause, String executionId, String documentName) {
        super(message, cause);
        this.executionId = executionId;
        this.documentName = documentName;
    }

    /**
     * Returns the execution id. Absent when no execution is known: the start was refused, or every answer to it
     * was lost (then {@link AutomationStartException#clientToken()} finds the execution, if one exists).
     *
     * @return the id or empty
     */
    public Optional<String> executionId() {
        return Optional.ofNullable(executionId);
    }

    /**
     * Returns the document name. Absent when a wait for an execution failed before any answer named it.
     *
     * @return the name or empty
     */
    public Optional<String> documentName() {
        return Optional.ofNullable(documentName);
    }
}

package dev.awskit.ssm;

import dev.awskit.core.AwsKitException;
import java.util.Optional;

/**
 * An automation could not be started or followed: the start was refused, the execution was not found, or
 * a poll failed with an error that is not transient. The root of the SSM automation exceptions.
 */
public class AutomationException extends AwsKitException {
    private static final long serialVersionUID = 1L;

    private final String executionId;
    private final String documentName;

    /**
     * Creates the exception.
     *
     * @param message what went wrong, with the identifiers involved
     * @param cause the underlying failure, or {@code null}
     * @param executionId the execution id, or {@code null} when none was created
     * @param documentName the document, or {@code null} when unknown
     */
    public AutomationException(String message, Throwable cause, String executionId, String documentName) {
        super(message, cause);
        this.executionId = executionId;
        this.documentName = documentName;
    }

    /**
     * Returns the execution id, when an execution exists.
     *
     * @return the id or empty
     */
    public Optional<String> executionId() {
        return Optional.ofNullable(executionId);
    }

    /**
     * Returns the document name, when known.
     *
     * @return the name or empty
     */
    public Optional<String> documentName() {
        return Optional.ofNullable(documentName);
    }
}

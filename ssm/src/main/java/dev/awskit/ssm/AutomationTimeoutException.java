package dev.awskit.ssm;

import dev.awskit.core.AwsKitTimeoutException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * An automation execution did not end before the caller's deadline. Like every awskit timeout it is an
 * {@link AwsKitTimeoutException}, not an {@link AutomationException}: the execution did not fail, it may still
 * succeed. It carries the same identifying accessors as {@link AutomationException} ({@link #executionId()},
 * always present here, and {@link #documentName()}). When the wait was configured to stop the execution on
 * timeout, {@link #stopped()} tells whether it was stopped and {@link #statusAfterStop()} what it showed once it
 * left {@code Cancelling}.
 */
public class AutomationTimeoutException extends AwsKitTimeoutException {
    private static final long serialVersionUID = 1L;

    private final String executionId;
    private final String documentName;
    private final String lastStatus;
    private final Duration timeout;
    private final boolean stopped;
    private final String statusAfterStop;

    /**
     * Creates the exception.
     *
     * @param executionId the execution id
     * @param documentName the document, or {@code null} when no poll answered
     * @param lastStatus the last status seen before the deadline, or {@code null}
     * @param timeout the deadline that passed
     * @param elapsed how long the wait lasted, the stop included
     * @param stopped whether a stop was sent
     * @param statusAfterStop the status after the stop, or {@code null}
     * @param cause why the stop failed, or the last polling error, or {@code null}
     * @throws NullPointerException if {@code executionId}, {@code timeout} or {@code elapsed} is null
     */
    public AutomationTimeoutException(String executionId, String documentName, String lastStatus, Duration timeout,
            Duration elapsed, boolean stopped, String statusAfterStop, Throwable cause) {
        super("Automation " + executionId + (documentName == null ? "" : " (" + documentName + ")")
                + " did not finish within " + timeout + "; last status " + lastStatus
                + (stopped ? ", stopped" + (statusAfterStop == null ? "" : ", now " + statusAfterStop) : ""),
                cause, elapsed);
        this.executionId = Objects.requireNonNull(executionId, "executionId");
        this.documentName = documentName;
        this.lastStatus = lastStatus;
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.stopped = stopped;
        this.statusAfterStop = statusAfterStop;
    }

    /**
     * Returns the execution that did not end in time; always known, since a wait follows one execution.
     *
     * @return the execution id
     */
    public String executionId() {
        return executionId;
    }

    /**
     * Returns the document name, when a poll answered before the deadline.
     *
     * @return the name or empty
     */
    public Optional<String> documentName() {
        return Optional.ofNullable(documentName);
    }

    /**
     * Returns the last status seen before the deadline.
     *
     * @return the status, or empty when no poll answered
     */
    public Optional<String> lastStatus() {
        return Optional.ofNullable(lastStatus);
    }

    /**
     * Returns the deadline that passed.
     *
     * @return the deadline of the wait
     */
    public Duration timeout() {
        return timeout;
    }

    /**
     * Tells whether a stop ({@code Cancel}) was sent to the execution.
     *
     * @return true when stopped on timeout
     */
    public boolean stopped() {
        return stopped;
    }

    /**
     * Returns the status once the stopped execution left {@code Cancelling}.
     *
     * @return the status, or empty when not stopped or not known
     */
    public Optional<String> statusAfterStop() {
        return Optional.ofNullable(statusAfterStop);
    }
}

package dev.awskit.ssm;

import java.time.Duration;
import java.util.Optional;

/**
 * An automation execution did not end before the caller's deadline. When the wait was configured to stop
 * the execution on timeout, {@link #stopped()} tells whether it was stopped and {@link #statusAfterStop()}
 * what it showed once it left {@code Cancelling}.
 */
public class AutomationTimeoutException extends AutomationException {
    private static final long serialVersionUID = 1L;

    private final String lastStatus;
    private final Duration timeout;
    private final boolean stopped;
    private final String statusAfterStop;

    /**
     * Creates the exception.
     *
     * @param executionId the execution id
     * @param documentName the document, or {@code null}
     * @param lastStatus the last status seen before the deadline, or {@code null}
     * @param timeout the deadline that passed
     * @param stopped whether a stop was sent
     * @param statusAfterStop the status after the stop, or {@code null}
     * @param cause why the stop failed, or the last polling error, or {@code null}
     */
    public AutomationTimeoutException(String executionId, String documentName, String lastStatus, Duration timeout,
            boolean stopped, String statusAfterStop, Throwable cause) {
        super("Automation " + executionId + (documentName == null ? "" : " (" + documentName + ")")
                + " did not finish within " + timeout + "; last status " + lastStatus
                + (stopped ? ", stopped" + (statusAfterStop == null ? "" : ", now " + statusAfterStop) : ""),
                cause, executionId, documentName);
        this.lastStatus = lastStatus;
        this.timeout = timeout;
        this.stopped = stopped;
        this.statusAfterStop = statusAfterStop;
    }

    /**
     * Returns the last status seen before the deadline.
     *
     * @return the status, or empty when no poll answered
     */
    public Optional<String> lastStatus() {
        return Optional.ofNullable(lastStatus);
    }

    /** @return the deadline that passed */
    public Duration timeout() {
        return timeout;
    }

    /** @return whether a stop ({@code Cancel}) was sent to the execution */
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

package dev.awskit.s3.event;

import dev.awskit.core.TransientErrors;
import dev.awskit.s3.AwsKitS3Exception;
import java.util.Objects;

/**
 * A drain ended because the queue could not be read (receive failed after the SDK's retries). Carries the queue and
 * what the drain had done until then; the messages it had not deleted stay in the queue.
 */
public class DrainFailedException extends AwsKitS3Exception {
    private static final long serialVersionUID = 1L;

    private final String queueUrl;
    private final transient DrainReport partialReport;

    /**
     * Creates the exception.
     *
     * @param queueUrl the queue
     * @param partialReport what the drain did before it failed
     * @param cause the failure
     * @throws NullPointerException if {@code queueUrl} or {@code partialReport} is null
     */
    public DrainFailedException(String queueUrl, DrainReport partialReport, Throwable cause) {
        super("Draining " + queueUrl + " failed after " + partialReport.messagesReceived() + " message(s): "
                + Objects.requireNonNullElse(TransientErrors.errorCode(cause), String.valueOf(cause)), cause);
        this.queueUrl = Objects.requireNonNull(queueUrl, "queueUrl");
        this.partialReport = partialReport;
    }

    /** @return the queue's URL */
    public String queueUrl() {
        return queueUrl;
    }

    /** @return what the drain did before it failed */
    public DrainReport partialReport() {
        return partialReport;
    }
}

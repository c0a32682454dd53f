package dev.awskit.examples.cloudjob;

import dev.awskit.core.AwsKitException;

/** A job metadata file that cannot be turned into metrics; the message says why, never quoting the payload. */
public final class InvalidPayloadException extends AwsKitException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param reason why the payload is refused
     */
    public InvalidPayloadException(String reason) {
        super(reason);
    }
}

package dev.awskit.testkit;

import dev.awskit.core.AwsKitException;

/**
 * Thrown when an emulator cannot be found or started. Inside JUnit, the shared emulators report the test as
 * skipped instead, unless the environment variable {@code CI} is {@code true}, where this exception fails the
 * test so that a build server never passes without running its emulator tests.
 */
public class EmulatorUnavailableException extends AwsKitException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is missing and how to provide it
     * @param cause the failure behind it, or {@code null}
     */
    public EmulatorUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}

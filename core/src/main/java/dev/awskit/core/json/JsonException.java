package dev.awskit.core.json;

import dev.awskit.core.AwsKitException;

/** JSON that could not be read or written. The message never quotes the JSON text. */
public class JsonException extends AwsKitException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what could not be done, without the input text
     * @param cause the cause, or {@code null} where the cause would quote the input
     */
    public JsonException(String message, Throwable cause) {
        super(message, cause);
    }
}

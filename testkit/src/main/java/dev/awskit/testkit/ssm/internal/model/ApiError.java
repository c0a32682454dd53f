package dev.awskit.testkit.ssm.internal.model;

/**
 * An AWS JSON 1.1 error answer: HTTP status, the error code of the service model ({@code __type}) and a
 * message. Thrown anywhere inside the emulator, written back by the HTTP handler.
 */
public final class ApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String type;

    /**
     * Creates an error answer.
     *
     * @param status the HTTP status
     * @param type the error code, e.g. {@code AutomationExecutionNotFoundException}
     * @param message the message shown to the client
     */
    public ApiError(int status, String type, String message) {
        super(message, null, false, false);
        this.status = status;
        this.type = type;
    }

    /**
     * Creates a client error (HTTP 400).
     *
     * @param type the error code
     * @param message the message
     * @return the error
     */
    public static ApiError badRequest(String type, String message) {
        return new ApiError(400, type, message);
    }

    /**
     * Creates the answer for a body that is not the JSON the operation expects.
     *
     * @param message what is wrong, naming the member
     * @return a {@code SerializationException} (HTTP 400)
     */
    public static ApiError serialization(String message) {
        return new ApiError(400, "SerializationException", message);
    }

    /** @return the HTTP status */
    public int status() {
        return status;
    }

    /** @return the error code, e.g. {@code AutomationExecutionNotFoundException} */
    public String type() {
        return type;
    }
}

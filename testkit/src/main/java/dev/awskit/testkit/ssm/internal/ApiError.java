package dev.awskit.testkit.ssm.internal;

/** An AWS JSON 1.1 error answer: HTTP status, {@code __type} and message. */
public final class ApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String type;

    ApiError(int status, String type, String message) {
        super(message, null, false, false);
        this.status = status;
        this.type = type;
    }

    static ApiError badRequest(String type, String message) {
        return new ApiError(400, type, message);
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

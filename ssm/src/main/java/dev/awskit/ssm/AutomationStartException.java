package dev.awskit.ssm;

import dev.awskit.ssm.internal.ErrorText;
import java.util.Objects;

/**
 * A start did not return an execution id: the service refused it, or every answer to it was lost (the SDK's
 * retries ran out on server errors, timeouts or connection failures). In the second case an execution may exist,
 * and {@link #executionMayExist()} is true: starting the same request again (it carries the same
 * {@link #clientToken()}) returns that execution's id instead of starting a second one; the message says so.
 *
 * <pre>{@code
 * try {
 *     id = helper.sync().start(request);
 * } catch (AutomationStartException e) {
 *     if (e.executionMayExist()) {
 *         id = helper.sync().start(e.request());   // same client token: the same execution, never a second
 *     }
 * }
 * }</pre>
 *
 * <p>{@link #executionId()} is always empty here. The message names the document and the client token, never a
 * parameter value.
 */
public class AutomationStartException extends AutomationException {
    private static final long serialVersionUID = 1L;

    private final String clientToken;
    private final boolean executionMayExist;
    private final transient AutomationRequest request;

    /**
     * Creates the exception.
     *
     * @param request the start that failed
     * @param executionMayExist whether the service may have created the execution (its answer was lost)
     * @param cause the last failure of the start, typically an SDK exception
     * @throws NullPointerException if {@code request} is null
     */
    public AutomationStartException(AutomationRequest request, boolean executionMayExist, Throwable cause) {
        super(describe(Objects.requireNonNull(request, "request"), executionMayExist, cause), cause, null,
                request.documentName());
        this.request = request;
        this.clientToken = request.clientToken();
        this.executionMayExist = executionMayExist;
    }

    /**
     * Returns the client token the start sent, the same as {@code request().clientToken()}. Starting again with it
     * returns the execution it created, if it created one.
     *
     * @return the token, a UUID string
     */
    public String clientToken() {
        return clientToken;
    }

    /**
     * Tells whether the service may have created an execution: false when it refused the start (an error that
     * is not throttling, such as an unknown document or invalid parameters), true when the answer was lost.
     *
     * @return whether to start the same request again to learn the execution id
     */
    public boolean executionMayExist() {
        return executionMayExist;
    }

    /**
     * Returns the request that failed to start; starting it again is safe (same client token). May be null only
     * on an exception that was serialized and read back.
     *
     * @return the request
     */
    public AutomationRequest request() {
        return request;
    }

    private static String describe(AutomationRequest request, boolean mayExist, Throwable cause) {
        String token = request.clientToken();
        String reason = cause == null ? "no answer" : ErrorText.describe(cause);
        if (!mayExist) {
            return "Automation " + request.documentName() + " was not started (client token " + token + "): "
                    + reason;
        }
        return "Could not start automation " + request.documentName() + " (client token " + token + "): " + reason
                + ". An execution may have started: start the same request again (client token " + token
                + ") to get its id without starting a second one";
    }
}

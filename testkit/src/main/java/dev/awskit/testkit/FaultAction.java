package dev.awskit.testkit;

import dev.awskit.testkit.internal.fault.Fault;
import dev.awskit.testkit.internal.fault.FaultRule;
import dev.awskit.testkit.internal.fault.ServiceErrors;
import dev.awskit.testkit.internal.fault.Trigger;
import java.time.Duration;
import java.util.Objects;
import java.util.function.BiFunction;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;

/**
 * Last step of a fault rule: what happens to the selected calls. Each method adds the rule to the injector
 * and returns the injector, so rules chain.
 *
 * <p>Error faults (throttling, server and service errors, connection failures) are raised before the request
 * is sent, inside the SDK's retry loop: the service never sees a faulted attempt, and the SDK's retry strategy
 * classifies and retries the failure as it would a real one.
 */
public final class FaultAction {
    private final FaultInjector injector;
    private final String operation;
    private final Trigger trigger;

    FaultAction(FaultInjector injector, String operation, Trigger trigger) {
        this.injector = injector;
        this.operation = operation;
        this.trigger = trigger;
    }

    /**
     * Fails with the service's throttling error: {@code ThrottlingException} (HTTP 400), or {@code SlowDown}
     * (HTTP 503) for S3. The exception's {@code isThrottlingException()} is {@code true}, and the SDK's retry
     * strategy backs off as for throttling.
     *
     * @return the injector
     */
    public FaultInjector throttle() {
        return add(new Fault.ServiceError(0, null, "throttle"));
    }

    /**
     * Fails with a given throttling error code, e.g. {@code ProvisionedThroughputExceededException}, HTTP 400.
     *
     * @param errorCode a code the SDK treats as throttling
     * @return the injector
     * @throws IllegalArgumentException if the SDK does not treat {@code errorCode} as throttling
     */
    public FaultInjector throttle(String errorCode) {
        if (errorCode == null || !ServiceErrors.isThrottlingCode(errorCode)) {
            throw new IllegalArgumentException("not a throttling error code for the SDK: '" + errorCode + "'");
        }
        return add(new Fault.ServiceError(400, errorCode, "throttle"));
    }

    /**
     * Fails with a server error: 500 {@code InternalFailure}, 503 {@code ServiceUnavailable}, or another 5xx.
     *
     * @param statusCode from 500 to 599
     * @return the injector
     * @throws IllegalArgumentException if {@code statusCode} is not a 5xx status
     */
    public FaultInjector serverError(int statusCode) {
        if (statusCode < 500 || statusCode > 599) {
            throw new IllegalArgumentException("serverError takes a 5xx status: " + statusCode);
        }
        String code = switch (statusCode) {
            case 502 -> "BadGateway";
            case 503 -> "ServiceUnavailable";
            case 504 -> "GatewayTimeout";
            default -> "InternalFailure";
        };
        return add(new Fault.ServiceError(statusCode, code, "server error"));
    }

    /**
     * Fails with any service error, e.g. {@code serviceError(400, "ValidationException")}. The exception is the
     * service's modeled exception of that name when there is one ({@code ResourceNotFoundException}, ...).
     *
     * @param statusCode from 400 to 599
     * @param errorCode the AWS error code
     * @return the injector
     * @throws IllegalArgumentException if {@code statusCode} is not 4xx or 5xx, or {@code errorCode} is blank
     */
    public FaultInjector serviceError(int statusCode, String errorCode) {
        if (statusCode < 400 || statusCode > 599) {
            throw new IllegalArgumentException("serviceError takes a 4xx or 5xx status: " + statusCode);
        }
        if (errorCode == null || errorCode.isBlank()) {
            throw new IllegalArgumentException("errorCode must not be blank: '" + errorCode + "'");
        }
        return add(new Fault.ServiceError(statusCode, errorCode, "service error"));
    }

    /**
     * Fails the attempt as a refused connection: an {@code SdkClientException} whose cause is a
     * {@link java.net.ConnectException}, which the SDK retries.
     *
     * @return the injector
     */
    public FaultInjector connectionFailure() {
        return add(new Fault.ConnectionFailure());
    }

    /**
     * Makes the attempt slower by {@code delay}. A sync client's calling thread waits (interruptibly, so API
     * call attempt timeouts still fire); for an async client the response body is delivered {@code delay}
     * later from a scheduler, with no thread blocked.
     *
     * @param delay positive
     * @return the injector
     * @throws IllegalArgumentException if {@code delay} is zero or negative
     */
    public FaultInjector latency(Duration delay) {
        if (delay == null || delay.isZero() || delay.isNegative()) {
            throw new IllegalArgumentException("latency must be positive: " + delay);
        }
        return add(new Fault.Latency(delay));
    }

    /**
     * Replaces the response of the selected calls (which did run at the service) by the function's result, e.g.
     * to report written items as unprocessed:
     *
     * <pre>{@code
     * faults.on("BatchWriteItem").nthCall(1).rewriteResponse((request, response) ->
     *         ((BatchWriteItemResponse) response).toBuilder()
     *                 .unprocessedItems(((BatchWriteItemRequest) request).requestItems())
     *                 .build());
     * }</pre>
     *
     * @param rewrite maps the request and the real response to the response the caller sees
     * @return the injector
     */
    public FaultInjector rewriteResponse(BiFunction<SdkRequest, SdkResponse, SdkResponse> rewrite) {
        return add(new Fault.ResponseRewrite(Objects.requireNonNull(rewrite, "rewrite")));
    }

    private FaultInjector add(Fault fault) {
        return injector.addRule(new FaultRule(operation, trigger, fault));
    }
}

package dev.awskit.testkit.internal.fault;

import java.time.Duration;
import java.util.function.BiFunction;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;

/** What a rule does to the attempts or calls it selects. */
public sealed interface Fault {
    /**
     * The call fails before transmission with the service's own exception type.
     *
     * @param statusCode the HTTP status the exception carries
     * @param errorCode the AWS error code, or {@code null} to pick the service's throttling code
     * @param kind a word for logs: throttle, server error, service error
     */
    record ServiceError(int statusCode, String errorCode, String kind) implements Fault {
    }

    /**
     * The attempt takes longer by {@code delay}.
     *
     * @param delay the added latency
     */
    record Latency(Duration delay) implements Fault {
    }

    /** The attempt fails as if the connection were refused. */
    record ConnectionFailure() implements Fault {
    }

    /**
     * The call's response is replaced by the function's result.
     *
     * @param rewrite maps the request and the real response to the response the caller sees
     */
    record ResponseRewrite(BiFunction<SdkRequest, SdkResponse, SdkResponse> rewrite) implements Fault {
    }
}

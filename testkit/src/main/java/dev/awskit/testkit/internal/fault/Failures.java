package dev.awskit.testkit.internal.fault;

import java.net.ConnectException;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.exception.SdkClientException;

/** Turns an error fault into the exception the SDK would see for it. */
public final class Failures {
    private Failures() {
    }

    /**
     * Builds the exception for an error fault.
     *
     * @param fault a {@link Fault.ServiceError} or {@link Fault.ConnectionFailure}
     * @param request the call's request
     * @param serviceName the SDK's service name, e.g. {@code S3}
     * @return the exception to throw before transmission
     */
    public static RuntimeException of(Fault fault, SdkRequest request, String serviceName) {
        if (fault instanceof Fault.ConnectionFailure) {
            // The shape the SDK gives a refused connection: a client exception around the I/O failure.
            return SdkClientException.builder()
                    .message("Unable to execute HTTP request: Connection refused (fault injected by awskit)")
                    .cause(new ConnectException("Connection refused (fault injected by awskit)"))
                    .build();
        }
        Fault.ServiceError error = (Fault.ServiceError) fault;
        boolean s3 = "S3".equals(serviceName);
        int status = error.statusCode() != 0 ? error.statusCode() : (s3 ? 503 : 400);
        String code = error.errorCode() != null ? error.errorCode() : (s3 ? "SlowDown" : "ThrottlingException");
        return ServiceErrors.build(request, serviceName, status, code, error.kind() + " injected by awskit FaultInjector");
    }
}

package dev.awskit.testkit.internal.fault;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * Builds the exception a service client would raise for an error answer, with the client's own types: the
 * modeled exception named after the error code when the service defines one (class {@code CODE} or
 * {@code CODEException}, as the SDK's code generator names them), else the service's base exception ({@code DynamoDbException}, {@code S3Exception}, ...).
 */
public final class ServiceErrors {
    private static final AtomicLong REQUEST_IDS = new AtomicLong();
    private static final Map<String, Method> BUILDERS = new ConcurrentHashMap<>();
    private static final Method NONE;

    static {
        try {
            NONE = Object.class.getMethod("toString");
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private ServiceErrors() {
    }

    /**
     * Tells whether the SDK treats an error code as throttling.
     *
     * @param errorCode the code
     * @return whether an exception with that code is a throttling exception
     */
    public static boolean isThrottlingCode(String errorCode) {
        return AwsServiceException.builder().statusCode(400)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode(errorCode).build())
                .build().isThrottlingException();
    }

    /**
     * Builds the exception.
     *
     * @param request the call's request, which names the service's model package
     * @param serviceName the SDK's service name, e.g. {@code DynamoDB}
     * @param statusCode the HTTP status
     * @param errorCode the AWS error code
     * @param message the error message
     * @return the exception, never {@code null}
     */
    public static AwsServiceException build(SdkRequest request, String serviceName, int statusCode,
            String errorCode, String message) {
        String requestId = "awskit-fault-" + REQUEST_IDS.incrementAndGet();
        AwsServiceException.Builder builder = builderFor(request, errorCode);
        builder.statusCode(statusCode)
                .message(message)
                .requestId(requestId)
                .awsErrorDetails(AwsErrorDetails.builder()
                        .errorCode(errorCode)
                        .errorMessage(message)
                        .serviceName(serviceName)
                        .sdkHttpResponse(SdkHttpResponse.builder().statusCode(statusCode)
                                .putHeader("x-amzn-RequestId", requestId).build())
                        .build());
        return builder.build();
    }

    private static AwsServiceException.Builder builderFor(SdkRequest request, String errorCode) {
        Class<?> requestType = request == null ? null : request.getClass();
        Class<?> serviceRequest = requestType == null ? null : requestType.getSuperclass();
        if (serviceRequest != null && serviceRequest.getSimpleName().endsWith("Request")) {
            String pkg = requestType.getPackageName();
            String base = pkg + "." + serviceRequest.getSimpleName().replaceFirst("Request$", "Exception");
            ClassLoader loader = requestType.getClassLoader();
            // Codegen names a modeled error's class after its shape, with "Exception" appended where missing.
            Method method = builderMethod(pkg + "." + errorCode, base, loader);
            if (method == NONE) {
                method = builderMethod(pkg + "." + errorCode + "Exception", base, loader);
            }
            if (method == NONE) {
                method = builderMethod(base, base, loader);
            }
            if (method != NONE) {
                try {
                    return (AwsServiceException.Builder) method.invoke(null);
                } catch (ReflectiveOperationException | ClassCastException e) {
                    // Fall through to the generic exception.
                }
            }
        }
        return AwsServiceException.builder();
    }

    private static Method builderMethod(String className, String baseName, ClassLoader loader) {
        return BUILDERS.computeIfAbsent(className + "|" + baseName, key -> {
            try {
                Class<?> type = Class.forName(className, false, loader);
                Class<?> base = Class.forName(baseName, false, loader);
                if (!base.isAssignableFrom(type) || !AwsServiceException.class.isAssignableFrom(type)) {
                    return NONE;
                }
                Method method = type.getMethod("builder");
                return Modifier.isStatic(method.getModifiers()) ? method : NONE;
            } catch (ClassNotFoundException | NoSuchMethodException | LinkageError e) {
                return NONE;
            }
        });
    }
}

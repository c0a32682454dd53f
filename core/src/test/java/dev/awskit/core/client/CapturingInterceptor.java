package dev.awskit.core.client;

import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpRequest;

/**
 * Records the HTTP request exactly as it would go on the wire, then stops the call before transmission, so
 * client configuration is checked offline with the SDK's own marshalling.
 */
final class CapturingInterceptor implements ExecutionInterceptor {
    /** Thrown to stop a call once its request is captured. */
    static final class Captured extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Captured() {
            super("request captured; not sent");
        }
    }

    private volatile SdkHttpRequest request;

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        request = context.httpRequest();
        throw new Captured();
    }

    SdkHttpRequest request() {
        return request;
    }
}

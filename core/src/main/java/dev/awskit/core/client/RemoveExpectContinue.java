package dev.awskit.core.client;

import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpRequest;

/**
 * Removes the {@code Expect: 100-continue} header the SDK adds to S3 uploads. moto server never answers the
 * interim 100 response, so async (Netty) uploads to it stall without this. Part of
 * {@link ClientSettings#emulator(java.net.URI)}; harmless against real S3 apart from losing the early reject
 * of a large upload.
 */
public final class RemoveExpectContinue implements ExecutionInterceptor {
    /** The shared instance; stateless. */
    public static final RemoveExpectContinue INSTANCE = new RemoveExpectContinue();

    private RemoveExpectContinue() {
    }

    @Override
    public SdkHttpRequest modifyHttpRequest(Context.ModifyHttpRequest context, ExecutionAttributes attributes) {
        SdkHttpRequest request = context.httpRequest();
        return request.firstMatchingHeader("Expect").isPresent() ? request.toBuilder().removeHeader("Expect").build() : request;
    }

    @Override
    public String toString() {
        return "RemoveExpectContinue";
    }
}

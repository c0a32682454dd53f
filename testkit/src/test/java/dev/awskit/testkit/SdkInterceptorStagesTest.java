package dev.awskit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * Pins down the SDK behaviour FaultInjector is built on: {@code modifyHttpRequest} runs once per API call,
 * outside the retry loop (so redirecting a request there would send its retries to the same place), while
 * {@code beforeTransmission} runs for every attempt inside it (so a fault raised there is retried like a
 * failure of the attempt).
 */
@ExtendWith(MotoExtension.class)
class SdkInterceptorStagesTest {

    @Test
    void retriedCall_modifyHttpRequestOnce_beforeTransmissionPerAttempt(MotoServer moto) {
        AtomicInteger modified = new AtomicInteger();
        AtomicInteger transmitted = new AtomicInteger();
        ExecutionInterceptor stages = new ExecutionInterceptor() {
            @Override
            public SdkHttpRequest modifyHttpRequest(Context.ModifyHttpRequest context, ExecutionAttributes attributes) {
                modified.incrementAndGet();
                return context.httpRequest();
            }

            @Override
            public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
                transmitted.incrementAndGet();
            }
        };
        FaultInjector faults = FaultInjector.create();
        faults.on("GetCallerIdentity").nthCall(1).serverError(500);
        try (StsClient sts = moto.settings().toBuilder().addInterceptor(stages).addInterceptor(faults)
                .retryStrategy(new RecordingRetries(3).strategy).build().client(StsClient.builder())) {
            sts.getCallerIdentity();
        }

        assertThat(modified).hasValue(1);
        assertThat(transmitted).hasValue(2);
    }
}

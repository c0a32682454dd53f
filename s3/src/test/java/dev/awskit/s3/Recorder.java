package dev.awskit.s3;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Records the signed requests a client sends (operation and {@code Authorization} header) and lets a test wait, with
 * a bound and without sleeping, until an operation has completed.
 */
final class Recorder implements ExecutionInterceptor {
    /** One request as sent. */
    record Sent(String operation, String authorization, String host) {
    }

    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private final ConcurrentHashMap<String, CountDownLatch> done = new ConcurrentHashMap<>();

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        sent.add(new Sent(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME),
                context.httpRequest().firstMatchingHeader("Authorization").orElse(""),
                context.httpRequest().host()));
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        latch(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME)).countDown();
    }

    @Override
    public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
        latch(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME)).countDown();
    }

    List<Sent> sent() {
        return List.copyOf(sent);
    }

    /** Waits until {@code operation} has finished once (successfully or not), at most 30 s. */
    boolean awaitFinished(String operation) throws InterruptedException {
        return latch(operation).await(30, TimeUnit.SECONDS);
    }

    void clear() {
        sent.clear();
        done.clear();
    }

    private CountDownLatch latch(String operation) {
        return done.computeIfAbsent(operation, k -> new CountDownLatch(1));
    }
}

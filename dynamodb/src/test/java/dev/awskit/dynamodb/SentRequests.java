package dev.awskit.dynamodb;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * Records every request that reached the emulator and came back with a response, as sent: added after the
 * interceptors that rewrite requests (testkit's {@code UnprocessedBatches}), it sees what they left in. A request that
 * failed (throttled, refused) is not recorded.
 */
final class SentRequests implements ExecutionInterceptor {
    private final List<SdkRequest> requests = new CopyOnWriteArrayList<>();

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        requests.add(context.request());
    }

    /** @return the answered requests of {@code type}, in the order their responses arrived */
    <R extends SdkRequest> Stream<R> of(Class<R> type) {
        return requests.stream().filter(type::isInstance).map(type::cast);
    }
}

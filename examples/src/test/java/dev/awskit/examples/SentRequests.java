package dev.awskit.examples;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.awscore.AwsExecutionAttribute;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.regions.Region;

/** Records every request a client sent and the region it went to, so a test can read what a scenario asked for. */
public final class SentRequests implements ExecutionInterceptor {
    /**
     * One request.
     *
     * @param request the SDK request, as sent
     * @param region the client's region
     */
    public record Sent(SdkRequest request, Region region) {
    }

    private final List<Sent> sent = new CopyOnWriteArrayList<>();

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        sent.add(new Sent(context.request(), attributes.getAttribute(AwsExecutionAttribute.AWS_REGION)));
    }

    /** Forgets what was recorded. */
    public void clear() {
        sent.clear();
    }

    /**
     * Returns the requests of one type, in the order they were sent.
     *
     * @param type e.g. {@code UpdateItemRequest.class}
     * @param <R> the type
     * @return the requests
     */
    public <R extends SdkRequest> List<R> of(Class<R> type) {
        return sent.stream().map(Sent::request).filter(type::isInstance).map(type::cast).toList();
    }

    /**
     * Returns the regions requests of one type went to, in order.
     *
     * @param type the request type
     * @return the regions
     */
    public List<Region> regionsOf(Class<? extends SdkRequest> type) {
        return sent.stream().filter(s -> type.isInstance(s.request())).map(Sent::region).toList();
    }
}

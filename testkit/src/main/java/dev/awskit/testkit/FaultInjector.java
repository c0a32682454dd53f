package dev.awskit.testkit;

import dev.awskit.testkit.internal.fault.CallCounts;
import dev.awskit.testkit.internal.fault.CallState;
import dev.awskit.testkit.internal.fault.DelayedPublisher;
import dev.awskit.testkit.internal.fault.Failures;
import dev.awskit.testkit.internal.fault.Fault;
import dev.awskit.testkit.internal.fault.FaultRule;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.ClientType;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.exception.AbortedException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * An SDK interceptor that injects faults by rule and counts API calls, for tests of retry, fallback and
 * caching behaviour against an emulator (or real AWS):
 *
 * <pre>{@code
 * FaultInjector faults = FaultInjector.create();
 * faults.on("GetSecretValue").nthCall(2).throttle();
 * faults.on("PutItem").withProbability(0.3, 42L).serverError(503);
 * faults.onAny().always().latency(Duration.ofMillis(50));
 *
 * ClientSettings settings = moto.settings().toBuilder().addInterceptor(faults).build();
 * ...
 * assertThat(faults.calls("GetSecretValue")).isEqualTo(1);
 * }</pre>
 *
 * <p><b>How faults happen.</b> Throttling, server and service errors and connection failures are raised in
 * {@code beforeTransmission}, which the SDK runs for every HTTP attempt inside its retry loop: the request
 * never leaves the client, so the service sees nothing, and the SDK's retry strategy classifies the failure
 * (throttling, retryable 5xx, I/O) and retries it as a real one. The exception has the client's own type (the
 * modeled exception named by the error code, else e.g. {@code DynamoDbException}). Latency blocks a sync
 * client's calling thread for at most the delay, interruptibly; an async client's response is delivered later
 * from a scheduler thread instead. Response rewrites run after the SDK unmarshalled the real response.
 *
 * <p><b>Counting.</b> {@link #calls(String)} counts API calls (one per client method invocation),
 * {@link #attempts(String)} counts HTTP attempts (retries included, faulted ones too).
 *
 * <p>Rules apply in the order added; the first error fault that fires on an attempt wins, and latency is not
 * added to an attempt that fails. Thread-safe: share one injector across clients and threads.
 */
public final class FaultInjector implements ExecutionInterceptor {
    private static final Logger LOG = LoggerFactory.getLogger(FaultInjector.class);
    private static final ExecutionAttribute<CallState> CALL = new ExecutionAttribute<>("awskit.FaultInjector.call");

    private final List<FaultRule> rules = new CopyOnWriteArrayList<>();
    private final CallCounts calls = new CallCounts();
    private final CallCounts attempts = new CallCounts();
    private final CallCounts injected = new CallCounts();

    private FaultInjector() {
    }

    /**
     * Creates an injector with no rules.
     *
     * @return the injector
     */
    public static FaultInjector create() {
        return new FaultInjector();
    }

    /**
     * Starts a rule for one operation.
     *
     * @param operation the SDK's operation name, e.g. {@code GetSecretValue}, {@code PutItem}
     * @return the next step: which calls
     * @throws IllegalArgumentException if {@code operation} is blank
     */
    public FaultSelector on(String operation) {
        if (operation == null || operation.isBlank()) {
            throw new IllegalArgumentException("operation must not be blank: '" + operation + "'");
        }
        return new FaultSelector(this, operation);
    }

    /**
     * Starts a rule for every operation.
     *
     * @return the next step: which calls
     */
    public FaultSelector onAny() {
        return new FaultSelector(this, null);
    }

    /**
     * Removes every rule; counts are kept.
     *
     * @return this injector
     */
    public FaultInjector clearRules() {
        rules.clear();
        return this;
    }

    /** Sets every count to zero; rules are kept. */
    public void reset() {
        calls.clear();
        attempts.clear();
        injected.clear();
    }

    /**
     * Returns how many API calls of an operation were made.
     *
     * @param operation the operation name
     * @return the count
     */
    public int calls(String operation) {
        return calls.get(operation);
    }

    /**
     * Returns how many HTTP attempts of an operation were made, retries and faulted attempts included.
     *
     * @param operation the operation name
     * @return the count
     */
    public int attempts(String operation) {
        return attempts.get(operation);
    }

    /**
     * Returns how many faults were injected into an operation's attempts or responses.
     *
     * @param operation the operation name
     * @return the count
     */
    public int injected(String operation) {
        return injected.get(operation);
    }

    /**
     * Returns the API call counts of every operation called so far.
     *
     * @return operation name to count, sorted by name; a snapshot
     */
    public Map<String, Integer> calls() {
        return calls.snapshot();
    }

    FaultInjector addRule(FaultRule rule) {
        rules.add(rule);
        LOG.debug("fault rule added: {}", rule);
        return this;
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        calls.increment(operation);
        Map<FaultRule, Integer> matched = new LinkedHashMap<>();
        for (FaultRule rule : rules) {
            if (rule.matches(operation)) {
                matched.put(rule, rule.nextCall());
            }
        }
        attributes.putAttribute(CALL, new CallState(operation, matched));
    }

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        CallState call = attributes.getAttribute(CALL);
        if (call == null) {
            return;
        }
        int attempt = call.nextAttempt();
        attempts.increment(call.operation());
        call.pendingLatency(null); // latency meant for an earlier attempt that got no response
        Duration latency = Duration.ZERO;
        Fault failure = null;
        for (Map.Entry<FaultRule, Integer> entry : call.callIndexByRule().entrySet()) {
            Fault fault = entry.getKey().fault();
            if (fault instanceof Fault.ResponseRewrite || (failure != null && !(fault instanceof Fault.Latency))) {
                continue;
            }
            if (entry.getKey().trigger().firesOnAttempt(entry.getValue(), attempt)) {
                if (fault instanceof Fault.Latency slow) {
                    latency = latency.plus(slow.delay());
                } else {
                    failure = fault;
                }
            }
        }
        if (failure != null) {
            injected.increment(call.operation());
            String service = attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME);
            LOG.debug("fault injected: {} on attempt {} of {} {}", failure, attempt, service, call.operation());
            throw Failures.of(failure, context.request(), service);
        }
        if (!latency.isZero()) {
            injected.increment(call.operation());
            delay(latency, attributes, call);
        }
    }

    @Override
    public Optional<Publisher<ByteBuffer>> modifyAsyncHttpResponseContent(Context.ModifyHttpResponse context,
            ExecutionAttributes attributes) {
        CallState call = attributes.getAttribute(CALL);
        Duration latency = call == null ? null : call.takePendingLatency();
        Optional<Publisher<ByteBuffer>> body = context.responsePublisher();
        if (latency == null || body.isEmpty()) {
            return body;
        }
        return Optional.of(new DelayedPublisher(body.get(), latency));
    }

    @Override
    public SdkResponse modifyResponse(Context.ModifyResponse context, ExecutionAttributes attributes) {
        CallState call = attributes.getAttribute(CALL);
        SdkResponse response = context.response();
        if (call == null) {
            return response;
        }
        for (Map.Entry<FaultRule, Integer> entry : call.callIndexByRule().entrySet()) {
            if (entry.getKey().fault() instanceof Fault.ResponseRewrite rewrite
                    && entry.getKey().trigger().firesOnCall(entry.getValue())) {
                injected.increment(call.operation());
                response = Objects.requireNonNull(rewrite.rewrite().apply(context.request(), response),
                        "rewriteResponse function returned null");
                LOG.debug("fault injected: {} response rewritten", call.operation());
            }
        }
        return response;
    }

    private static void delay(Duration latency, ExecutionAttributes attributes, CallState call) {
        if (attributes.getAttribute(SdkExecutionAttribute.CLIENT_TYPE) == ClientType.ASYNC) {
            call.pendingLatency(latency);
            return;
        }
        try {
            Thread.sleep(latency.toMillis(), latency.toNanosPart() % 1_000_000);
        } catch (InterruptedException e) {
            // The SDK interrupts the calling thread when an API call (attempt) timeout fires.
            Thread.currentThread().interrupt();
            throw AbortedException.builder().message("interrupted during injected latency").cause(e).build();
        }
    }

    @Override
    public String toString() {
        return "FaultInjector[rules=" + rules + ", calls=" + calls.snapshot() + "]";
    }
}

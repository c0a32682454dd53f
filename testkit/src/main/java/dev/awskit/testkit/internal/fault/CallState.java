package dev.awskit.testkit.internal.fault;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/** What the injector knows about one API call in flight: the rules it matched and its attempts. */
public final class CallState {
    private final String operation;
    private final Map<FaultRule, Integer> callIndexByRule;
    private final AtomicInteger attempts = new AtomicInteger();
    private final AtomicReference<Duration> pendingLatency = new AtomicReference<>();

    /**
     * Creates the state.
     *
     * @param operation the operation name
     * @param callIndexByRule for each rule that matched, which of its matching calls this is (insertion order)
     */
    public CallState(String operation, Map<FaultRule, Integer> callIndexByRule) {
        this.operation = operation;
        this.callIndexByRule = callIndexByRule;
    }

    /** @return the operation name */
    public String operation() {
        return operation;
    }

    /** @return the rules the call matched, with its index among each rule's matches */
    public Map<FaultRule, Integer> callIndexByRule() {
        return callIndexByRule;
    }

    /** @return the number of the attempt that starts now, from 1 */
    public int nextAttempt() {
        return attempts.incrementAndGet();
    }

    /**
     * Remembers latency to add to the response of the current attempt (async clients).
     *
     * @param delay the latency, or {@code null} for none
     */
    public void pendingLatency(Duration delay) {
        pendingLatency.set(delay);
    }

    /** @return the pending latency, cleared, or {@code null} */
    public Duration takePendingLatency() {
        return pendingLatency.getAndSet(null);
    }
}

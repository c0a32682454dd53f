package dev.awskit.testkit.internal.fault;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * One rule: which operation (or any), which calls, which fault. Counts the calls it matched, so
 * {@code nthCall} means the nth matching call after the rule was added.
 */
public final class FaultRule {
    private final String operation;
    private final Trigger trigger;
    private final Fault fault;
    private final AtomicInteger matchedCalls = new AtomicInteger();

    /**
     * Creates a rule.
     *
     * @param operation the operation name, e.g. {@code GetSecretValue}, or {@code null} for any
     * @param trigger which calls or attempts
     * @param fault what happens to them
     */
    public FaultRule(String operation, Trigger trigger, Fault fault) {
        this.operation = operation;
        this.trigger = trigger;
        this.fault = fault;
    }

    /**
     * Tells whether the rule applies to an operation.
     *
     * @param operationName the SDK's operation name
     * @return whether it matches
     */
    public boolean matches(String operationName) {
        return operation == null || operation.equals(operationName);
    }

    /** @return the index of a newly matched call, from 1 */
    public int nextCall() {
        return matchedCalls.incrementAndGet();
    }

    /** @return which calls or attempts */
    public Trigger trigger() {
        return trigger;
    }

    /** @return the fault */
    public Fault fault() {
        return fault;
    }

    @Override
    public String toString() {
        return (operation == null ? "any operation" : operation) + " " + trigger + " -> " + fault;
    }
}

package dev.awskit.testkit;

import dev.awskit.testkit.internal.fault.Trigger;

/**
 * Second step of a fault rule: which calls of the chosen operation get the fault. Obtained from
 * {@link FaultInjector#on(String)} or {@link FaultInjector#onAny()}.
 */
public final class FaultSelector {
    private final FaultInjector injector;
    private final String operation;

    FaultSelector(FaultInjector injector, String operation) {
        this.injector = injector;
        this.operation = operation;
    }

    /**
     * Selects the {@code n}th matching call after the rule is added. Error faults hit its first HTTP attempt
     * only, so the SDK's retry reaches the service; a response rewrite applies to that call.
     *
     * @param n the call's number, from 1
     * @return the next step: the fault
     * @throws IllegalArgumentException if {@code n} is less than 1
     */
    public FaultAction nthCall(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("nthCall counts from 1: " + n);
        }
        return new FaultAction(injector, operation, Trigger.nthCall(n));
    }

    /**
     * Selects every HTTP attempt of every matching call (so an error fault exhausts the SDK's retries), or
     * every call for a response rewrite.
     *
     * @return the next step: the fault
     */
    public FaultAction always() {
        return new FaultAction(injector, operation, Trigger.always());
    }

    /**
     * Selects each HTTP attempt (each call for a response rewrite) independently with probability
     * {@code probability}, drawn from a random generator seeded with {@code seed}: the same sequence of calls
     * sees the same faults in every run.
     *
     * @param probability from 0 to 1
     * @param seed the seed
     * @return the next step: the fault
     * @throws IllegalArgumentException if {@code probability} is not within [0, 1]
     */
    public FaultAction withProbability(double probability, long seed) {
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("probability must be within [0, 1]: " + probability);
        }
        return new FaultAction(injector, operation, Trigger.probability(probability, seed));
    }
}

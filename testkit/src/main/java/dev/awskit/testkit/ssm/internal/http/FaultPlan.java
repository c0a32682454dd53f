package dev.awskit.testkit.ssm.internal.http;

import dev.awskit.testkit.ssm.internal.model.ApiError;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Faults the emulator plays for the next calls of an operation. Thread-safe. */
public final class FaultPlan {
    private final Map<String, AtomicInteger> throttle = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> failBefore = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> failAfter = new ConcurrentHashMap<>();

    /**
     * Answers the next {@code times} calls of {@code operation} with ThrottlingException.
     *
     * @param operation the operation
     * @param times how many calls
     */
    public void throttle(String operation, int times) {
        throttle.computeIfAbsent(operation, k -> new AtomicInteger()).addAndGet(times);
    }

    /**
     * Answers the next {@code times} calls with HTTP 500, before or after doing the work.
     *
     * @param operation the operation
     * @param times how many calls
     * @param afterProcessing true to do the work and lose the answer
     */
    public void serverError(String operation, int times, boolean afterProcessing) {
        (afterProcessing ? failAfter : failBefore).computeIfAbsent(operation, k -> new AtomicInteger())
                .addAndGet(times);
    }

    /**
     * Plays a fault due before the work of a call.
     *
     * @param operation the operation
     * @throws ApiError the throttle or server error due
     */
    public void before(String operation) {
        if (take(throttle, operation)) {
            throw new ApiError(400, "ThrottlingException", "Rate exceeded");
        }
        if (take(failBefore, operation)) {
            throw new ApiError(500, "InternalServerError", "emulated server error");
        }
    }

    /**
     * Plays a fault due after the work of a call.
     *
     * @param operation the operation
     * @throws ApiError the server error due
     */
    public void after(String operation) {
        if (take(failAfter, operation)) {
            throw new ApiError(500, "InternalServerError", "emulated server error after processing");
        }
    }

    /** Forgets every pending fault. */
    public void clear() {
        throttle.clear();
        failBefore.clear();
        failAfter.clear();
    }

    private static boolean take(Map<String, AtomicInteger> counters, String operation) {
        AtomicInteger left = counters.get(operation);
        return left != null && left.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
    }
}

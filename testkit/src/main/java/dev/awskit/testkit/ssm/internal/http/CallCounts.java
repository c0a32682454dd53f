package dev.awskit.testkit.ssm.internal.http;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Calls received per operation, throttled, failed and forwarded ones included. Thread-safe. */
public final class CallCounts {
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();

    void record(String operation) {
        calls.computeIfAbsent(operation, k -> new AtomicInteger()).incrementAndGet();
    }

    /** @param operation an operation name @return calls received for it */
    public int get(String operation) {
        AtomicInteger count = calls.get(operation);
        return count == null ? 0 : count.get();
    }

    /** @return calls received per operation, sorted by name */
    public Map<String, Integer> all() {
        Map<String, Integer> copy = new TreeMap<>();
        calls.forEach((op, count) -> copy.put(op, count.get()));
        return copy;
    }

    /** Forgets every count. */
    public void clear() {
        calls.clear();
    }
}

package dev.awskit.testkit.internal.fault;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Thread-safe counters per operation name. */
public final class CallCounts {
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

    /**
     * Adds one to an operation's count.
     *
     * @param operation the operation name
     */
    public void increment(String operation) {
        counts.computeIfAbsent(String.valueOf(operation), key -> new AtomicInteger()).incrementAndGet();
    }

    /**
     * Returns an operation's count.
     *
     * @param operation the operation name
     * @return the count, 0 when never incremented
     */
    public int get(String operation) {
        AtomicInteger count = counts.get(operation);
        return count == null ? 0 : count.get();
    }

    /** @return every count, sorted by operation name; a snapshot */
    public Map<String, Integer> snapshot() {
        Map<String, Integer> snapshot = new TreeMap<>();
        counts.forEach((operation, count) -> snapshot.put(operation, count.get()));
        return snapshot;
    }

    /** Sets every count to zero. */
    public void clear() {
        counts.clear();
    }
}

package dev.awskit.core.cache;

import java.util.Map;
import java.util.Objects;

/**
 * What a batch read produced: the values found and, per key, why the others failed. Immutable; the maps
 * keep the order the keys were asked in where the producer preserved it.
 *
 * @param values the values by key
 * @param failures the failure by key, for keys without a value
 * @param <K> the key type
 * @param <V> the value type
 */
public record BatchResult<K, V>(Map<K, V> values, Map<K, Throwable> failures) {

    /**
     * Copies both maps.
     *
     * @param values the values by key
     * @param failures the failure by key
     * @throws NullPointerException if a map is null
     */
    public BatchResult {
        values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(
                Objects.requireNonNull(values, "values")));
        failures = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(
                Objects.requireNonNull(failures, "failures")));
    }

    /**
     * Tells whether every key has a value.
     *
     * @return {@code true} when nothing failed
     */
    public boolean isComplete() {
        return failures.isEmpty();
    }

    /** Prints the keys and failure types only: values may be secret. */
    @Override
    public String toString() {
        return "BatchResult[values=" + values.keySet() + ", failures=" + failures.keySet() + "]";
    }
}

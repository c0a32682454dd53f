package dev.awskit.secrets;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a preload did: the entries loaded and, for each one that failed, why. Messages name entries, never
 * values.
 *
 * @param loaded the entries now cached
 * @param failures the failure of each entry that could not be loaded
 */
public record PreloadReport(List<PreloadEntry> loaded, Map<PreloadEntry, Throwable> failures) {

    /**
     * Copies the collections.
     *
     * @param loaded the entries now cached
     * @param failures the failure of each entry that could not be loaded
     */
    public PreloadReport {
        loaded = List.copyOf(loaded);
        failures = Collections.unmodifiableMap(new LinkedHashMap<>(failures));
    }

    /**
     * Tells whether every entry loaded.
     *
     * @return {@code true} when nothing failed
     */
    public boolean isComplete() {
        return failures.isEmpty();
    }

    @Override
    public String toString() {
        return "PreloadReport[loaded=" + loaded.size() + ", failed=" + failures.keySet() + "]";
    }
}

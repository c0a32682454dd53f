package dev.awskit.secrets;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a preload did: what loaded and, for each entry or item that failed, why. Entries are named as
 * {@link PreloadEntry#toString()} names them ({@code secret prod/db}, {@code parameter /app/level}), items of
 * other sections by their place in the file ({@code orders[0]}); never values.
 *
 * @param loaded what is now cached, in file order
 * @param failures the failure of each entry or item that could not be loaded, in file order
 */
public record PreloadReport(List<String> loaded, Map<String, Throwable> failures) {

    /**
     * Copies the collections.
     *
     * @param loaded what is now cached
     * @param failures the failure of each entry or item that could not be loaded
     */
    public PreloadReport {
        loaded = List.copyOf(loaded);
        failures = Collections.unmodifiableMap(new LinkedHashMap<>(failures));
    }

    /**
     * Tells whether everything loaded.
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

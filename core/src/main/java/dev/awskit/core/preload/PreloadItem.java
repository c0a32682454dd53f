package dev.awskit.core.preload;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One item of a section of a preload configuration file, as the file gives it: its fields (strings, numbers,
 * booleans, lists and maps, as parsed from YAML or JSON) and its TTL.
 *
 * @param section the section it was listed under, for example {@code dynamodb}
 * @param index its position in the section, from 0
 * @param fields its fields, in file order; never secret values (a preload file names things, it holds no secrets)
 * @param ttl its own TTL, or {@code null} for the file's default or the cache's policy
 */
public record PreloadItem(String section, int index, Map<String, Object> fields, Duration ttl) {

    /**
     * Checks and copies the fields.
     *
     * @param section the section
     * @param index the position in the section
     * @param fields the fields
     * @param ttl the TTL, or null
     * @throws NullPointerException if {@code section} or {@code fields} is null
     */
    public PreloadItem {
        Objects.requireNonNull(section, "section");
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(fields, "fields")));
    }

    /**
     * Returns a required text field.
     *
     * @param name the field's name
     * @return its value
     * @throws IllegalArgumentException naming this item if the field is missing, blank or not text
     */
    public String text(String name) {
        Object value = fields.get(name);
        if (!(value instanceof String text) || text.isBlank()) {
            throw new IllegalArgumentException(this + ": field '" + name + "' must be a non-blank string, not "
                    + (value == null ? "missing" : "'" + value + "'"));
        }
        return text;
    }

    /**
     * Returns a required mapping field.
     *
     * @param name the field's name
     * @return its entries
     * @throws IllegalArgumentException naming this item if the field is missing or not a mapping
     */
    @SuppressWarnings("unchecked")
    public Map<String, Object> map(String name) {
        Object value = fields.get(name);
        if (!(value instanceof Map<?, ?> map) || map.isEmpty()) {
            throw new IllegalArgumentException(this + ": field '" + name + "' must be a non-empty mapping");
        }
        return (Map<String, Object>) map;
    }

    /** Names the item by its place in the file, for reports and errors: {@code dynamodb[2]}. */
    @Override
    public String toString() {
        return section + "[" + index + "]";
    }
}

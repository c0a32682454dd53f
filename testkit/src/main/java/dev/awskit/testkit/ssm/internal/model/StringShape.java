package dev.awskit.testkit.ssm.internal.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A string member: length bounds, a pattern (found anywhere in the value, as the service model's patterns
 * are not anchored) and an enum.
 *
 * @param min the minimum length, or {@code null}
 * @param max the maximum length, or {@code null}
 * @param pattern the regular expression, or {@code null}
 * @param enumValues the allowed values, empty for any
 */
public record StringShape(Integer min, Integer max, String pattern, List<String> enumValues) implements Shape {
    private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();

    /** Copies the enum values. */
    public StringShape {
        enumValues = List.copyOf(enumValues);
    }

    static StringShape of(Integer min, Integer max, String pattern) {
        return new StringShape(min, max, pattern, List.of());
    }

    static StringShape oneOf(String... values) {
        return new StringShape(null, null, null, List.of(values));
    }

    @Override
    public void check(JsonNode value, String path, Violations violations) {
        if (!value.isTextual()) {
            throw ApiError.serialization("Expected a string at '" + path + "'");
        }
        String text = value.asText();
        int length = text.codePointCount(0, text.length());
        if (min != null && length < min) {
            violations.add(path, text, "have length greater than or equal to " + min);
        }
        if (max != null && length > max) {
            violations.add(path, text, "have length less than or equal to " + max);
        }
        if (pattern != null && !COMPILED.computeIfAbsent(pattern, Pattern::compile).matcher(text).find()) {
            violations.add(path, text, "satisfy regular expression pattern: " + pattern);
        }
        if (!enumValues.isEmpty() && !enumValues.contains(text)) {
            violations.add(path, text, "satisfy enum value set: " + enumValues);
        }
    }

    @Override
    public String type() {
        return "string";
    }
}

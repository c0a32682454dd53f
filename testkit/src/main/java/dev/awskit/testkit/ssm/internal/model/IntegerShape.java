package dev.awskit.testkit.ssm.internal.model;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An integer member with its range.
 *
 * @param min the minimum, or {@code null}
 * @param max the maximum, or {@code null}
 */
public record IntegerShape(Integer min, Integer max) implements Shape {

    @Override
    public void check(JsonNode value, String path, Violations violations) {
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw ApiError.serialization("Expected an integer at '" + path + "'");
        }
        int number = value.asInt();
        if (min != null && number < min) {
            violations.add(path, number, "have value greater than or equal to " + min);
        }
        if (max != null && number > max) {
            violations.add(path, number, "have value less than or equal to " + max);
        }
    }

    @Override
    public String type() {
        return "integer";
    }
}

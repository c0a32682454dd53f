package dev.awskit.testkit.ssm.internal.model;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A list member: its element shape and size bounds.
 *
 * @param member the element shape
 * @param min the minimum size, or {@code null}
 * @param max the maximum size, or {@code null}
 */
public record ListShape(Shape member, Integer min, Integer max) implements Shape {

    @Override
    public void check(JsonNode value, String path, Violations violations) {
        if (!value.isArray()) {
            throw ApiError.serialization("Expected a list at '" + path + "'");
        }
        Sizes.check(value.size(), min, max, path, value, violations);
        for (int i = 0; i < value.size(); i++) {
            JsonNode element = value.get(i);
            if (!element.isNull()) {
                member.check(element, path + "." + (i + 1) + ".member", violations);
            }
        }
    }

    @Override
    public String type() {
        return "list";
    }
}

package dev.awskit.testkit.ssm.internal.model;

import com.fasterxml.jackson.databind.JsonNode;

/** A boolean member. */
public record BooleanShape() implements Shape {

    @Override
    public void check(JsonNode value, String path, Violations violations) {
        if (!value.isBoolean()) {
            throw ApiError.serialization("Expected a boolean at '" + path + "'");
        }
    }

    @Override
    public String type() {
        return "boolean";
    }
}

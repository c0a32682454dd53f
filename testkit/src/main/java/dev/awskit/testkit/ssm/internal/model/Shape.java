package dev.awskit.testkit.ssm.internal.model;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The constraints the SSM service model puts on one value (length, range, pattern, enum, required members),
 * checked against a request's JSON the way the service does before it looks at the meaning: a wrong JSON type
 * is a {@code SerializationException}, a broken constraint a {@code ValidationException} line.
 */
public sealed interface Shape permits StringShape, IntegerShape, BooleanShape, ListShape, MapShape, StructureShape {

    /**
     * Checks a present (non-null) value.
     *
     * @param value the JSON value
     * @param path the member path used in messages, e.g. {@code filters.1.member.key}
     * @param violations collects broken constraints
     * @throws ApiError a {@code SerializationException} when the JSON type is wrong
     */
    void check(JsonNode value, String path, Violations violations);

    /** @return the model's type name: string, integer, boolean, list, map or structure */
    String type();
}

package dev.awskit.testkit.ssm.internal.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A structure: its members by name (in model order) and which are required. Members the model does not know
 * are ignored, as the service ignores them.
 *
 * @param members the member shapes by name
 * @param required the required member names
 */
public record StructureShape(Map<String, Shape> members, Set<String> required) implements Shape {

    /** Copies the maps, keeping the member order. */
    public StructureShape {
        members = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(members));
        required = Set.copyOf(required);
    }

    @Override
    public void check(JsonNode value, String path, Violations violations) {
        if (!value.isObject()) {
            throw ApiError.serialization("Expected a structure at '" + (path.isEmpty() ? "request" : path) + "'");
        }
        members.forEach((name, shape) -> {
            JsonNode member = value.get(name);
            String memberPath = (path.isEmpty() ? "" : path + ".") + lowerCamel(name);
            if (member == null || member.isNull()) {
                if (required.contains(name)) {
                    violations.addNull(memberPath);
                }
            } else {
                shape.check(member, memberPath, violations);
            }
        });
    }

    /**
     * Checks a whole request and throws the collected violations.
     *
     * @param request the request body
     * @throws ApiError a {@code ValidationException} listing every broken constraint, or a
     *         {@code SerializationException}
     */
    public void validate(JsonNode request) {
        Violations violations = new Violations();
        check(request, "", violations);
        violations.throwIfAny();
    }

    @Override
    public String type() {
        return "structure";
    }

    private static String lowerCamel(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}

package dev.awskit.testkit.ssm.internal.model;

import java.util.ArrayList;
import java.util.List;

/** Collects broken constraints and words them as the service's {@code ValidationException} does. */
public final class Violations {
    private final List<String> messages = new ArrayList<>();

    void add(String path, Object value, String constraint) {
        messages.add("Value '" + value + "' at '" + path + "' failed to satisfy constraint: Member must " + constraint);
    }

    void addNull(String path) {
        messages.add("Value null at '" + path + "' failed to satisfy constraint: Member must not be null");
    }

    /**
     * Throws when anything was collected.
     *
     * @throws ApiError a {@code ValidationException} naming every violation
     */
    public void throwIfAny() {
        if (!messages.isEmpty()) {
            throw ApiError.badRequest("ValidationException", messages.size()
                    + (messages.size() == 1 ? " validation error" : " validation errors") + " detected: "
                    + String.join("; ", messages));
        }
    }
}

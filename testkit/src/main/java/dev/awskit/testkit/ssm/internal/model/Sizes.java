package dev.awskit.testkit.ssm.internal.model;

import com.fasterxml.jackson.databind.JsonNode;

/** The size bounds lists and maps share; the service words them as a length. */
final class Sizes {
    private Sizes() {
    }

    static void check(int size, Integer min, Integer max, String path, JsonNode value, Violations violations) {
        if (min != null && size < min) {
            violations.add(path, value, "have length greater than or equal to " + min);
        }
        if (max != null && size > max) {
            violations.add(path, value, "have length less than or equal to " + max);
        }
    }
}

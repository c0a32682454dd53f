package dev.awskit.testkit.ssm.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awskit.core.json.AwsKitJson;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON helpers for the AWS JSON 1.1 shapes the emulator reads and writes. */
public final class Json {
    private Json() {
    }

    /** @return a new empty object */
    public static ObjectNode object() {
        return AwsKitJson.mapper().createObjectNode();
    }

    /**
     * Writes a timestamp as AWS JSON 1.1 does: epoch seconds with a fraction.
     *
     * @param node the object
     * @param field the member name
     * @param time the time; nothing is written when {@code null}
     */
    public static void putTime(ObjectNode node, String field, Instant time) {
        if (time != null) {
            node.put(field, BigDecimal.valueOf(time.toEpochMilli()).movePointLeft(3));
        }
    }

    /**
     * Writes a map of string lists ({@code AutomationParameterMap}).
     *
     * @param map the map
     * @return the object
     */
    public static ObjectNode listMap(Map<String, List<String>> map) {
        ObjectNode node = object();
        map.forEach((key, values) -> {
            ArrayNode array = node.putArray(key);
            values.forEach(array::add);
        });
        return node;
    }

    /**
     * Reads a map of string lists whose shape was checked already.
     *
     * @param node the object, or {@code null}
     * @return the map, empty when absent
     */
    public static Map<String, List<String>> readListMap(JsonNode node) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        if (node != null && node.isObject()) {
            node.fields().forEachRemaining(field -> {
                List<String> values = new ArrayList<>();
                field.getValue().forEach(value -> values.add(value.asText()));
                map.put(field.getKey(), List.copyOf(values));
            });
        }
        return map;
    }

    /**
     * Reads a text member.
     *
     * @param request the object
     * @param field the member name
     * @return its text, or {@code null} when absent or null
     */
    public static String text(JsonNode request, String field) {
        JsonNode value = request.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}

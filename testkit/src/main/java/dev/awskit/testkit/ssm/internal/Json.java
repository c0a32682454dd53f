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
final class Json {
    private Json() {
    }

    static ObjectNode object() {
        return AwsKitJson.mapper().createObjectNode();
    }

    /** AWS JSON 1.1 timestamps are epoch seconds with a fraction. */
    static void putTime(ObjectNode node, String field, Instant time) {
        if (time != null) {
            node.put(field, BigDecimal.valueOf(time.toEpochMilli()).movePointLeft(3));
        }
    }

    static ObjectNode listMap(Map<String, List<String>> map) {
        ObjectNode node = object();
        map.forEach((key, values) -> {
            ArrayNode array = node.putArray(key);
            values.forEach(array::add);
        });
        return node;
    }

    static Map<String, List<String>> readListMap(JsonNode node) {
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

    static String text(JsonNode request, String field) {
        JsonNode value = request.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}

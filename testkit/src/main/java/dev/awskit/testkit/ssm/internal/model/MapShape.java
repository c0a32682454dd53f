package dev.awskit.testkit.ssm.internal.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Iterator;
import java.util.Map;

/**
 * A map member: key and value shapes and size bounds.
 *
 * @param key the key shape
 * @param value the value shape
 * @param min the minimum number of entries, or {@code null}
 * @param max the maximum number of entries, or {@code null}
 */
public record MapShape(StringShape key, Shape value, Integer min, Integer max) implements Shape {

    @Override
    public void check(JsonNode node, String path, Violations violations) {
        if (!node.isObject()) {
            throw ApiError.serialization("Expected a map at '" + path + "'");
        }
        Sizes.check(node.size(), min, max, path, node, violations);
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            key.check(TextNode.valueOf(entry.getKey()), path + ".key", violations);
            if (!entry.getValue().isNull()) {
                value.check(entry.getValue(), path + "." + entry.getKey(), violations);
            }
        }
    }

    @Override
    public String type() {
        return "map";
    }
}

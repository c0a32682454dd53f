package dev.awskit.ssm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.awskit.core.json.AwsKitJson;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns command-line {@code key=value} tokens or a JSON object into the {@code Map<String, List<String>>}
 * that {@code StartAutomationExecution} takes.
 *
 * <pre>{@code
 * AutomationParameters.parse(List.of("InstanceId=i-1", "InstanceId=i-2", "Filter=a=b"));
 * // {InstanceId=[i-1, i-2], Filter=[a=b]}
 * AutomationParameters.fromJson("{\"InstanceId\": [\"i-1\"], \"Force\": true}");
 * // {InstanceId=[i-1], Force=[true]}
 * }</pre>
 *
 * <p>A token splits at its first {@code =}, so values may contain {@code =}; a key given more than once
 * collects its values in order; an empty value is kept as {@code ""}. Keys keep the order they first appear
 * in. The maps returned are unmodifiable.
 */
public final class AutomationParameters {
    private AutomationParameters() {
    }

    /**
     * Parses {@code key=value} tokens.
     *
     * @param tokens the tokens, e.g. the positional arguments of a CLI
     * @return the parameters, keys in first-seen order
     * @throws AutomationParameterException for a token without {@code =} (named in the message) or with an
     *     empty key (named by position, since what follows {@code =} may be a secret)
     * @throws NullPointerException if {@code tokens} or a token is null
     */
    public static Map<String, List<String>> parse(List<String> tokens) {
        Objects.requireNonNull(tokens, "tokens");
        Map<String, List<String>> result = new LinkedHashMap<>();
        int position = 0;
        for (String token : tokens) {
            position++;
            Objects.requireNonNull(token, "token " + position);
            int eq = token.indexOf('=');
            if (eq < 0) {
                throw new AutomationParameterException(
                        "parameter '" + token + "' (argument " + position + ") must look like key=value", position);
            }
            String key = token.substring(0, eq).strip();
            if (key.isEmpty()) {
                throw new AutomationParameterException(
                        "parameter argument " + position + " has an empty key before '='", position);
            }
            result.computeIfAbsent(key, k -> new ArrayList<>()).add(token.substring(eq + 1));
        }
        return freeze(result);
    }

    /**
     * Parses {@code key=value} tokens.
     *
     * @param tokens the tokens
     * @return the parameters
     * @throws AutomationParameterException as {@link #parse(List)}
     */
    public static Map<String, List<String>> parse(String... tokens) {
        return parse(List.of(tokens));
    }

    /**
     * Reads a JSON object whose values are strings, numbers, booleans or arrays of those, e.g.
     * {@code {"InstanceId": ["i-1", "i-2"], "Force": true}}.
     *
     * @param json the JSON text
     * @return the parameters, keys in document order; scalars become one-element lists
     * @throws AutomationParameterException if the text is not a JSON object of that shape; the message names
     *     the offending key, never a value
     */
    public static Map<String, List<String>> fromJson(String json) {
        Objects.requireNonNull(json, "json");
        JsonNode root;
        try {
            root = AwsKitJson.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new AutomationParameterException("parameters are not valid JSON (line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")", 0);
        }
        if (root == null || !root.isObject()) {
            throw new AutomationParameterException("parameters JSON must be an object of name to value(s)", 0);
        }
        Map<String, List<String>> result = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String key = field.getKey();
            if (key.isBlank()) {
                throw new AutomationParameterException("parameters JSON has an empty key", 0);
            }
            List<String> values = new ArrayList<>();
            JsonNode node = field.getValue();
            if (node.isArray()) {
                node.forEach(element -> values.add(scalar(key, element)));
            } else {
                values.add(scalar(key, node));
            }
            result.put(key, values);
        }
        return freeze(result);
    }

    private static String scalar(String key, JsonNode node) {
        if (node.isValueNode() && !node.isNull()) {
            return node.asText();
        }
        throw new AutomationParameterException(
                "parameter '" + key + "' must be a string, number, boolean or an array of those", 0);
    }

    private static Map<String, List<String>> freeze(Map<String, List<String>> map) {
        Map<String, List<String>> frozen = new LinkedHashMap<>();
        map.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(frozen);
    }
}

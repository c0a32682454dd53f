package dev.awskit.secrets.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.awskit.secrets.PreloadEntry;
import dev.awskit.secrets.PreloadEntry.Kind;
import dev.awskit.secrets.SecretVersion;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns the parsed YAML or JSON tree of a preload file into its default TTL and entries. */
public final class PreloadParser {
    private static final Set<String> TOP = Set.of("ttl", "secrets", "secretsManager", "parameters", "dynamodb");
    private static final String REFERENCE = "/aws/reference/secretsmanager/";

    private PreloadParser() {
    }

    /**
     * Parses the tree.
     *
     * @param root the document root
     * @return the default TTL and the entries
     * @throws IllegalArgumentException naming the place of the first problem
     */
    public static Parsed parse(JsonNode root) {
        if (root == null || root.isMissingNode() || root.isNull()) {
            return new Parsed(null, List.of());
        }
        if (!root.isObject()) {
            throw new IllegalArgumentException("preload configuration must be a mapping at the top");
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!TOP.contains(name)) {
                throw new IllegalArgumentException("unknown preload section '" + name + "', expected one of " + TOP);
            }
        }
        List<PreloadEntry> entries = new ArrayList<>();
        for (String section : List.of("secrets", "secretsManager")) {
            items(root, section, (item, where) -> secret(item, where, entries));
        }
        items(root, "parameters", (item, where) -> parameter(item, where, entries));
        items(root, "dynamodb", (item, where) -> entries.add(item(item, where)));
        return new Parsed(ttl(root.get("ttl"), "ttl"), entries);
    }

    /**
     * What a preload file says.
     *
     * @param ttl the default TTL, or null
     * @param entries what to load
     */
    public record Parsed(Duration ttl, List<PreloadEntry> entries) {
    }

    private interface ItemHandler {
        void handle(JsonNode item, String where);
    }

    private static void items(JsonNode root, String section, ItemHandler handler) {
        JsonNode list = root.get(section);
        if (list == null || list.isNull()) {
            return;
        }
        if (!list.isArray()) {
            throw new IllegalArgumentException(section + " must be a list");
        }
        for (int i = 0; i < list.size(); i++) {
            handler.handle(list.get(i), section + "[" + i + "]");
        }
    }

    private static void secret(JsonNode item, String where, List<PreloadEntry> entries) {
        Duration ttl = ttl(item.get("ttl"), where + ".ttl");
        SecretVersion version = null;
        if (item.hasNonNull("stage")) {
            version = SecretVersion.stage(item.get("stage").asText());
        } else if (item.hasNonNull("versionId")) {
            version = SecretVersion.id(item.get("versionId").asText());
        }
        for (String id : names(item, where, "id", "name")) {
            entries.add(new PreloadEntry(Kind.SECRET, id, version, true, Map.of(), ttl));
        }
    }

    private static void parameter(JsonNode item, String where, List<PreloadEntry> entries) {
        Duration ttl = ttl(item.get("ttl"), where + ".ttl");
        if (item.hasNonNull("path")) {
            entries.add(new PreloadEntry(Kind.PARAMETER_PATH, item.get("path").asText(), null, true, Map.of(), ttl));
            return;
        }
        for (String name : names(item, where, "name", "name")) {
            boolean decrypt = item.hasNonNull("decrypt") ? item.get("decrypt").asBoolean() : name.startsWith(REFERENCE);
            entries.add(new PreloadEntry(Kind.PARAMETER, name, null, decrypt, Map.of(), ttl));
        }
    }

    private static PreloadEntry item(JsonNode item, String where) {
        String table = text(item, "table", where);
        Map<String, Object> key = new LinkedHashMap<>();
        if (item.hasNonNull("key")) {
            item.get("key").fields().forEachRemaining(f -> key.put(f.getKey(), scalar(f.getValue(), where)));
        } else {
            key.put(text(item, "hashkey", where), scalar(item.get("hashkeyvalue"), where + ".hashkeyvalue"));
            if (item.hasNonNull("sortkey")) {
                key.put(item.get("sortkey").asText(), scalar(item.get("sortkeyvalue"), where + ".sortkeyvalue"));
            }
        }
        return new PreloadEntry(Kind.DYNAMODB_ITEM, table, null, false, key, ttl(item.get("ttl"), where + ".ttl"));
    }

    private static List<String> names(JsonNode item, String where, String field, String alias) {
        if (item.isTextual()) {
            return List.of(item.asText());
        }
        List<String> names = new ArrayList<>();
        if (item.hasNonNull("names")) {
            item.get("names").forEach(n -> names.add(n.asText()));
        }
        for (String key : new java.util.LinkedHashSet<>(List.of(field, alias))) {
            if (item.hasNonNull(key)) {
                names.add(item.get(key).asText());
            }
        }
        if (names.isEmpty() || names.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException(where + ": needs '" + field + "' or 'names'");
        }
        return names;
    }

    private static String text(JsonNode item, String field, String where) {
        if (!item.hasNonNull(field) || item.get(field).asText().isBlank()) {
            throw new IllegalArgumentException(where + ": needs '" + field + "'");
        }
        return item.get(field).asText();
    }

    private static Object scalar(JsonNode value, String where) {
        if (value == null || value.isNull() || value.isContainerNode()) {
            throw new IllegalArgumentException(where + ": a key value must be a string or a number");
        }
        return value.isNumber() ? value.numberValue() : value.asText();
    }

    private static Duration ttl(JsonNode value, String where) {
        if (value == null || value.isNull()) {
            return null;
        }
        try {
            return value.isNumber() ? Duration.ofSeconds(value.asLong()) : Durations.parse(value.asText());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }
}

package dev.awskit.secrets.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.awskit.core.preload.PreloadItem;
import dev.awskit.secrets.PreloadEntry;
import dev.awskit.secrets.PreloadEntry.Kind;
import dev.awskit.secrets.SecretVersion;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the parsed YAML or JSON tree of a preload file into its default TTL, its secret and parameter entries,
 * and the items of every other section (left to the {@code PreloadSource} registered for that section).
 */
public final class PreloadParser {
    /** The sections this module reads itself. */
    public static final Set<String> OWN_SECTIONS = Set.of("secrets", "secretsManager", "parameters");
    private static final String REFERENCE = "/aws/reference/secretsmanager/";

    private PreloadParser() {
    }

    /**
     * Parses the tree.
     *
     * @param root the document root
     * @return the default TTL, the entries and the other sections' items
     * @throws IllegalArgumentException naming the place of the first problem
     */
    public static Parsed parse(JsonNode root) {
        if (root == null || root.isMissingNode() || root.isNull()) {
            return new Parsed(null, List.of(), List.of());
        }
        if (!root.isObject()) {
            throw new IllegalArgumentException("preload configuration must be a mapping at the top");
        }
        List<PreloadEntry> entries = new ArrayList<>();
        for (String section : List.of("secrets", "secretsManager")) {
            items(root, section, (item, where) -> secret(item, where, entries));
        }
        items(root, "parameters", (item, where) -> parameter(item, where, entries));
        List<PreloadItem> others = new ArrayList<>();
        for (Iterator<String> names = root.fieldNames(); names.hasNext();) {
            String section = names.next();
            if (!section.equals("ttl") && !OWN_SECTIONS.contains(section)) {
                int[] index = {0};
                items(root, section, (item, where) -> others.add(item(section, index[0]++, item, where)));
            }
        }
        return new Parsed(ttl(root.get("ttl"), "ttl"), entries, others);
    }

    /**
     * What a preload file says.
     *
     * @param ttl the default TTL, or null
     * @param entries the secrets and parameters to load
     * @param items the items of every other section, in file order
     */
    public record Parsed(Duration ttl, List<PreloadEntry> entries, List<PreloadItem> items) {
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
            entries.add(new PreloadEntry(Kind.SECRET, id, version, true, ttl));
        }
    }

    private static void parameter(JsonNode item, String where, List<PreloadEntry> entries) {
        Duration ttl = ttl(item.get("ttl"), where + ".ttl");
        if (item.hasNonNull("path")) {
            entries.add(new PreloadEntry(Kind.PARAMETER_PATH, item.get("path").asText(), null, true, ttl));
            return;
        }
        for (String name : names(item, where, "name", "name")) {
            boolean decrypt = item.hasNonNull("decrypt") ? item.get("decrypt").asBoolean() : name.startsWith(REFERENCE);
            entries.add(new PreloadEntry(Kind.PARAMETER, name, null, decrypt, ttl));
        }
    }

    private static PreloadItem item(String section, int index, JsonNode item, String where) {
        if (!item.isObject()) {
            throw new IllegalArgumentException(where + ": an item of section '" + section + "' must be a mapping");
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        item.fields().forEachRemaining(field -> {
            if (!field.getKey().equals("ttl")) {
                fields.put(field.getKey(), plain(field.getValue()));
            }
        });
        return new PreloadItem(section, index, fields, ttl(item.get("ttl"), where + ".ttl"));
    }

    /** A JSON value as the plain Java value a source reads: String, Number, Boolean, List, Map or null. */
    private static Object plain(JsonNode value) {
        if (value.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            value.fields().forEachRemaining(field -> map.put(field.getKey(), plain(field.getValue())));
            return map;
        }
        if (value.isArray()) {
            List<Object> list = new ArrayList<>();
            value.forEach(element -> list.add(plain(element)));
            return list;
        }
        if (value.isNumber()) {
            return value.numberValue();
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        return value.isNull() ? null : value.asText();
    }

    private static List<String> names(JsonNode item, String where, String field, String alias) {
        if (item.isTextual()) {
            return List.of(item.asText());
        }
        List<String> names = new ArrayList<>();
        if (item.hasNonNull("names")) {
            item.get("names").forEach(n -> names.add(n.asText()));
        }
        for (String key : new LinkedHashSet<>(List.of(field, alias))) {
            if (item.hasNonNull(key)) {
                names.add(item.get(key).asText());
            }
        }
        if (names.isEmpty() || names.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException(where + ": needs '" + field + "' or 'names'");
        }
        return names;
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

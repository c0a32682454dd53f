package dev.awskit.testkit.ssm.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.awskit.core.json.AwsKitJson;
import dev.awskit.testkit.ssm.Runbook;
import dev.awskit.testkit.ssm.RunbookStep;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads runbooks written as JSON, for clients outside the JVM (the launcher's {@code --runbooks} file and
 * {@code POST /emulator-api/runbooks}). One object or an array of them:
 *
 * <pre>{@code
 * {"name": "Deploy", "versions": 2, "parameters": {"Comment": ["none"]}, "requiredParameters": ["InstanceId"],
 *  "pendingFor": "PT1S", "invisibleFor": "PT0S", "cancellingFor": "PT2S",
 *  "finalStatus": "Success", "failureMessage": "...", "outputs": {"Summary": ["ok"]},
 *  "statuses": {"each": "PT5S", "values": ["Pending", "InProgress", "Success"]},
 *  "steps": [{"name": "build", "action": "aws:executeScript", "duration": "PT30S", "outputs": {"Version": ["42"]},
 *             "fails": "message", "endsWith": {"status": "TimedOut", "message": "..."}, "failureType": "Action",
 *             "waitsForApproval": true, "pauses": true}]}
 * }</pre>
 *
 * Durations are ISO-8601 ({@code PT30S}). An unknown member or a wrong value is an
 * {@link IllegalArgumentException} naming it.
 */
public final class RunbookJson {
    private static final Set<String> RUNBOOK_MEMBERS = Set.of("name", "versions", "parameters", "requiredParameters",
            "pendingFor", "invisibleFor", "cancellingFor", "finalStatus", "failureMessage", "outputs", "statuses",
            "steps");
    private static final Set<String> STEP_MEMBERS = Set.of("name", "action", "duration", "outputs", "fails",
            "endsWith", "failureType", "waitsForApproval", "pauses");

    private RunbookJson() {
    }

    /**
     * Reads one runbook or an array of runbooks.
     *
     * @param json the JSON text
     * @return the runbooks
     * @throws IllegalArgumentException if the text is not JSON or a member is unknown or wrong
     */
    public static List<Runbook> read(String json) {
        JsonNode root;
        try {
            root = AwsKitJson.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("runbooks are not JSON (line " + e.getLocation().getLineNr() + ")");
        }
        List<Runbook> runbooks = new ArrayList<>();
        if (root != null && root.isArray()) {
            root.forEach(node -> runbooks.add(runbook(node)));
        } else {
            runbooks.add(runbook(root));
        }
        return runbooks;
    }

    private static Runbook runbook(JsonNode node) {
        requireObject(node, "runbook", RUNBOOK_MEMBERS);
        String name = text(node, "name", "runbook");
        Runbook.Builder b = Runbook.builder(name);
        String where = "runbook " + name;
        ifPresent(node, "versions", v -> b.versions(integer(v, where + ".versions")));
        ifPresent(node, "parameters", v -> strings(v, where + ".parameters").forEach(
                (key, values) -> b.parameter(key, values.toArray(String[]::new))));
        ifPresent(node, "requiredParameters", v -> b.requiredParameters(list(v, where + ".requiredParameters")
                .toArray(String[]::new)));
        ifPresent(node, "pendingFor", v -> b.pendingFor(duration(v, where + ".pendingFor")));
        ifPresent(node, "invisibleFor", v -> b.invisibleFor(duration(v, where + ".invisibleFor")));
        ifPresent(node, "cancellingFor", v -> b.cancellingFor(duration(v, where + ".cancellingFor")));
        ifPresent(node, "finalStatus", v -> b.finalStatus(v.asText()));
        ifPresent(node, "failureMessage", v -> b.failureMessage(v.asText()));
        ifPresent(node, "outputs", v -> strings(v, where + ".outputs").forEach(
                (key, values) -> b.output(key, values.toArray(String[]::new))));
        ifPresent(node, "statuses", v -> b.statuses(duration(v.get("each"), where + ".statuses.each"),
                list(v.get("values"), where + ".statuses.values").toArray(String[]::new)));
        ifPresent(node, "steps", v -> v.forEach(step -> b.step(step(step, where))));
        return b.build();
    }

    private static RunbookStep step(JsonNode node, String runbook) {
        requireObject(node, runbook + " step", STEP_MEMBERS);
        String where = runbook + " step " + text(node, "name", runbook + " step");
        RunbookStep.Builder b = RunbookStep.builder(node.get("name").asText());
        ifPresent(node, "action", v -> b.action(v.asText()));
        ifPresent(node, "duration", v -> b.duration(duration(v, where + ".duration")));
        ifPresent(node, "outputs", v -> strings(v, where + ".outputs").forEach(
                (key, values) -> b.output(key, values.toArray(String[]::new))));
        ifPresent(node, "fails", v -> b.fails(v.asText()));
        ifPresent(node, "endsWith", v -> b.endsWith(text(v, "status", where + ".endsWith"),
                v.hasNonNull("message") ? v.get("message").asText() : null));
        ifPresent(node, "failureType", v -> b.failureType(v.asText()));
        ifPresent(node, "waitsForApproval", v -> {
            if (v.asBoolean()) {
                b.waitsForApproval();
            }
        });
        ifPresent(node, "pauses", v -> {
            if (v.asBoolean()) {
                b.pauses();
            }
        });
        return b.build();
    }

    private static void requireObject(JsonNode node, String what, Set<String> members) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException(what + " must be a JSON object");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!members.contains(name)) {
                throw new IllegalArgumentException(what + ": unknown member '" + name + "' (known: "
                        + members.stream().sorted().toList() + ")");
            }
        }
    }

    private static void ifPresent(JsonNode node, String member, Consumer<JsonNode> use) {
        JsonNode value = node.get(member);
        if (value != null && !value.isNull()) {
            use.accept(value);
        }
    }

    private static String text(JsonNode node, String member, String where) {
        JsonNode value = node == null ? null : node.get(member);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException(where + ": '" + member + "' must be a string");
        }
        return value.asText();
    }

    private static int integer(JsonNode value, String where) {
        if (!value.canConvertToInt() || !value.isIntegralNumber()) {
            throw new IllegalArgumentException(where + " must be an integer");
        }
        return value.asInt();
    }

    private static Duration duration(JsonNode value, String where) {
        try {
            return Duration.parse(value == null ? "" : value.asText());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(where + " must be an ISO-8601 duration such as PT30S", e);
        }
    }

    private static List<String> list(JsonNode value, String where) {
        if (value == null || !value.isArray()) {
            throw new IllegalArgumentException(where + " must be an array of strings");
        }
        List<String> values = new ArrayList<>();
        value.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static Map<String, List<String>> strings(JsonNode value, String where) {
        if (!value.isObject()) {
            throw new IllegalArgumentException(where + " must be an object of string arrays");
        }
        Map<String, List<String>> map = new java.util.LinkedHashMap<>();
        value.fields().forEachRemaining(f -> map.put(f.getKey(), list(f.getValue(), where + "." + f.getKey())));
        return map;
    }
}

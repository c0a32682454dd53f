package dev.awskit.testkit.ssm.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.awskit.core.json.AwsKitJson;
import dev.awskit.testkit.ssm.Python;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The emulator's input shapes are the SSM service model's: every member, type, length, range, pattern, enum and
 * required flag is compared with botocore's copy of the model on this machine (read, never copied).
 */
class AutomationShapesModelTest {
    private static JsonNode model;

    @BeforeAll
    static void readBotocoreModel() throws IOException {
        Python.require("botocore");
        Python.Run where = Python.run(60, "-c", "import botocore, os; print(os.path.dirname(botocore.__file__))");
        Path dir = Path.of(where.output().strip(), "data", "ssm", "2014-11-06");
        Path gz = dir.resolve("service-2.json.gz");
        try (InputStream in = Files.exists(gz) ? new GZIPInputStream(Files.newInputStream(gz))
                : Files.newInputStream(dir.resolve("service-2.json"))) {
            model = AwsKitJson.mapper().readTree(in);
        }
    }

    @Test
    void everyOperationsInputShape_matchesTheServiceModel() {
        List<String> differences = new ArrayList<>();
        AutomationShapes.inputs().forEach((operation, shape) -> {
            String input = model.path("operations").path(operation).path("input").path("shape").asText();
            compare(shape, model.path("shapes").path(input), operation, differences);
        });

        assertThat(differences).isEmpty();
        assertThat(AutomationShapes.inputs()).hasSize(6);
    }

    @Test
    void statuses_areTheModelsAutomationExecutionStatusEnum() {
        Set<String> modeled = new HashSet<>();
        model.path("shapes").path("AutomationExecutionStatus").path("enum").forEach(v -> modeled.add(v.asText()));

        assertThat(AutomationShapes.STATUSES).isEqualTo(modeled);
    }

    private static void compare(Shape ours, JsonNode theirs, String path, List<String> differences) {
        same(path + " type", ours.type(), theirs.path("type").asText(), differences);
        if (ours instanceof StringShape s) {
            bounds(path, s.min(), s.max(), theirs, differences);
            same(path + " pattern", s.pattern(), text(theirs, "pattern"), differences);
            same(path + " enum", s.enumValues(), strings(theirs.path("enum")), differences);
        } else if (ours instanceof IntegerShape i) {
            bounds(path, i.min(), i.max(), theirs, differences);
        } else if (ours instanceof ListShape l) {
            bounds(path, l.min(), l.max(), theirs, differences);
            compare(l.member(), shape(theirs.path("member")), path + "[]", differences);
        } else if (ours instanceof MapShape m) {
            bounds(path, m.min(), m.max(), theirs, differences);
            compare(m.key(), shape(theirs.path("key")), path + "{key}", differences);
            compare(m.value(), shape(theirs.path("value")), path + "{value}", differences);
        } else if (ours instanceof StructureShape st) {
            same(path + " members", Set.copyOf(st.members().keySet()),
                    Set.copyOf(fieldNames(theirs.path("members"))), differences);
            same(path + " required", st.required(), Set.copyOf(strings(theirs.path("required"))), differences);
            for (Map.Entry<String, Shape> member : st.members().entrySet()) {
                JsonNode ref = theirs.path("members").path(member.getKey());
                if (!ref.isMissingNode()) {
                    compare(member.getValue(), shape(ref), path + "." + member.getKey(), differences);
                }
            }
        }
    }

    private static void bounds(String path, Integer min, Integer max, JsonNode theirs, List<String> differences) {
        same(path + " min", min, theirs.has("min") ? theirs.get("min").asInt() : null, differences);
        same(path + " max", max, theirs.has("max") ? theirs.get("max").asInt() : null, differences);
    }

    private static JsonNode shape(JsonNode reference) {
        return model.path("shapes").path(reference.path("shape").asText());
    }

    private static void same(String what, Object ours, Object theirs, List<String> differences) {
        if (ours == null ? theirs != null : !ours.equals(theirs)) {
            differences.add(what + ": emulator " + ours + ", model " + theirs);
        }
    }

    private static String text(JsonNode node, String field) {
        return node.has(field) ? node.get(field).asText() : null;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}

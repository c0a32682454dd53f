package dev.awskit.examples.cloudjob;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awskit.core.json.AwsKitJson;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The metadata file a cloud job writes when it finishes: its name, whether it succeeded, and numbers about the run
 * (images used for training, files processed, ...), one JSON object:
 * {@code {"job_name": "train-1", "status": "success", "images": 12000, "files": 35, "duration_seconds": 61.5}}.
 * Every numeric field other than the name and status becomes a gauge; other fields are ignored.
 *
 * @param jobName the job's name: letters, digits and {@code _.:/-}
 * @param status {@code success} or {@code failure}
 * @param values the numbers, by field name, in file order
 */
public record JobMetadata(String jobName, String status, Map<String, Double> values) {
    private static final Pattern JOB_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:/-]{0,99}");
    private static final Pattern FIELD = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    /**
     * Checks the components.
     *
     * @throws InvalidPayloadException naming the bad component
     */
    public JobMetadata {
        if (jobName == null || !JOB_NAME.matcher(jobName).matches()) {
            throw new InvalidPayloadException("job_name must be letters, digits and _.:/- (up to 100): '" + jobName
                    + "'");
        }
        if (!"success".equals(status) && !"failure".equals(status)) {
            throw new InvalidPayloadException(jobName + ": status must be success or failure: '" + status + "'");
        }
        values = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(values, "values")));
        if (values.isEmpty()) {
            throw new InvalidPayloadException(jobName + ": no numeric field to submit");
        }
        values.forEach((field, value) -> {
            if (!FIELD.matcher(field).matches() || !Double.isFinite(value)) {
                throw new InvalidPayloadException(jobName + ": field '" + field + "' is not a metric name with a "
                        + "finite value");
            }
        });
    }

    /**
     * Reads a metadata file.
     *
     * @param json the file's text
     * @return the metadata
     * @throws InvalidPayloadException when it is not JSON, not an object, or lacks what the record needs; the message
     *     names the field or the position, never the payload
     */
    public static JobMetadata parse(String json) {
        JsonNode tree;
        try {
            tree = AwsKitJson.mapper().readTree(Objects.requireNonNull(json, "json"));
        } catch (JsonProcessingException e) {
            // Jackson's own message may quote the payload: only the position is kept, and the cause is dropped.
            throw new InvalidPayloadException(notJson(e));
        }
        if (tree == null || !tree.isObject()) {
            throw new InvalidPayloadException("not a JSON object");
        }
        Map<String, Double> values = new LinkedHashMap<>();
        tree.fields().forEachRemaining(field -> {
            if (field.getValue().isNumber()) {
                values.put(field.getKey(), field.getValue().doubleValue());
            }
        });
        return new JobMetadata(tree.path("job_name").textValue(), tree.path("status").textValue(), values);
    }

    /** Says where the text stops being JSON, from the parser's location; never quotes the text. */
    private static String notJson(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        return "not JSON: " + (e instanceof JsonEOFException ? "it ends early" : "invalid")
                + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr());
    }

    /** @return the file's JSON text, fields in the order of {@link #values()} after the name and status */
    public String toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode().put("job_name", jobName).put("status", status);
        // Counts are written as integers, as a job would write them.
        values.forEach((field, value) -> {
            if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                node.put(field, value.longValue());
            } else {
                node.put(field, value);
            }
        });
        return node.toString();
    }
}

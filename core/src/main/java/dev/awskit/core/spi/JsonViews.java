package dev.awskit.core.spi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.awskit.core.AwsKitException;
import dev.awskit.core.SecretValue;
import dev.awskit.core.json.AwsKitJson;

/** Reads typed JSON and single fields out of secret text without quoting it in errors. */
public final class JsonViews {
    private JsonViews() {
    }

    /**
     * Reads {@code value} as JSON of {@code type}.
     *
     * @param value the secret
     * @param type the target type
     * @param what the key, for errors
     * @param <T> the target type
     * @return the value
     */
    public static <T> T read(SecretValue value, Class<T> type, Object what) {
        try {
            return AwsKitJson.read(value.reveal(), type);
        } catch (AwsKitException e) {
            throw new AwsKitException(what + " is not JSON for " + type.getName() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads one top-level field of a JSON object; a non-text field is returned as its JSON text.
     *
     * @param value the secret
     * @param field the field name
     * @param what the key, for errors
     * @return the field's value
     */
    public static SecretValue field(SecretValue value, String field, Object what) {
        JsonNode node = read(value, JsonNode.class, what);
        JsonNode found = node.get(field);
        if (found == null || found.isNull()) {
            throw new AwsKitException(what + " has no field '" + field + "'");
        }
        return SecretValue.of(found.isValueNode() ? found.asText() : found.toString());
    }
}

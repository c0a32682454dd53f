package dev.awskit.core.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Objects;

/**
 * The one Jackson configuration every awskit module reads and writes JSON with: records and
 * {@code java.time} types supported, dates and durations as ISO-8601 strings ({@code "2026-03-01T10:15:30Z"},
 * {@code "PT5M"}), unknown properties ignored (AWS adds fields),
 * {@code Optional} understood.
 *
 * <p>Errors never quote the input: a JSON secret that fails to parse must not end up in a log through the
 * exception message, so {@link JsonException} names the target type and the position only.
 */
public final class AwsKitJson {
    private static final ObjectMapper SHARED = newMapper();

    private AwsKitJson() {
    }

    /**
     * Creates a fresh mapper with awskit's configuration, for callers who want to customize it further.
     *
     * @return a new, independent mapper
     */
    public static ObjectMapper newMapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(new Jdk8Module())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .build();
    }

    /**
     * Returns the shared mapper. Thread-safe for reading and writing; do not reconfigure it (use
     * {@link #newMapper()} for that).
     *
     * @return the shared mapper
     */
    public static ObjectMapper mapper() {
        return SHARED;
    }

    /**
     * Writes {@code value} as JSON.
     *
     * @param value any serializable value
     * @return the JSON text
     * @throws JsonException if the value cannot be serialized
     */
    public static String write(Object value) {
        try {
            return SHARED.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new JsonException("Could not write " + typeName(value) + " as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Reads JSON text as {@code type}.
     *
     * @param json the text
     * @param type the target type
     * @param <T> the target type
     * @return the value
     * @throws JsonException if the text is not valid JSON for {@code type}; the message never quotes it
     */
    public static <T> T read(String json, Class<T> type) {
        return read(json, SHARED.constructType(type));
    }

    /**
     * Reads JSON text as a generic type, e.g. {@code new TypeReference<Map<String, String>>() {}}.
     *
     * @param json the text
     * @param type the target type
     * @param <T> the target type
     * @return the value
     * @throws JsonException if the text is not valid JSON for {@code type}; the message never quotes it
     */
    public static <T> T read(String json, TypeReference<T> type) {
        return read(json, SHARED.getTypeFactory().constructType(type));
    }

    /**
     * Reads JSON text as a Jackson {@link JavaType}.
     *
     * @param json the text
     * @param type the target type
     * @param <T> the target type
     * @return the value
     * @throws JsonException if the text is not valid JSON for {@code type}; the message never quotes it
     */
    public static <T> T read(String json, JavaType type) {
        Objects.requireNonNull(json, "json");
        try {
            return SHARED.readValue(json, type);
        } catch (JsonProcessingException e) {
            // Jackson's own message quotes the input, which may be a secret: report the position only.
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new JsonException("Could not read JSON as " + type.toCanonical() + where
                    + " (" + e.getClass().getSimpleName() + ")", null);
        }
    }

    private static String typeName(Object value) {
        return value == null ? "null" : value.getClass().getName();
    }
}

package dev.awskit.s3.event.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads event times leniently: S3 sends {@code 2026-01-01T10:00:00.000Z}; moto leaves the zone out
 * ({@code 2026-01-01T10:00:00.123456}), which the SDK's reader rejects. A time without a zone is UTC.
 */
public final class EventTimes {
    private EventTimes() {
    }

    /**
     * Parses a time.
     *
     * @param text the time
     * @return the instant, or empty when it is not an ISO-8601 date-time
     */
    public static Optional<Instant> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException withZone) {
            try {
                return Optional.of(LocalDateTime.parse(text).toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException withoutZone) {
                return Optional.empty();
            }
        }
    }

    /**
     * Rewrites a record's {@code eventTime} into the form the SDK's reader accepts.
     *
     * @param record one element of {@code Records}
     * @return whether the time is present and readable
     */
    public static boolean normalize(JsonNode record) {
        JsonNode time = record.get("eventTime");
        Optional<Instant> parsed = parse(time == null ? null : time.asText());
        parsed.ifPresent(instant -> ((ObjectNode) record).set("eventTime", TextNode.valueOf(instant.toString())));
        return parsed.isPresent();
    }
}

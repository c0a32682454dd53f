package dev.awskit.s3.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.awskit.core.json.AwsKitJson;
import dev.awskit.s3.event.internal.EventTimes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import software.amazon.awssdk.eventnotifications.s3.model.S3EventNotification;
import software.amazon.awssdk.eventnotifications.s3.model.S3EventNotificationRecord;

/**
 * Reads S3 event notifications out of SQS message bodies, built on the SDK's {@code s3-event-notifications} model,
 * with what it lacks: times without a zone (moto) are read as UTC, {@code s3:TestEvent} is recognised, an SNS envelope
 * (S3 → SNS → SQS) is opened, and anything else is reported as {@link S3EventMessage.NotAnS3Event} with a reason;
 * {@link #parse(String)} never throws for a non-null body. Keys come URL-decoded. Stateless and thread-safe.
 */
public final class S3Events {
    private S3Events() {
    }

    /**
     * Reads one message body.
     *
     * @param body the SQS message body
     * @return the records, the test event, or why it is not an S3 event
     * @throws NullPointerException if {@code body} is null
     */
    public static S3EventMessage parse(String body) {
        Objects.requireNonNull(body, "body");
        JsonNode root;
        try {
            root = AwsKitJson.mapper().readTree(body);
        } catch (JsonProcessingException e) {
            return notS3("not JSON (" + e.getClass().getSimpleName() + " at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ")");
        }
        return parse(root, true);
    }

    private static S3EventMessage parse(JsonNode root, boolean envelopeAllowed) {
        if (root == null || !root.isObject()) {
            return notS3("not a JSON object");
        }
        if (envelopeAllowed && "Notification".equals(root.path("Type").asText()) && root.path("Message").isTextual()) {
            try {
                return parse(AwsKitJson.mapper().readTree(root.get("Message").asText()), false);
            } catch (JsonProcessingException e) {
                return notS3("an SNS notification whose Message is not JSON");
            }
        }
        if ("s3:TestEvent".equals(root.path("Event").asText())) {
            return new S3EventMessage.TestEvent(root.path("Bucket").asText(""),
                    EventTimes.parse(root.path("Time").asText(null)));
        }
        JsonNode records = root.get("Records");
        if (records == null || !records.isArray()) {
            return notS3("JSON without Records or Event (fields: " + fieldNames(root) + ")");
        }
        return records(root, records);
    }

    private static S3EventMessage records(JsonNode root, JsonNode records) {
        for (int i = 0; i < records.size(); i++) {
            JsonNode record = records.get(i);
            String source = record.path("eventSource").asText("");
            if (!source.equals("aws:s3")) {
                return notS3("record " + i + " has eventSource '" + source + "', not 'aws:s3'");
            }
            if (!record.path("s3").path("bucket").hasNonNull("name") || !record.path("s3").path("object")
                    .hasNonNull("key")) {
                return notS3("record " + i + " has no s3.bucket.name or s3.object.key");
            }
            if (!EventTimes.normalize(record)) {
                return notS3("record " + i + " has no readable eventTime");
            }
        }
        S3EventNotification notification;
        try {
            notification = S3EventNotification.fromJson(root.toString());
        } catch (RuntimeException e) {
            return notS3("the SDK could not read the records (" + e.getClass().getSimpleName() + ")");
        }
        List<S3EventRecord> read = new ArrayList<>();
        for (S3EventNotificationRecord record : notification.getRecords()) {
            read.add(record(record));
        }
        return new S3EventMessage.Records(read);
    }

    private static S3EventRecord record(S3EventNotificationRecord r) {
        var object = r.getS3().getObject();
        Long size = object.getSizeAsLong();
        return new S3EventRecord(Objects.toString(r.getEventName(), ""),
                Objects.requireNonNullElse(r.getEventTime(), Instant.EPOCH), Objects.toString(r.getAwsRegion(), ""),
                r.getS3().getBucket().getName(), object.getUrlDecodedKey(),
                size == null ? OptionalLong.empty() : OptionalLong.of(size), Optional.ofNullable(object.getETag()),
                Optional.ofNullable(object.getVersionId()), Optional.ofNullable(object.getSequencer()));
    }

    private static String fieldNames(JsonNode root) {
        List<String> names = new ArrayList<>();
        Iterator<String> it = root.fieldNames();
        while (it.hasNext() && names.size() < 5) {
            names.add(it.next());
        }
        return String.join(", ", names) + (it.hasNext() ? ", ..." : "");
    }

    private static S3EventMessage notS3(String reason) {
        return new S3EventMessage.NotAnS3Event(reason);
    }
}

package dev.awskit.s3.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.eventnotifications.s3.model.S3EventNotification;

/** Parsing SQS message bodies into S3 events, in the forms AWS, moto and SNS send them, and what is not one. */
class S3EventsTest {
    static String event(String eventTime, String key) {
        return """
                {"Records":[{"eventVersion":"2.1","eventSource":"aws:s3","awsRegion":"eu-central-1",
                  "eventTime":"%s","eventName":"ObjectCreated:Put",
                  "s3":{"s3SchemaVersion":"1.0","configurationId":"gz",
                    "bucket":{"name":"cloud-job-results","arn":"arn:aws:s3:::cloud-job-results"},
                    "object":{"key":"%s","size":1024,"eTag":"0123abcd","sequencer":"0055AED6DCD90281E5"}}}]}
                """.formatted(eventTime, key);
    }

    @Test
    void parse_awsEvent_readsRecordWithDecodedKeySizeETagAndTime() {
        S3EventMessage parsed = S3Events.parse(event("2026-03-01T10:15:30.000Z", "jobs/run+1%21.json"));

        assertThat(parsed).isInstanceOfSatisfying(S3EventMessage.Records.class, r -> {
            S3EventRecord record = r.records().get(0);
            assertThat(record.bucket()).isEqualTo("cloud-job-results");
            assertThat(record.key()).isEqualTo("jobs/run 1!.json");
            assertThat(record.size()).hasValue(1024);
            assertThat(record.eTag()).contains("0123abcd");
            assertThat(record.eventName()).isEqualTo("ObjectCreated:Put");
            assertThat(record.isObjectCreated()).isTrue();
            assertThat(record.eventTime()).isEqualTo(Instant.parse("2026-03-01T10:15:30Z"));
            assertThat(record.region()).isEqualTo("eu-central-1");
            assertThat(record.sequencer()).contains("0055AED6DCD90281E5");
            assertThat(record.location()).isEqualTo("s3://cloud-job-results/jobs/run 1!.json");
        });
    }

    @Test
    void parse_motoEventTimeWithoutZone_readsItAsUtc_whereTheSdkParserFails() {
        String moto = event("2026-03-01T10:15:30.123456", "k.gz");

        assertThatThrownBy(() -> S3EventNotification.fromJson(moto)).isInstanceOf(RuntimeException.class);
        assertThat(S3Events.parse(moto)).isInstanceOfSatisfying(S3EventMessage.Records.class, r ->
                assertThat(r.records().get(0).eventTime()).isEqualTo(Instant.parse("2026-03-01T10:15:30.123456Z")));
    }

    @Test
    void parse_testEvent_isRecognisedAsSuch() {
        S3EventMessage parsed = S3Events.parse("""
                {"Service":"Amazon S3","Event":"s3:TestEvent","Time":"2026-03-01T10:15:30.000Z",
                 "Bucket":"cloud-job-results","RequestId":"5582815E1AEA5ADF","HostId":"8cLeGAmw098X5cv4Zkwcmo8vvZa3eH3eK"}
                """);

        assertThat(parsed).isEqualTo(new S3EventMessage.TestEvent("cloud-job-results",
                java.util.Optional.of(Instant.parse("2026-03-01T10:15:30Z"))));
    }

    @Test
    void parse_snsEnvelope_opensTheMessage() {
        String inner = event("2026-03-01T10:15:30.000Z", "a.json").replace("\"", "\\\"").replace("\n", " ");
        String sns = "{\"Type\":\"Notification\",\"MessageId\":\"m-1\",\"TopicArn\":\"arn:aws:sns:eu-central-1:1:t\","
                + "\"Message\":\"" + inner + "\"}";

        assertThat(S3Events.parse(sns)).isInstanceOfSatisfying(S3EventMessage.Records.class,
                r -> assertThat(r.records()).extracting(S3EventRecord::key).containsExactly("a.json"));
    }

    @Test
    void parse_bodyThatIsNotJson_isReportedWithPositionNotContent() {
        S3EventMessage parsed = S3Events.parse("password=hunter2 {");

        assertThat(parsed).isInstanceOfSatisfying(S3EventMessage.NotAnS3Event.class, n -> {
            assertThat(n.reason()).startsWith("not JSON").contains("line 1");
            assertThat(n.reason()).doesNotContain("hunter2");
        });
    }

    @Test
    void parse_otherServicesRecords_areNotS3Events() {
        S3EventMessage parsed = S3Events.parse("{\"Records\":[{\"eventSource\":\"aws:dynamodb\",\"eventName\":\"INSERT\"}]}");

        assertThat(parsed).isInstanceOfSatisfying(S3EventMessage.NotAnS3Event.class,
                n -> assertThat(n.reason()).contains("record 0").contains("aws:dynamodb"));
    }

    @Test
    void parse_malformedRecords_areReportedNamingWhatIsMissing() {
        assertThat(S3Events.parse("{\"Records\":[{\"eventSource\":\"aws:s3\",\"s3\":{\"bucket\":{\"name\":\"b\"}}}]}"))
                .isInstanceOfSatisfying(S3EventMessage.NotAnS3Event.class,
                        n -> assertThat(n.reason()).contains("s3.object.key"));
        assertThat(S3Events.parse(event("yesterday", "k")))
                .isInstanceOfSatisfying(S3EventMessage.NotAnS3Event.class,
                        n -> assertThat(n.reason()).contains("eventTime"));
        assertThat(S3Events.parse("{\"orderId\":42,\"status\":\"paid\"}"))
                .isInstanceOfSatisfying(S3EventMessage.NotAnS3Event.class,
                        n -> assertThat(n.reason()).contains("orderId"));
        assertThat(S3Events.parse("")).isInstanceOf(S3EventMessage.NotAnS3Event.class);
        assertThat(S3Events.parse("[1,2]")).isInstanceOf(S3EventMessage.NotAnS3Event.class);
    }

    @Test
    void parse_whenBodyNull_throwsNamingIt() {
        assertThatThrownBy(() -> S3Events.parse(null)).isInstanceOf(NullPointerException.class).hasMessage("body");
    }
}

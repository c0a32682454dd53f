package dev.awskit.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AwsKitJsonTest {
    record Deployment(String name, Instant startedAt, Duration timeout, LocalDate day, Optional<String> note,
            List<String> hosts) {
    }

    record Credentials(String username, String password) {
    }

    record Stamp(java.time.OffsetDateTime at) {
    }

    @Test
    void write_thenRead_roundTripsRecordsWithJavaTimeAndOptional() {
        Deployment deployment = new Deployment("blue", Instant.parse("2026-03-01T10:15:30Z"), Duration.ofMinutes(5),
                LocalDate.of(2026, 3, 1), Optional.of("canary"), List.of("a", "b"));

        String json = AwsKitJson.write(deployment);

        assertThat(json).contains("\"startedAt\":\"2026-03-01T10:15:30Z\"")
                .contains("\"timeout\":\"PT5M\"")
                .contains("\"day\":\"2026-03-01\"")
                .contains("\"note\":\"canary\"");
        assertThat(AwsKitJson.read(json, Deployment.class)).isEqualTo(deployment);
    }

    @Test
    void read_ignoresUnknownFields() {
        Credentials read = AwsKitJson.read("{\"username\":\"app\",\"password\":\"pw\",\"engine\":\"postgres\",\"port\":5432}",
                Credentials.class);

        assertThat(read).isEqualTo(new Credentials("app", "pw"));
    }

    @Test
    void read_withTypeReference_readsGenericTypes() {
        Map<String, Integer> counts = AwsKitJson.read("{\"a\":1,\"b\":2}", new TypeReference<Map<String, Integer>>() {
        });

        assertThat(counts).containsEntry("a", 1).containsEntry("b", 2);
    }

    @Test
    void read_keepsTheOffsetOfTimestamps() {
        Stamp stamp = AwsKitJson.read("{\"at\":\"2026-03-01T10:15:30+02:00\"}", Stamp.class);

        assertThat(stamp.at().getOffset().getTotalSeconds()).isEqualTo(7200);
    }

    @Test
    void read_malformedSecretJson_failsWithoutQuotingTheInput() {
        String secretLooking = "{\"username\":\"admin\",\"password\":\"Sup3rS3cr3t!Pw\" \"oops}";

        assertThatThrownBy(() -> AwsKitJson.read(secretLooking, Credentials.class))
                .isInstanceOf(JsonException.class)
                .hasMessageContaining("Credentials")
                .hasMessageContaining("line 1")
                .hasNoCause()
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Sup3rS3cr3t").doesNotContain("admin"));
    }

    @Test
    void read_wrongTypeForSecretField_failsWithoutQuotingTheValue() {
        String wrongType = "{\"username\":{\"nested\":\"Sup3rS3cr3t!Pw\"},\"password\":\"x\"}";

        assertThatThrownBy(() -> AwsKitJson.read(wrongType, Credentials.class))
                .isInstanceOf(JsonException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Sup3rS3cr3t").doesNotContain("nested"))
                .satisfies(e -> assertThat(String.valueOf(e.getCause())).doesNotContain("Sup3rS3cr3t"));
    }

    @Test
    void read_nullText_isRejected() {
        assertThatThrownBy(() -> AwsKitJson.read(null, Credentials.class))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("json");
    }

    @Test
    void newMapper_isIndependentOfTheSharedOne() {
        assertThat(AwsKitJson.newMapper()).isNotSameAs(AwsKitJson.mapper());
        assertThat(AwsKitJson.mapper()).isSameAs(AwsKitJson.mapper());
    }

    @Test
    void write_unserializableValue_failsWithJsonExceptionNamingTheType() {
        Object selfReferencing = new Object() {
            public Object getSelf() {
                return this;
            }
        };

        assertThatThrownBy(() -> AwsKitJson.write(selfReferencing)).isInstanceOf(JsonException.class)
                .hasMessageContaining("Could not write");
    }
}

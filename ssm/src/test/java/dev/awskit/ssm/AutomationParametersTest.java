package dev.awskit.ssm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AutomationParametersTest {

    @Test
    void parse_whenValueContainsEquals_keepsWholeValue() {
        // The seed's split('=') + collect{case Array(k, v)} silently dropped these.
        assertThat(AutomationParameters.parse("Query=a=b=c", "Empty="))
                .isEqualTo(Map.of("Query", List.of("a=b=c"), "Empty", List.of("")));
    }

    @Test
    void parse_whenKeyRepeated_collectsValuesInOrder() {
        assertThat(AutomationParameters.parse("InstanceId=i-1", "Role=r", "InstanceId=i-2"))
                .containsExactly(Map.entry("InstanceId", List.of("i-1", "i-2")), Map.entry("Role", List.of("r")));
    }

    @Test
    void parse_whenTokenHasNoEquals_throwsNamingTokenAndPosition() {
        assertThatThrownBy(() -> AutomationParameters.parse("A=1", "InstanceId"))
                .isInstanceOfSatisfying(AutomationParameterException.class,
                        e -> assertThat(e.position()).isEqualTo(2))
                .hasMessageContaining("'InstanceId'").hasMessageContaining("argument 2");
    }

    @Test
    void parse_whenKeyEmpty_throwsWithoutQuotingTheValue() {
        assertThatThrownBy(() -> AutomationParameters.parse(" =hunter2"))
                .isInstanceOf(AutomationParameterException.class)
                .hasMessageContaining("argument 1")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void parse_returnsUnmodifiableMap() {
        Map<String, List<String>> parsed = AutomationParameters.parse("A=1");

        assertThatThrownBy(() -> parsed.put("B", List.of())).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> parsed.get("A").add("2")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void fromJson_readsScalarsAndArrays() {
        assertThat(AutomationParameters.fromJson("{\"InstanceId\":[\"i-1\",\"i-2\"],\"Force\":true,\"Count\":3}"))
                .containsExactly(Map.entry("InstanceId", List.of("i-1", "i-2")), Map.entry("Force", List.of("true")),
                        Map.entry("Count", List.of("3")));
    }

    @Test
    void fromJson_whenNotAnObjectOrNested_throwsNamingKeyNotValue() {
        assertThatThrownBy(() -> AutomationParameters.fromJson("[1]"))
                .isInstanceOf(AutomationParameterException.class).hasMessageContaining("object");
        assertThatThrownBy(() -> AutomationParameters.fromJson("{\"Nested\":{\"secret\":\"hunter2\"}}"))
                .isInstanceOf(AutomationParameterException.class)
                .hasMessageContaining("'Nested'").hasMessageNotContaining("hunter2");
        assertThatThrownBy(() -> AutomationParameters.fromJson("{\"A\": hunter2}"))
                .isInstanceOf(AutomationParameterException.class)
                .hasMessageContaining("not valid JSON").hasMessageNotContaining("hunter2");
    }
}

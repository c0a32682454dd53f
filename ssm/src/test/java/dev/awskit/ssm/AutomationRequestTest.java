package dev.awskit.ssm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awskit.ssm.internal.StartRequests;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ssm.model.ExecutionMode;
import software.amazon.awssdk.services.ssm.model.StartAutomationExecutionRequest;

class AutomationRequestTest {

    @Test
    void build_withoutDocument_throwsNamingField() {
        assertThatThrownBy(() -> AutomationRequest.builder().build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("documentName");
    }

    @Test
    void clientToken_whenNotUuid_throwsNamingValue() {
        assertThatThrownBy(() -> AutomationRequest.builder().clientToken("abc"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'abc'");
    }

    @Test
    void toString_namesParametersButNotValues() {
        AutomationRequest request = AutomationRequest.builder().documentName("Doc")
                .parameter("Password", "hunter2").build();

        assertThat(request.toString()).contains("Password").doesNotContain("hunter2");
    }

    @Test
    void toSdk_mapsEveryField() {
        AutomationRequest request = AutomationRequest.builder().documentName("Doc").documentVersion("2")
                .parameter("A", "1", "2").mode(ExecutionMode.INTERACTIVE).targetParameterName("InstanceId")
                .target("tag:env", "prod").maxConcurrency("10%").maxErrors("1").tag("team", "ops").build();

        StartAutomationExecutionRequest sdk = StartRequests.toSdk(request.toBuilder().clientToken("11111111-2222-3333-4444-555555555555").build());

        assertThat(sdk.documentName()).isEqualTo("Doc");
        assertThat(sdk.documentVersion()).isEqualTo("2");
        assertThat(sdk.parameters()).containsEntry("A", List.of("1", "2"));
        assertThat(sdk.mode()).isEqualTo(ExecutionMode.INTERACTIVE);
        assertThat(sdk.targetParameterName()).isEqualTo("InstanceId");
        assertThat(sdk.targets().get(0).key()).isEqualTo("tag:env");
        assertThat(sdk.maxConcurrency()).isEqualTo("10%");
        assertThat(sdk.maxErrors()).isEqualTo("1");
        assertThat(sdk.tags().get(0).value()).isEqualTo("ops");
        assertThat(sdk.clientToken()).isEqualTo("11111111-2222-3333-4444-555555555555");
    }

    @Test
    void toBuilder_copiesAndBuilderReuseDoesNotChangeBuilt() {
        AutomationRequest.Builder builder = AutomationRequest.builder().documentName("Doc").parameter("A", "1");
        AutomationRequest first = builder.build();
        builder.parameter("A", "2");

        assertThat(first.parameters().get("A")).containsExactly("1");
        assertThat(first.toBuilder().parameter("B", "x").build().parameters()).containsKeys("A", "B");
    }

    @Test
    void build_withoutToken_drawsUuidTokenThatEveryStartOfTheRequestSends() {
        AutomationRequest request = AutomationRequest.builder().documentName("Doc").build();

        assertThat(UUID.fromString(request.clientToken())).isNotNull();
        assertThat(StartRequests.toSdk(request).clientToken()).isEqualTo(request.clientToken());
        assertThat(StartRequests.toSdk(request).clientToken()).isEqualTo(request.clientToken());
        assertThat(request.toString()).contains(request.clientToken());
    }

    @Test
    void build_twiceFromOneBuilder_drawsTwoTokens() {
        AutomationRequest.Builder builder = AutomationRequest.builder().documentName("Doc");

        assertThat(builder.build().clientToken()).isNotEqualTo(builder.build().clientToken());
    }

    @Test
    void toBuilder_keepsExplicitTokenButDrawsNewOneForDrawnToken() {
        String token = UUID.randomUUID().toString();
        AutomationRequest explicit = AutomationRequest.builder().documentName("Doc").clientToken(token).build();
        AutomationRequest drawn = AutomationRequest.builder().documentName("Doc").build();

        assertThat(explicit.toBuilder().parameter("A", "1").build().clientToken()).isEqualTo(token);
        assertThat(drawn.toBuilder().build().clientToken()).isNotEqualTo(drawn.clientToken());
    }
}

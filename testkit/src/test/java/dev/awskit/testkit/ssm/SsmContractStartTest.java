package dev.awskit.testkit.ssm;

import static dev.awskit.testkit.ssm.Contract.assertError;
import static dev.awskit.testkit.ssm.Contract.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.AutomationDefinitionNotFoundException;
import software.amazon.awssdk.services.ssm.model.AutomationDefinitionVersionNotFoundException;
import software.amazon.awssdk.services.ssm.model.IdempotentParameterMismatchException;
import software.amazon.awssdk.services.ssm.model.InvalidAutomationExecutionParametersException;
import software.amazon.awssdk.services.ssm.model.Target;
import software.amazon.awssdk.services.ssm.model.ValidationException;

/** Contract: {@code StartAutomationExecution} validates as the service model says. */
class SsmContractStartTest {
    @RegisterExtension
    static final SsmAutomationEmulatorExtension SSM = SsmAutomationEmulatorExtension.builder().virtualTime().build();

    @BeforeAll
    static void runbooks() {
        SSM.emulator().register(Runbook.builder("Deploy").versions(3).requiredParameters("InstanceId")
                .parameter("Comment", "none").build());
    }

    @Test
    void start_whenDocumentNameBreaksThePattern_answersValidationException(SsmClient ssm) {
        assertError(() -> ssm.startAutomationExecution(r -> r.documentName("a b")),
                ValidationException.class, "ValidationException");
        assertThatThrownBy(() -> ssm.startAutomationExecution(r -> r.documentName("a b")))
                .hasMessageContaining("'documentName'");
    }

    @Test
    void start_whenDocumentUnknown_answersAutomationDefinitionNotFound(SsmClient ssm) {
        assertError(() -> ssm.startAutomationExecution(r -> r.documentName("Missing")),
                AutomationDefinitionNotFoundException.class, "AutomationDefinitionNotFoundException");
    }

    @Test
    void start_whenDocumentVersionUnknown_answersVersionNotFound(SsmClient ssm) {
        assertError(() -> ssm.startAutomationExecution(r -> r.documentName("Deploy").documentVersion("999")
                        .parameters(instance())),
                AutomationDefinitionVersionNotFoundException.class, "AutomationDefinitionVersionNotFoundException");
    }

    @Test
    void start_whenDocumentVersionBreaksThePattern_answersValidationException(SsmClient ssm) {
        assertError(() -> ssm.startAutomationExecution(r -> r.documentName("Deploy").documentVersion("v2")
                .parameters(instance())), ValidationException.class, "ValidationException");
    }

    @Test
    void start_withDefaultOrNumberedVersion_runsThatVersion(SsmClient ssm) {
        String byDefault = ssm.startAutomationExecution(r -> r.documentName("Deploy").documentVersion("$DEFAULT")
                .parameters(instance())).automationExecutionId();
        String second = ssm.startAutomationExecution(r -> r.documentName("Deploy").documentVersion("2")
                .parameters(instance())).automationExecutionId();

        assertThat(get(ssm, byDefault).documentVersion()).isEqualTo("3");
        assertThat(get(ssm, second).documentVersion()).isEqualTo("2");
    }

    @Test
    void start_whenParameterUndeclared_answersInvalidParameters(SsmClient ssm) {
        assertError(() -> ssm.startAutomationExecution(r -> r.documentName("Deploy")
                        .parameters(Map.of("InstanceId", List.of("i-1"), "Colour", List.of("blue")))),
                InvalidAutomationExecutionParametersException.class, "InvalidAutomationExecutionParametersException");
    }

    @Test
    void start_whenRequiredParameterMissing_answersInvalidParameters(SsmClient ssm) {
        assertThatThrownBy(() -> ssm.startAutomationExecution(r -> r.documentName("Deploy")))
                .isInstanceOf(InvalidAutomationExecutionParametersException.class)
                .hasMessageContaining("InstanceId");
    }

    @Test
    void start_whenParameterValueLongerThan512_answersValidationException(SsmClient ssm) {
        assertError(() -> ssm.startAutomationExecution(r -> r.documentName("Deploy")
                        .parameters(Map.of("InstanceId", List.of("i".repeat(513))))),
                ValidationException.class, "ValidationException");
    }

    @Test
    void start_withDeclaredDefaults_addsThemToTheParameters(SsmClient ssm) {
        String id = ssm.startAutomationExecution(r -> r.documentName("Deploy").parameters(instance()))
                .automationExecutionId();

        assertThat(get(ssm, id).parameters()).containsEntry("Comment", List.of("none"))
                .containsEntry("InstanceId", List.of("i-1"));
    }

    @Test
    void start_withSameTokenAndRequest_returnsTheFirstExecution(SsmClient ssm, SsmAutomationEmulator emulator) {
        String token = UUID.randomUUID().toString();

        String first = startWithToken(ssm, token, "i-1");
        String second = startWithToken(ssm, token, "i-1");

        assertThat(second).isEqualTo(first);
        assertThat(emulator.executions()).hasSize(1);
    }

    @Test
    void start_withSameTokenAndOtherParameters_answersIdempotentParameterMismatch(SsmClient ssm) {
        String token = UUID.randomUUID().toString();
        startWithToken(ssm, token, "i-1");

        assertError(() -> startWithToken(ssm, token, "i-2"), IdempotentParameterMismatchException.class,
                "IdempotentParameterMismatch");
    }

    @Test
    void start_withTheTokenInUpperCase_returnsTheFirstExecution(SsmClient ssm, SsmAutomationEmulator emulator) {
        String token = UUID.randomUUID().toString();

        String first = startWithToken(ssm, token, "i-1");

        assertThat(startWithToken(ssm, token.toUpperCase(Locale.ROOT), "i-1")).isEqualTo(first);
        assertThat(emulator.executions()).hasSize(1);
    }

    @Test
    void start_whenTokenIsNotAUuid_answersValidationException(SsmClient ssm) {
        assertError(() -> startWithToken(ssm, "not-a-uuid", "i-1"), ValidationException.class, "ValidationException");
        assertError(() -> startWithToken(ssm, "zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz", "i-1"), ValidationException.class,
                "ValidationException");
    }

    @Test
    void start_whenModeIsNotInTheEnum_answersValidationException(SsmClient ssm) {
        assertError(() -> ssm.startAutomationExecution(r -> r.documentName("Deploy").mode("Manual")
                .parameters(instance())), ValidationException.class, "ValidationException");
    }

    @Test
    void start_withTargets_answersValidationExceptionNamingRateControl(SsmClient ssm) {
        assertThatThrownBy(() -> ssm.startAutomationExecution(r -> r.documentName("Deploy")
                .targetParameterName("InstanceId").targets(Target.builder().key("ParameterValues").values("i-1").build())))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("rate-controlled");
    }

    @Test
    void start_withSeveralViolations_listsEachInOneValidationException(SsmClient ssm) {
        assertThatThrownBy(() -> ssm.startAutomationExecution(r -> r.documentName("x").mode("Manual")
                .clientToken("short")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("4 validation errors detected")
                .hasMessageContaining("'documentName'").hasMessageContaining("'mode'")
                .hasMessageContaining("'clientToken'");
    }

    private static String startWithToken(SsmClient ssm, String token, String instance) {
        return ssm.startAutomationExecution(r -> r.documentName("Deploy").clientToken(token)
                .parameters(Map.of("InstanceId", List.of(instance)))).automationExecutionId();
    }

    private static Map<String, List<String>> instance() {
        return Map.of("InstanceId", List.of("i-1"));
    }
}

package dev.awskit.testkit.ssm;

import static dev.awskit.testkit.ssm.Contract.assertError;
import static dev.awskit.testkit.ssm.Contract.start;
import static org.assertj.core.api.Assertions.assertThat;

import dev.awskit.core.time.VirtualTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.AutomationExecutionMetadata;
import software.amazon.awssdk.services.ssm.model.InvalidFilterValueException;
import software.amazon.awssdk.services.ssm.model.Tag;
import software.amazon.awssdk.services.ssm.model.ValidationException;

/** Contract: the twelve filter keys of {@code DescribeAutomationExecutions}. */
class SsmContractExecutionFiltersTest {
    @RegisterExtension
    static final SsmAutomationEmulatorExtension SSM = SsmAutomationEmulatorExtension.builder().virtualTime().build();

    private String web;
    private String api;
    private Instant between;

    @BeforeAll
    static void runbooks() {
        SSM.emulator().register(Runbook.builder("Deploy-Web").step(RunbookStep.builder("ship").action("aws:sleep")
                .duration(Duration.ofHours(1)).build()).build());
        SSM.emulator().register(Runbook.builder("Deploy-Api").build());
    }

    @BeforeEach
    void twoExecutionsAMinuteApart(SsmClient ssm, VirtualTime time) {
        web = ssm.startAutomationExecution(r -> r.documentName("Deploy-Web")
                .tags(Tag.builder().key("team").value("web").build())).automationExecutionId();
        between = time.now().plusSeconds(30);
        time.advance(Duration.ofMinutes(1));
        api = start(ssm, "Deploy-Api");
        time.runDue();
    }

    @Test
    void documentNamePrefix_matchesByPrefix(SsmClient ssm) {
        assertThat(ids(ssm, "DocumentNamePrefix", "Deploy-W")).containsExactly(web);
        assertThat(ids(ssm, "DocumentNamePrefix", "Deploy")).containsExactly(web, api);
    }

    @Test
    void executionStatus_matchesAnyValue_andRefusesAStatusThatDoesNotExist(SsmClient ssm) {
        assertThat(ids(ssm, "ExecutionStatus", "InProgress")).containsExactly(web);
        assertThat(ids(ssm, "ExecutionStatus", "InProgress", "Success")).containsExactly(web, api);
        assertError(() -> ids(ssm, "ExecutionStatus", "Done"), InvalidFilterValueException.class, "InvalidFilterValue");
    }

    @Test
    void executionId_matchesTheIds(SsmClient ssm) {
        assertThat(ids(ssm, "ExecutionId", api)).containsExactly(api);
    }

    @Test
    void currentAction_matchesTheRunningStepsAction(SsmClient ssm) {
        assertThat(ids(ssm, "CurrentAction", "aws:sleep")).containsExactly(web);
    }

    @Test
    void startTimeBeforeAndAfter_compareTheStartTime_andRefuseAnUnreadableTime(SsmClient ssm) {
        assertThat(ids(ssm, "StartTimeBefore", between.toString())).containsExactly(web);
        assertThat(ids(ssm, "StartTimeAfter", between.toString())).containsExactly(api);
        assertError(() -> ids(ssm, "StartTimeAfter", "yesterday"), InvalidFilterValueException.class,
                "InvalidFilterValue");
    }

    @Test
    void automationType_isLocalForEveryEmulatedExecution_andRefusesOtherTypes(SsmClient ssm) {
        assertThat(ids(ssm, "AutomationType", "Local")).containsExactly(web, api);
        assertThat(ids(ssm, "AutomationType", "CrossAccount")).isEmpty();
        assertError(() -> ids(ssm, "AutomationType", "Remote"), InvalidFilterValueException.class,
                "InvalidFilterValue");
    }

    @Test
    void tagKey_matchesExecutionsStartedWithTheTag(SsmClient ssm) {
        assertThat(ids(ssm, "TagKey", "team")).containsExactly(web);
    }

    @ParameterizedTest
    @CsvSource({"ParentExecutionId,0123456789abcdef0123456789abcdef0123", "TargetResourceGroup,web-servers",
            "OpsItemId,oi-123456789012", "AutomationSubtype,ChangeRequest"})
    void keysNoEmulatedExecutionCarries_matchNone(String key, String value, SsmClient ssm) {
        assertThat(ids(ssm, key, value)).isEmpty();
    }

    @Test
    void automationSubtype_refusesAnUnknownSubtype(SsmClient ssm) {
        assertError(() -> ids(ssm, "AutomationSubtype", "Patch"), InvalidFilterValueException.class,
                "InvalidFilterValue");
    }

    @Test
    void keyNotInTheModel_answersValidationException(SsmClient ssm) {
        assertError(() -> ids(ssm, "Colour", "blue"), ValidationException.class, "ValidationException");
    }

    @Test
    void severalKeys_mustAllMatch(SsmClient ssm) {
        assertThat(ssm.describeAutomationExecutions(r -> r.filters(
                f -> f.key("DocumentNamePrefix").values("Deploy"), f -> f.key("ExecutionStatus").values("Success")))
                .automationExecutionMetadataList()).extracting(AutomationExecutionMetadata::automationExecutionId)
                .containsExactly(api);
    }

    private static List<String> ids(SsmClient ssm, String key, String... values) {
        return ssm.describeAutomationExecutions(r -> r.filters(f -> f.key(key).values(values)))
                .automationExecutionMetadataList().stream().map(AutomationExecutionMetadata::automationExecutionId)
                .toList();
    }
}

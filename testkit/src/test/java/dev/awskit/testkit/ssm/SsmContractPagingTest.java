package dev.awskit.testkit.ssm;

import static dev.awskit.testkit.ssm.Contract.assertError;
import static dev.awskit.testkit.ssm.Contract.start;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.AutomationExecutionMetadata;
import software.amazon.awssdk.services.ssm.model.AutomationExecutionNotFoundException;
import software.amazon.awssdk.services.ssm.model.InvalidNextTokenException;
import software.amazon.awssdk.services.ssm.model.ValidationException;

/** Contract: paging members and execution ids are checked as the service model says. */
class SsmContractPagingTest {
    @RegisterExtension
    static final SsmAutomationEmulatorExtension SSM = SsmAutomationEmulatorExtension.builder().virtualTime().build();

    @BeforeAll
    static void runbooks() {
        SSM.emulator().register(Runbook.builder("Quick").step(RunbookStep.builder("a").build())
                .step(RunbookStep.builder("b").build()).build());
    }

    @Test
    void describeExecutions_whenNextTokenIsMinusOne_answersInvalidNextToken(SsmClient ssm) {
        assertError(() -> ssm.describeAutomationExecutions(r -> r.nextToken("-1")),
                InvalidNextTokenException.class, "InvalidNextToken");
    }

    @Test
    void describeSteps_whenNextTokenWasNotIssued_answersInvalidNextToken(SsmClient ssm) {
        String id = start(ssm, "Quick");

        assertError(() -> ssm.describeAutomationStepExecutions(r -> r.automationExecutionId(id).nextToken("abc")),
                InvalidNextTokenException.class, "InvalidNextToken");
    }

    @Test
    void describeExecutions_whenMaxResultsOutside1To50_answersValidationException(SsmClient ssm) {
        assertError(() -> ssm.describeAutomationExecutions(r -> r.maxResults(51)), ValidationException.class,
                "ValidationException");
        assertError(() -> ssm.describeAutomationExecutions(r -> r.maxResults(0)), ValidationException.class,
                "ValidationException");
    }

    @Test
    void describeExecutions_pagesThroughEveryExecutionWithTheTokensItIssues(SsmClient ssm) {
        List<String> started = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            started.add(start(ssm, "Quick"));
        }

        List<String> paged = ssm.describeAutomationExecutionsPaginator(r -> r.maxResults(2))
                .automationExecutionMetadataList().stream().map(AutomationExecutionMetadata::automationExecutionId)
                .toList();

        assertThat(paged).isEqualTo(started);
        assertThat(ssm.describeAutomationExecutions(r -> r.maxResults(2)).nextToken()).isNotBlank();
    }

    @Test
    void get_whenIdIsNot36Characters_answersValidationException(SsmClient ssm) {
        assertError(() -> ssm.getAutomationExecution(r -> r.automationExecutionId("abc")),
                ValidationException.class, "ValidationException");
    }

    @Test
    void get_whenIdUnknown_answersNotFound(SsmClient ssm) {
        assertError(() -> ssm.getAutomationExecution(r -> r.automationExecutionId(UUID.randomUUID().toString())),
                AutomationExecutionNotFoundException.class, "AutomationExecutionNotFoundException");
    }
}

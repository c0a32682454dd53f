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
import software.amazon.awssdk.services.ssm.model.InvalidFilterValueException;
import software.amazon.awssdk.services.ssm.model.StepExecution;
import software.amazon.awssdk.services.ssm.model.ValidationException;

/** Contract: the nine filter keys and {@code ReverseOrder} of {@code DescribeAutomationStepExecutions}. */
class SsmContractStepFiltersTest {
    @RegisterExtension
    static final SsmAutomationEmulatorExtension SSM = SsmAutomationEmulatorExtension.builder().virtualTime().build();

    private String id;
    private Instant start;

    @BeforeAll
    static void runbooks() {
        SSM.emulator().register(Runbook.builder("Pipeline")
                .step(RunbookStep.builder("build").duration(Duration.ofMinutes(1)).build())
                .step(RunbookStep.builder("test").action("aws:runCommand").duration(Duration.ofMinutes(1)).build())
                .step(RunbookStep.builder("ship").action("aws:sleep").duration(Duration.ofHours(1)).build())
                .build());
    }

    @BeforeEach
    void twoStepsDoneAndOneRunning(SsmClient ssm, VirtualTime time) {
        start = time.now();
        id = start(ssm, "Pipeline");
        time.advance(Duration.ofMinutes(2));
    }

    @Test
    void noFilter_listsStartedStepsInOrder_andReverseOrderNewestFirst(SsmClient ssm) {
        assertThat(names(ssm, false)).containsExactly("build", "test", "ship");
        assertThat(names(ssm, true)).containsExactly("ship", "test", "build");
    }

    @Test
    void stepExecutionStatus_matchesAnyValue_andRefusesAStatusThatDoesNotExist(SsmClient ssm) {
        assertThat(names(ssm, "StepExecutionStatus", "Success")).containsExactly("build", "test");
        assertThat(names(ssm, "StepExecutionStatus", "InProgress")).containsExactly("ship");
        assertError(() -> names(ssm, "StepExecutionStatus", "Done"), InvalidFilterValueException.class,
                "InvalidFilterValue");
    }

    @Test
    void stepNameActionAndStepExecutionId_matchExactly(SsmClient ssm) {
        String shipId = steps(ssm, "StepName", "ship").get(0).stepExecutionId();

        assertThat(names(ssm, "StepName", "build", "ship")).containsExactly("build", "ship");
        assertThat(names(ssm, "Action", "aws:runCommand")).containsExactly("test");
        assertThat(names(ssm, "StepExecutionId", shipId)).containsExactly("ship");
    }

    @Test
    void startTimeBeforeAndAfter_compareTheStepStart_andRefuseAnUnreadableTime(SsmClient ssm) {
        String halfway = start.plusSeconds(90).toString();

        assertThat(names(ssm, "StartTimeBefore", halfway)).containsExactly("build", "test");
        assertThat(names(ssm, "StartTimeAfter", halfway)).containsExactly("ship");
        assertError(() -> names(ssm, "StartTimeBefore", "noon"), InvalidFilterValueException.class,
                "InvalidFilterValue");
    }

    @ParameterizedTest
    @CsvSource({"ParentStepExecutionId,0123", "ParentStepIteration,1", "ParentStepIteratorValue,i-1"})
    void parentStepKeys_matchNoneAsNoEmulatedStepIsALoopIteration(String key, String value, SsmClient ssm) {
        assertThat(names(ssm, key, value)).isEmpty();
    }

    @Test
    void parentStepIteration_refusesANonNumber(SsmClient ssm) {
        assertError(() -> names(ssm, "ParentStepIteration", "first"), InvalidFilterValueException.class,
                "InvalidFilterValue");
    }

    @Test
    void filtersAndReverseOrder_combine(SsmClient ssm) {
        assertThat(ssm.describeAutomationStepExecutions(r -> r.automationExecutionId(id).reverseOrder(true)
                .filters(f -> f.key("StepExecutionStatus").values("Success"))).stepExecutions())
                .extracting(StepExecution::stepName).containsExactly("test", "build");
    }

    @Test
    void moreThanSixFilters_answersValidationException(SsmClient ssm) {
        assertError(() -> ssm.describeAutomationStepExecutions(r -> r.automationExecutionId(id).filters(
                f -> f.key("StepName").values("a"), f -> f.key("StepName").values("b"),
                f -> f.key("StepName").values("c"), f -> f.key("StepName").values("d"),
                f -> f.key("StepName").values("e"), f -> f.key("StepName").values("f"),
                f -> f.key("StepName").values("g"))), ValidationException.class, "ValidationException");
    }

    private List<String> names(SsmClient ssm, boolean reverse) {
        return ssm.describeAutomationStepExecutions(r -> r.automationExecutionId(id).reverseOrder(reverse))
                .stepExecutions().stream().map(StepExecution::stepName).toList();
    }

    private List<String> names(SsmClient ssm, String key, String... values) {
        return steps(ssm, key, values).stream().map(StepExecution::stepName).toList();
    }

    private List<StepExecution> steps(SsmClient ssm, String key, String... values) {
        return ssm.describeAutomationStepExecutions(r -> r.automationExecutionId(id)
                .filters(f -> f.key(key).values(values))).stepExecutions();
    }
}

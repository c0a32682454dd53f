package dev.awskit.testkit.ssm.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awskit.testkit.ssm.internal.model.ApiError;
import dev.awskit.testkit.ssm.internal.model.AutomationShapes;
import java.time.Instant;
import java.util.function.Predicate;

/**
 * The nine {@code StepExecutionFilter} keys of {@code DescribeAutomationStepExecutions}, applied to rendered
 * steps: values of one key match any, keys combine with AND. Emulated steps are not loop iterations, so the
 * parent-step keys match none (after their values are checked).
 */
final class StepFilters {
    private StepFilters() {
    }

    static Predicate<ObjectNode> parse(JsonNode filters) {
        return FilterValues.all(filters, StepFilters::one);
    }

    private static Predicate<ObjectNode> one(FilterValues filter) {
        return switch (filter.key()) {
            case "StartTimeBefore" -> startTime(filter.time(true));
            case "StartTimeAfter" -> startTime(filter.time(false));
            case "StepExecutionStatus" -> on("StepStatus", filter.anyOf(AutomationShapes.STATUSES));
            case "StepExecutionId" -> on("StepExecutionId", filter.anyEquals());
            case "StepName" -> on("StepName", filter.anyEquals());
            case "Action" -> on("Action", filter.anyEquals());
            case "ParentStepIteration" -> {
                filter.requireIntegers();
                yield step -> false;
            }
            case "ParentStepExecutionId", "ParentStepIteratorValue" -> step -> false;
            default -> throw ApiError.badRequest("InvalidFilterKey", "The filter key " + filter.key() + " isn't valid");
        };
    }

    private static Predicate<ObjectNode> on(String field, Predicate<String> test) {
        return step -> step.hasNonNull(field) && test.test(step.get(field).asText());
    }

    private static Predicate<ObjectNode> startTime(Predicate<Instant> test) {
        return step -> test.test(FilterValues.epochSeconds(step.get("ExecutionStartTime")));
    }

    /** @return the step's start time, for ordering */
    static Instant start(ObjectNode step) {
        return FilterValues.epochSeconds(step.get("ExecutionStartTime"));
    }
}

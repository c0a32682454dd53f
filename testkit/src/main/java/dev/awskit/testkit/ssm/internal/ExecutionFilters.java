package dev.awskit.testkit.ssm.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awskit.testkit.ssm.internal.model.ApiError;
import dev.awskit.testkit.ssm.internal.model.AutomationShapes;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The twelve {@code AutomationExecutionFilter} keys of {@code DescribeAutomationExecutions}: values of one key
 * match any, keys combine with AND. Executions of this emulator are {@code Local}, have no parent, no subtype,
 * no OpsItem and no resource-group target, so filters on those match none (after their values are checked).
 */
final class ExecutionFilters {
    private ExecutionFilters() {
    }

    /** An execution and its rendered metadata, read together under its lock. */
    record Row(ExecutionState execution, ObjectNode metadata) {
        String field(String name) {
            JsonNode value = metadata.get(name);
            return value == null ? null : value.asText();
        }
    }

    static Predicate<Row> parse(JsonNode filters) {
        return FilterValues.all(filters, ExecutionFilters::one);
    }

    private static Predicate<Row> one(FilterValues filter) {
        return switch (filter.key()) {
            case "DocumentNamePrefix" -> row -> filter.values().stream()
                    .anyMatch(prefix -> row.execution().runbook().documentName().startsWith(prefix));
            case "ExecutionStatus" -> on("AutomationExecutionStatus", filter.anyOf(AutomationShapes.STATUSES));
            case "ExecutionId" -> on("AutomationExecutionId", filter.anyEquals());
            case "CurrentAction" -> on("CurrentAction", filter.anyEquals());
            case "StartTimeBefore" -> startTime(filter.time(true));
            case "StartTimeAfter" -> startTime(filter.time(false));
            case "AutomationType" -> on("AutomationType", filter.anyOf(Set.of("CrossAccount", "Local")));
            case "TagKey" -> row -> filter.values().stream()
                    .anyMatch(row.execution().request().tags()::containsKey);
            case "AutomationSubtype" -> none(filter.anyOf(Set.of("ChangeRequest", "AccessRequest")));
            case "ParentExecutionId", "TargetResourceGroup", "OpsItemId" -> none(filter.anyEquals());
            default -> throw ApiError.badRequest("InvalidFilterKey", "The filter key " + filter.key() + " isn't valid");
        };
    }

    private static Predicate<Row> on(String field, Predicate<String> test) {
        return row -> {
            String value = row.field(field);
            return value != null && test.test(value);
        };
    }

    private static Predicate<Row> startTime(Predicate<java.time.Instant> test) {
        return row -> test.test(row.execution().start());
    }

    /** The values were checked when {@code checkedValues} was built; no emulated execution carries the field. */
    private static Predicate<Row> none(Predicate<String> checkedValues) {
        return row -> false;
    }
}

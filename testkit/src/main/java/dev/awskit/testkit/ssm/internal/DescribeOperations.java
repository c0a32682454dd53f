package dev.awskit.testkit.ssm.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/** {@code DescribeAutomationExecutions} and {@code DescribeAutomationStepExecutions}: filters, order, pages. */
final class DescribeOperations {
    private final ExecutionStore store;

    DescribeOperations(ExecutionStore store) {
        this.store = store;
    }

    ObjectNode executions(JsonNode request) {
        Predicate<ExecutionFilters.Row> filter = ExecutionFilters.parse(request.path("Filters"));
        Paging page = Paging.of(request);
        List<ObjectNode> rows = new ArrayList<>();
        for (ExecutionState execution : store.visible()) {
            ExecutionFilters.Row row = new ExecutionFilters.Row(execution, execution.metadata());
            if (filter.test(row)) {
                rows.add(row.metadata());
            }
        }
        return page.answer(rows, "AutomationExecutionMetadataList");
    }

    ObjectNode steps(JsonNode request) {
        ExecutionState execution = store.find(Json.text(request, "AutomationExecutionId"));
        Predicate<ObjectNode> filter = StepFilters.parse(request.path("Filters"));
        Paging page = Paging.of(request);
        List<ObjectNode> steps = new ArrayList<>(execution.stepViews().stream().filter(filter).toList());
        if (request.path("ReverseOrder").asBoolean(false)) {
            // Newest first; steps start in order, so ties (same instant) keep the later step first too.
            List<ObjectNode> byStart = new ArrayList<>(steps);
            steps.sort(Comparator.comparing(StepFilters::start)
                    .thenComparing(byStart::indexOf).reversed());
        }
        return page.answer(steps, "StepExecutions");
    }
}

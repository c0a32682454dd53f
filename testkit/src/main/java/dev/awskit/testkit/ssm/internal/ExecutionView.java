package dev.awskit.testkit.ssm.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Renders an execution as the service model's {@code AutomationExecution} (Get) and
 * {@code AutomationExecutionMetadata} (Describe). Called with the execution's lock held.
 */
final class ExecutionView {
    private static final String EXECUTED_BY = "arn:aws:sts::123456789012:assumed-role/awskit-emulator";

    private ExecutionView() {
    }

    static ObjectNode metadata(ExecutionState execution, StepRunner steps) {
        ObjectNode node = common(execution, steps);
        node.put("AutomationType", "Local");
        return node;
    }

    static ObjectNode execution(ExecutionState execution, StepRunner steps, int maxSteps) {
        ObjectNode node = common(execution, steps);
        node.set("Parameters", Json.listMap(execution.parameters()));
        ArrayNode array = node.putArray("StepExecutions");
        List<ObjectNode> views = steps.views();
        views.stream().limit(maxSteps).forEach(array::add);
        node.put("StepExecutionsTruncated", views.size() > maxSteps);
        ObjectNode counters = node.putObject("ProgressCounters");
        counters.put("TotalSteps", steps.all().size());
        counters.put("SuccessSteps", count(steps, "Success"));
        counters.put("FailedSteps", count(steps, "Failed"));
        counters.put("CancelledSteps", count(steps, "Cancelled"));
        counters.put("TimedOutSteps", count(steps, "TimedOut"));
        return node;
    }

    private static ObjectNode common(ExecutionState execution, StepRunner steps) {
        String status = execution.statusNow();
        boolean ended = execution.end() != null;
        ObjectNode node = Json.object();
        node.put("AutomationExecutionId", execution.id());
        node.put("DocumentName", execution.runbook().documentName());
        node.put("DocumentVersion", execution.request().documentVersion());
        node.put("AutomationExecutionStatus", status);
        node.put("Mode", execution.request().interactive() ? "Interactive" : "Auto");
        node.put("ExecutedBy", EXECUTED_BY);
        Json.putTime(node, "ExecutionStartTime", execution.start());
        StepState current = steps.currentStep();
        if (!ended && current != null) {
            node.put("CurrentStepName", current.step.name());
            node.put("CurrentAction", current.step.action());
        }
        if (ended) {
            Json.putTime(node, "ExecutionEndTime", execution.end());
            node.set("Outputs", Json.listMap(steps.outputs()));
        }
        if (execution.failureMessage() != null) {
            node.put("FailureMessage", execution.failureMessage());
        }
        return node;
    }

    private static int count(StepRunner steps, String status) {
        return (int) steps.all().stream().filter(s -> s.end != null && s.status.equals(status)).count();
    }
}

package dev.awskit.testkit.ssm.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awskit.testkit.ssm.RunbookStep;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One step of one emulated execution; guarded by the owning {@link ExecutionState}'s lock. */
final class StepState {
    final RunbookStep step;
    final String stepExecutionId;
    String status = "Pending";
    Instant start;
    Instant end;
    String failureMessage;
    final Map<String, List<String>> outputs = new LinkedHashMap<>();

    StepState(RunbookStep step, String stepExecutionId) {
        this.step = step;
        this.stepExecutionId = stepExecutionId;
    }

    boolean started() {
        return start != null;
    }

    /** @return whether the step has started and not ended */
    boolean running() {
        return start != null && end == null;
    }

    ObjectNode render() {
        ObjectNode node = Json.object();
        node.put("StepName", step.name());
        node.put("Action", step.action());
        node.put("StepStatus", status);
        node.put("StepExecutionId", stepExecutionId);
        node.put("OnFailure", "Abort");
        node.put("MaxAttempts", 1);
        Json.putTime(node, "ExecutionStartTime", start);
        Json.putTime(node, "ExecutionEndTime", end);
        if (!outputs.isEmpty()) {
            node.set("Outputs", Json.listMap(outputs));
        }
        if (failureMessage != null) {
            node.put("FailureMessage", failureMessage);
            ObjectNode details = node.putObject("FailureDetails");
            details.put("FailureStage", "Executing");
            details.put("FailureType", step.failureType());
            details.set("Details", Json.listMap(Map.of("ErrorMessage", List.of(failureMessage))));
        }
        return node;
    }
}

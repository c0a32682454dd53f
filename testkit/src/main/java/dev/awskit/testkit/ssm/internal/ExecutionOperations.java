package dev.awskit.testkit.ssm.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@code GetAutomationExecution}, {@code StopAutomationExecution} and {@code SendAutomationSignal}. */
final class ExecutionOperations {
    private final ExecutionStore store;
    private final int maxStepsInGet;

    ExecutionOperations(ExecutionStore store, int maxStepsInGet) {
        this.store = store;
        this.maxStepsInGet = maxStepsInGet;
    }

    ObjectNode get(JsonNode request) {
        ObjectNode answer = Json.object();
        answer.set("AutomationExecution", find(request).get(maxStepsInGet));
        return answer;
    }

    ObjectNode stop(JsonNode request) {
        String type = Json.text(request, "Type");
        find(request).stop(type == null ? "Cancel" : type);
        return Json.object();
    }

    ObjectNode signal(JsonNode request) {
        find(request).signal(Json.text(request, "SignalType"), Json.readListMap(request.get("Payload")));
        return Json.object();
    }

    private ExecutionState find(JsonNode request) {
        return store.find(Json.text(request, "AutomationExecutionId"));
    }
}

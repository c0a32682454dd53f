package dev.awskit.testkit.ssm.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awskit.core.time.TimeSource;
import dev.awskit.testkit.ssm.Runbook;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/** The six Automation operations over the emulator's state. Thread-safe. */
public final class AutomationApi {
    /** The operations answered here; any other is forwarded. */
    public static final Set<String> OPERATIONS = Set.of("StartAutomationExecution", "GetAutomationExecution",
            "StopAutomationExecution", "DescribeAutomationStepExecutions", "DescribeAutomationExecutions",
            "SendAutomationSignal");

    private final Map<String, Runbook> runbooks = new ConcurrentHashMap<>();
    private final Map<String, ExecutionState> executions = new ConcurrentHashMap<>();
    private final List<ExecutionState> order = new CopyOnWriteArrayList<>();
    private final Map<String, String> clientTokens = new ConcurrentHashMap<>();
    private final TimeSource time;
    private final int maxStepsInGet;

    /**
     * Creates the state.
     *
     * @param time stamps start and end times
     * @param maxStepsInGet steps returned by Get before it reports them truncated
     */
    public AutomationApi(TimeSource time, int maxStepsInGet) {
        this.time = time;
        this.maxStepsInGet = maxStepsInGet;
    }

    /** @param runbook added or replaced by document name */
    public void register(Runbook runbook) {
        runbooks.put(runbook.documentName(), runbook);
    }

    /** @return executions in start order */
    public List<ExecutionState> executions() {
        return List.copyOf(order);
    }

    /** @param id an execution id @return the execution, if known */
    public Optional<ExecutionState> execution(String id) {
        return Optional.ofNullable(executions.get(id));
    }

    /** Forgets every execution and client token; runbooks stay. */
    public void clearExecutions() {
        executions.clear();
        order.clear();
        clientTokens.clear();
    }

    ObjectNode handle(String operation, JsonNode request) {
        return switch (operation) {
            case "StartAutomationExecution" -> start(request);
            case "GetAutomationExecution" -> get(request);
            case "StopAutomationExecution" -> stop(request);
            case "DescribeAutomationStepExecutions" -> describeSteps(request);
            case "DescribeAutomationExecutions" -> describeExecutions(request);
            case "SendAutomationSignal" -> signal(request);
            default -> throw ApiError.badRequest("UnknownOperationException", "Unknown operation " + operation);
        };
    }

    private ObjectNode start(JsonNode request) {
        String document = required(request, "DocumentName");
        Runbook runbook = runbooks.get(document);
        if (runbook == null) {
            throw ApiError.badRequest("AutomationDefinitionNotFoundException",
                    "Automation definition " + document + " is not found");
        }
        Map<String, List<String>> parameters = Json.readListMap(request.get("Parameters"));
        for (String name : runbook.requiredParameters()) {
            if (!parameters.containsKey(name)) {
                throw ApiError.badRequest("InvalidAutomationExecutionParametersException",
                        "Parameter \"" + name + "\" is required for document " + document);
            }
        }
        String token = Json.text(request, "ClientToken");
        String id = token == null ? newExecution(runbook, request, parameters)
                : clientTokens.computeIfAbsent(token, t -> newExecution(runbook, request, parameters));
        ObjectNode answer = Json.object();
        answer.put("AutomationExecutionId", id);
        return answer;
    }

    private String newExecution(Runbook runbook, JsonNode request, Map<String, List<String>> parameters) {
        String id = UUID.randomUUID().toString();
        ExecutionState state = new ExecutionState(id, runbook, Map.copyOf(parameters),
                Json.text(request, "DocumentVersion"), Json.text(request, "Mode"), time);
        executions.put(id, state);
        order.add(state);
        return id;
    }

    private ObjectNode get(JsonNode request) {
        ExecutionState state = find(request);
        if (state.hideFromGet()) {
            throw notFound(state.id());
        }
        ObjectNode answer = Json.object();
        answer.set("AutomationExecution", state.get(maxStepsInGet));
        return answer;
    }

    private ObjectNode stop(JsonNode request) {
        String refused = find(request).stop();
        if (refused != null) {
            throw ApiError.badRequest("InvalidAutomationStatusUpdateException", refused);
        }
        return Json.object();
    }

    private ObjectNode signal(JsonNode request) {
        String type = required(request, "SignalType");
        if (!Set.of("Approve", "Reject", "StartStep", "StopStep", "Resume").contains(type)) {
            throw ApiError.badRequest("ValidationException", "Unknown SignalType " + type);
        }
        String refused = find(request).signal(type);
        if (refused != null) {
            throw ApiError.badRequest("InvalidAutomationSignalException", refused);
        }
        return Json.object();
    }

    private ObjectNode describeSteps(JsonNode request) {
        List<ObjectNode> steps = find(request).stepViews();
        return page(steps, request, "StepExecutions", 50);
    }

    private ObjectNode describeExecutions(JsonNode request) {
        Predicate<ExecutionState> filter = s -> true;
        for (JsonNode f : request.path("Filters")) {
            String key = f.path("Key").asText();
            List<String> values = new ArrayList<>();
            f.path("Values").forEach(v -> values.add(v.asText()));
            filter = filter.and(switch (key) {
                case "ExecutionId" -> s -> values.contains(s.id());
                case "DocumentNamePrefix" -> s -> values.stream().anyMatch(s.runbook().documentName()::startsWith);
                case "ExecutionStatus" -> s -> values.contains(s.status());
                default -> throw ApiError.badRequest("InvalidFilterKey", "Filter key " + key + " is not emulated");
            });
        }
        List<ObjectNode> rows = new ArrayList<>();
        order.stream().filter(filter).forEach(s -> rows.add(s.metadata()));
        return page(rows, request, "AutomationExecutionMetadataList", 50);
    }

    private static ObjectNode page(List<ObjectNode> items, JsonNode request, String field, int defaultSize) {
        int size = request.path("MaxResults").asInt(defaultSize);
        int from = 0;
        String token = Json.text(request, "NextToken");
        if (token != null) {
            try {
                from = Integer.parseInt(token);
            } catch (NumberFormatException e) {
                throw ApiError.badRequest("InvalidNextToken", "The NextToken is not valid");
            }
        }
        ObjectNode answer = Json.object();
        ArrayNode array = answer.putArray(field);
        items.stream().skip(from).limit(size).forEach(array::add);
        if (from + size < items.size()) {
            answer.put("NextToken", Integer.toString(from + size));
        }
        return answer;
    }

    private ExecutionState find(JsonNode request) {
        String id = required(request, "AutomationExecutionId");
        ExecutionState state = executions.get(id);
        if (state == null) {
            throw notFound(id);
        }
        return state;
    }

    private static ApiError notFound(String id) {
        return ApiError.badRequest("AutomationExecutionNotFoundException",
                "Automation execution " + id + " is not found");
    }

    private static String required(JsonNode request, String field) {
        String value = Json.text(request, field);
        if (value == null || value.isEmpty()) {
            throw ApiError.badRequest("ValidationException", "1 validation error detected: " + field
                    + " must not be null");
        }
        return value;
    }
}

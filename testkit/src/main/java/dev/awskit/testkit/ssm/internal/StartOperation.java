package dev.awskit.testkit.ssm.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awskit.testkit.ssm.Runbook;
import dev.awskit.testkit.ssm.internal.model.ApiError;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * {@code StartAutomationExecution} past the model's constraints: the document and version must exist, the
 * parameters must be declared and the required ones given, and a {@code ClientToken} (case-insensitive)
 * returns the execution it started only for the same request, else {@code IdempotentParameterMismatch}.
 */
final class StartOperation {
    private static final List<String> RATE_CONTROL = List.of("TargetParameterName", "Targets", "TargetMaps",
            "TargetLocations", "TargetLocationsURL");

    private final Map<String, Runbook> runbooks;
    private final ExecutionStore store;
    private final EmulatorClock clock;
    private final Map<String, Token> tokens = new HashMap<>();

    private record Token(String executionId, JsonNode request) {
    }

    StartOperation(Map<String, Runbook> runbooks, ExecutionStore store, EmulatorClock clock) {
        this.runbooks = runbooks;
        this.store = store;
        this.clock = clock;
    }

    ObjectNode start(JsonNode request) {
        String document = Json.text(request, "DocumentName");
        Runbook runbook = runbooks.get(document);
        if (runbook == null) {
            throw ApiError.badRequest("AutomationDefinitionNotFoundException",
                    "Automation definition " + document + " is not found");
        }
        for (String member : RATE_CONTROL) {
            if (request.hasNonNull(member)) {
                throw ApiError.badRequest("ValidationException", member + ": rate-controlled and multi-account "
                        + "executions are not emulated by the awskit SSM Automation emulator");
            }
        }
        StartRequest start = new StartRequest(version(runbook, Json.text(request, "DocumentVersion")),
                parameters(runbook, Json.readListMap(request.get("Parameters"))),
                "Interactive".equals(Json.text(request, "Mode")), tags(request));
        String token = Json.text(request, "ClientToken");
        ObjectNode answer = Json.object();
        answer.put("AutomationExecutionId", token == null ? create(runbook, start) : once(token, request, runbook, start));
        return answer;
    }

    void clear() {
        synchronized (tokens) {
            tokens.clear();
        }
    }

    private String once(String token, JsonNode request, Runbook runbook, StartRequest start) {
        ObjectNode withoutToken = request.deepCopy();
        withoutToken.remove("ClientToken");
        synchronized (tokens) {
            Token known = tokens.get(token.toLowerCase(Locale.ROOT));
            if (known == null) {
                String id = create(runbook, start);
                tokens.put(token.toLowerCase(Locale.ROOT), new Token(id, withoutToken));
                return id;
            }
            if (!known.request().equals(withoutToken)) {
                throw ApiError.badRequest("IdempotentParameterMismatch", "ClientToken " + token
                        + " was used by a start with other parameters (execution " + known.executionId() + ")");
            }
            return known.executionId();
        }
    }

    private String create(Runbook runbook, StartRequest start) {
        ExecutionState execution = new ExecutionState(UUID.randomUUID().toString(), runbook, start, clock);
        store.add(execution);
        execution.begin();
        return execution.id();
    }

    private static String version(Runbook runbook, String requested) {
        if (requested == null || requested.equals("$DEFAULT") || requested.equals("$LATEST")) {
            return Integer.toString(runbook.versions());
        }
        try {
            int number = Integer.parseInt(requested);
            if (number >= 1 && number <= runbook.versions()) {
                return requested;
            }
        } catch (NumberFormatException e) {
            // falls through to "not found", as the model's pattern accepts more than numbers
        }
        throw ApiError.badRequest("AutomationDefinitionVersionNotFoundException", "Automation definition "
                + runbook.documentName() + " has no version " + requested + " (versions 1 to " + runbook.versions() + ")");
    }

    private static Map<String, List<String>> parameters(Runbook runbook, Map<String, List<String>> given) {
        List<String> undeclared = given.keySet().stream().filter(n -> !runbook.parameters().containsKey(n)).toList();
        if (!undeclared.isEmpty()) {
            throw ApiError.badRequest("InvalidAutomationExecutionParametersException", "Parameters " + undeclared
                    + " are not defined in document " + runbook.documentName() + "; it declares "
                    + runbook.parameters().keySet());
        }
        for (String name : runbook.requiredParameters()) {
            if (!given.containsKey(name)) {
                throw ApiError.badRequest("InvalidAutomationExecutionParametersException",
                        "Parameter \"" + name + "\" is required for document " + runbook.documentName());
            }
        }
        Map<String, List<String>> all = new LinkedHashMap<>();
        runbook.parameters().forEach((name, defaults) -> {
            if (!defaults.isEmpty()) {
                all.put(name, defaults);
            }
        });
        all.putAll(given);
        return all;
    }

    private static Map<String, String> tags(JsonNode request) {
        Map<String, String> tags = new LinkedHashMap<>();
        request.path("Tags").forEach(tag -> tags.put(tag.path("Key").asText(), tag.path("Value").asText()));
        return tags;
    }
}

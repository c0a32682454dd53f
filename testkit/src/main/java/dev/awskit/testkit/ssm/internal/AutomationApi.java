package dev.awskit.testkit.ssm.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awskit.testkit.ssm.Runbook;
import dev.awskit.testkit.ssm.internal.model.ApiError;
import dev.awskit.testkit.ssm.internal.model.AutomationShapes;
import dev.awskit.testkit.ssm.internal.model.StructureShape;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The six Automation operations: each request is checked against the model's input shape first
 * ({@code ValidationException}, {@code SerializationException}), then handed to its operation. Thread-safe.
 */
public final class AutomationApi {
    /** The operations answered here; any other is forwarded. */
    public static final Set<String> OPERATIONS = AutomationShapes.inputs().keySet();

    private final Map<String, Runbook> runbooks = new ConcurrentHashMap<>();
    private final ExecutionStore store = new ExecutionStore();
    private final StartOperation starts;
    private final ExecutionOperations executions;
    private final DescribeOperations describes = new DescribeOperations(store);

    /**
     * Creates the state.
     *
     * @param clock the emulator's clock, which moves the executions
     * @param maxStepsInGet steps returned by Get before it reports them truncated
     */
    public AutomationApi(EmulatorClock clock, int maxStepsInGet) {
        this.starts = new StartOperation(runbooks, store, clock);
        this.executions = new ExecutionOperations(store, maxStepsInGet);
    }

    /** @param runbook added or replaced by document name */
    public void register(Runbook runbook) {
        runbooks.put(runbook.documentName(), runbook);
    }

    /** @return executions in start order */
    public List<ExecutionState> executions() {
        return store.all();
    }

    /** @param id an execution id @return the execution, if known */
    public Optional<ExecutionState> execution(String id) {
        return store.get(id);
    }

    /** Forgets every execution and client token; runbooks stay. */
    public void clearExecutions() {
        store.clear();
        starts.clear();
    }

    /**
     * Answers one operation.
     *
     * @param operation one of {@link #OPERATIONS}
     * @param request the request body
     * @return the answer body
     * @throws ApiError the service's error for this request
     */
    public ObjectNode handle(String operation, JsonNode request) {
        StructureShape shape = AutomationShapes.inputs().get(operation);
        if (shape == null) {
            throw ApiError.badRequest("UnknownOperationException", "Unknown operation " + operation);
        }
        shape.validate(request);
        return switch (operation) {
            case "StartAutomationExecution" -> starts.start(request);
            case "GetAutomationExecution" -> executions.get(request);
            case "StopAutomationExecution" -> executions.stop(request);
            case "SendAutomationSignal" -> executions.signal(request);
            case "DescribeAutomationStepExecutions" -> describes.steps(request);
            default -> describes.executions(request);
        };
    }
}

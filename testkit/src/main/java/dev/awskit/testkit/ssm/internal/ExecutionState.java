package dev.awskit.testkit.ssm.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awskit.core.time.TimeSource;
import dev.awskit.testkit.ssm.Runbook;
import dev.awskit.testkit.ssm.RunbookStep;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/**
 * One emulated execution. Each {@code GetAutomationExecution} after the first is one tick: the current step
 * moves on, or a stop moves from {@code Cancelling} to {@code Cancelled}. Every method holds the lock.
 */
public final class ExecutionState {
    static final Set<String> TERMINAL = Set.of("Success", "Failed", "TimedOut", "Cancelled", "Rejected",
            "CompletedWithSuccess", "CompletedWithFailure", "ChangeCalendarOverrideRejected", "Exited");

    private final String id;
    private final Runbook runbook;
    private final Map<String, List<String>> parameters;
    private final String documentVersion;
    private final String mode;
    private final TimeSource time;
    private final List<StepState> steps = new ArrayList<>();
    private final List<String> signals = new ArrayList<>();
    private final Instant start;
    private Instant end;
    private int gets;
    private int invisibleLeft;
    private int current;
    private int ticksInStep;
    private String terminal;
    private String failureMessage;
    private boolean stopped;
    private int cancellingLeft;
    private String pendingSignal;

    ExecutionState(String id, Runbook runbook, Map<String, List<String>> parameters, String documentVersion,
            String mode, TimeSource time) {
        this.id = id;
        this.runbook = runbook;
        this.parameters = parameters;
        this.documentVersion = documentVersion == null ? "1" : documentVersion;
        this.mode = mode == null ? "Auto" : mode;
        this.time = time;
        this.start = time.now();
        this.invisibleLeft = runbook.invisibleForGets();
        for (RunbookStep step : runbook.steps()) {
            steps.add(new StepState(step, UUID.randomUUID().toString()));
        }
        if (!steps.isEmpty()) {
            begin(0);
        }
    }

    /** @return the execution id */
    public String id() {
        return id;
    }

    /** @return the runbook played */
    public Runbook runbook() {
        return runbook;
    }

    /** @return the start parameters */
    public Map<String, List<String>> parameters() {
        return parameters;
    }

    /** @return Get calls answered so far (not counting "not found" answers) */
    public synchronized int gets() {
        return gets;
    }

    /** @return signals received, as their types */
    public synchronized List<String> signals() {
        return List.copyOf(signals);
    }

    /** @return the status the latest Get showed (or would show before the first) */
    public synchronized String status() {
        return displayedStatus(Math.max(gets - 1, 0));
    }

    synchronized boolean hideFromGet() {
        if (invisibleLeft > 0) {
            invisibleLeft--;
            return true;
        }
        return false;
    }

    synchronized ObjectNode get(int maxSteps) {
        tick(gets > 0);
        gets++;
        return render(maxSteps);
    }

    synchronized ObjectNode view(int maxSteps) {
        return render(maxSteps);
    }

    synchronized List<ObjectNode> stepViews() {
        List<ObjectNode> views = new ArrayList<>();
        steps.stream().filter(StepState::started).forEach(s -> views.add(s.render()));
        return views;
    }

    /** @return {@code null} when stopped, else why the stop is refused */
    synchronized String stop() {
        if (stopped || TERMINAL.contains(status())) {
            return "Execution " + id + " is already " + status();
        }
        stopped = true;
        cancellingLeft = runbook.cancellingGets();
        if (current < steps.size()) {
            StepState step = steps.get(current);
            step.status = "Cancelled";
            step.end = time.now();
        }
        return null;
    }

    /** @return {@code null} when accepted, else why the signal is refused */
    synchronized String signal(String type) {
        signals.add(type);
        if (type.equals("StartStep") || type.equals("StopStep")) {
            return null;
        }
        boolean waiting = terminal == null && !stopped && current < steps.size()
                && steps.get(current).step.waitsForSignal() && pendingSignal == null;
        if (!waiting) {
            return "Execution " + id + " is not waiting for a signal (status " + status() + ")";
        }
        pendingSignal = type;
        return null;
    }

    private void tick(boolean moveSteps) {
        if (stopped && terminal == null) {
            if (cancellingLeft > 0) {
                cancellingLeft--;
            } else {
                finish("Cancelled", null);
            }
            return;
        }
        if (!moveSteps || terminal != null || current >= steps.size()) {
            return;
        }
        StepState step = steps.get(current);
        if (step.step.waitsForSignal()) {
            if (pendingSignal != null) {
                complete(current);
            }
        } else if (++ticksInStep >= step.step.ticks()) {
            complete(current);
        }
    }

    private void begin(int index) {
        current = index;
        ticksInStep = 0;
        StepState step = steps.get(index);
        step.start = time.now();
        step.status = step.step.waitsForSignal() ? "Waiting" : "InProgress";
    }

    private void complete(int index) {
        StepState state = steps.get(index);
        RunbookStep step = state.step;
        String status = step.finalStatus();
        String message = step.failureMessage();
        if ("Reject".equals(pendingSignal)) {
            status = "Failed";
            message = "Step " + step.name() + " was rejected";
        } else if (status.equals("Success") && step.onComplete() != null) {
            try {
                state.outputs.putAll(step.onComplete().run(parameters));
            } catch (Exception e) {
                status = "Failed";
                message = describe(e);
            }
        }
        pendingSignal = null;
        state.end = time.now();
        state.status = status;
        if (!status.equals("Success")) {
            state.failureMessage = message == null ? "Step ended with status " + status : message;
            finish(status, runbook.failureMessage() != null ? runbook.failureMessage()
                    : "Step fails when it is Executing. " + state.failureMessage);
            current = steps.size();
            return;
        }
        state.outputs.putAll(step.outputs());
        if (index + 1 < steps.size()) {
            begin(index + 1);
        } else {
            current = steps.size();
            finish(runbook.finalStatus(), null);
        }
    }

    private static String describe(Exception e) {
        if (e instanceof AwsServiceException service && service.awsErrorDetails() != null) {
            return service.awsErrorDetails().errorCode() + ": " + service.awsErrorDetails().errorMessage();
        }
        return String.valueOf(e.getMessage());
    }

    private void finish(String status, String message) {
        terminal = status;
        failureMessage = message;
        end = time.now();
    }

    private String displayedStatus(int index) {
        if (stopped) {
            return terminal == null ? "Cancelling" : terminal;
        }
        if (!runbook.statuses().isEmpty()) {
            return runbook.statuses().get(Math.min(index, runbook.statuses().size() - 1));
        }
        if (terminal != null) {
            return terminal;
        }
        return current < steps.size() && "Waiting".equals(steps.get(current).status) ? "Waiting" : "InProgress";
    }

    private ObjectNode render(int maxSteps) {
        String status = displayedStatus(Math.max(gets - 1, 0));
        boolean ended = TERMINAL.contains(status);
        if (ended && end == null) {
            end = time.now();
        }
        ObjectNode node = metadata(status, ended);
        node.set("Parameters", Json.listMap(parameters));
        ArrayNode stepArray = node.putArray("StepExecutions");
        List<ObjectNode> views = stepViews();
        views.stream().limit(maxSteps).forEach(stepArray::add);
        node.put("StepExecutionsTruncated", views.size() > maxSteps);
        if (!ended && current < steps.size()) {
            node.put("CurrentStepName", steps.get(current).step.name());
            node.put("CurrentAction", steps.get(current).step.action());
        }
        return node;
    }

    synchronized ObjectNode metadata() {
        String status = status();
        return metadata(status, TERMINAL.contains(status));
    }

    private ObjectNode metadata(String status, boolean ended) {
        ObjectNode node = Json.object();
        node.put("AutomationExecutionId", id);
        node.put("DocumentName", runbook.documentName());
        node.put("DocumentVersion", documentVersion);
        node.put("AutomationExecutionStatus", status);
        node.put("Mode", mode);
        node.put("ExecutedBy", "arn:aws:sts::123456789012:assumed-role/awskit-emulator");
        Json.putTime(node, "ExecutionStartTime", start);
        if (ended) {
            Json.putTime(node, "ExecutionEndTime", end);
            node.set("Outputs", Json.listMap(outputs()));
        }
        String message = failureMessage != null ? failureMessage
                : ended && !status.equals("Success") && !status.equals("CompletedWithSuccess")
                        && runbook.failureMessage() != null
                        ? runbook.failureMessage() : null;
        if (message != null) {
            node.put("FailureMessage", message);
        }
        return node;
    }

    private Map<String, List<String>> outputs() {
        Map<String, List<String>> outputs = new LinkedHashMap<>(runbook.outputs());
        for (StepState step : steps) {
            step.outputs.forEach((key, values) -> outputs.put(step.step.name() + "." + key, values));
        }
        return outputs;
    }
}

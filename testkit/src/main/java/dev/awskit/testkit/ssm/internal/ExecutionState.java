package dev.awskit.testkit.ssm.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awskit.core.time.TimeSource;
import dev.awskit.testkit.ssm.Runbook;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One emulated execution. Each {@code GetAutomationExecution} after the first is one tick: the steps move
 * on ({@link StepProgress}), or a stop moves from {@code Cancelling} to {@code Cancelled}. Every method holds
 * the lock.
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
    private final StepProgress progress;
    private final List<String> signals = new ArrayList<>();
    private final Instant start;
    private Instant end;
    private int gets;
    private int invisibleLeft;
    private boolean stopped;
    private int cancellingLeft;

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
        this.progress = new StepProgress(runbook, parameters, time);
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
        return displayedStatus();
    }

    synchronized boolean hideFromGet() {
        if (invisibleLeft > 0) {
            invisibleLeft--;
            return true;
        }
        return false;
    }

    synchronized ObjectNode get(int maxSteps) {
        if (stopped && progress.terminal() == null) {
            if (cancellingLeft > 0) {
                cancellingLeft--;
            } else {
                progress.end("Cancelled");
            }
        } else if (gets > 0) {
            progress.tick();
        }
        gets++;
        return render(maxSteps);
    }

    synchronized List<ObjectNode> stepViews() {
        return progress.stepViews();
    }

    /** @return {@code null} when stopped, else why the stop is refused */
    synchronized String stop() {
        if (stopped || TERMINAL.contains(displayedStatus())) {
            return "Execution " + id + " is already " + displayedStatus();
        }
        stopped = true;
        cancellingLeft = runbook.cancellingGets();
        progress.cancel();
        return null;
    }

    /** @return {@code null} when accepted, else why the signal is refused */
    synchronized String signal(String type) {
        signals.add(type);
        if (type.equals("StartStep") || type.equals("StopStep")) {
            return null;
        }
        if (stopped || !progress.signal(type)) {
            return "Execution " + id + " is not waiting for a signal (status " + displayedStatus() + ")";
        }
        return null;
    }

    synchronized ObjectNode metadata() {
        return metadata(displayedStatus());
    }

    private String displayedStatus() {
        if (stopped) {
            return progress.terminal() == null ? "Cancelling" : progress.terminal();
        }
        List<String> statuses = runbook.statuses();
        if (!statuses.isEmpty()) {
            return statuses.get(Math.min(Math.max(gets - 1, 0), statuses.size() - 1));
        }
        if (progress.terminal() != null) {
            return progress.terminal();
        }
        return progress.waiting() ? "Waiting" : "InProgress";
    }

    private ObjectNode render(int maxSteps) {
        String status = displayedStatus();
        ObjectNode node = metadata(status);
        node.set("Parameters", Json.listMap(parameters));
        ArrayNode stepArray = node.putArray("StepExecutions");
        List<ObjectNode> views = progress.stepViews();
        views.stream().limit(maxSteps).forEach(stepArray::add);
        node.put("StepExecutionsTruncated", views.size() > maxSteps);
        StepState current = progress.currentStep();
        if (!TERMINAL.contains(status) && current != null) {
            node.put("CurrentStepName", current.step.name());
            node.put("CurrentAction", current.step.action());
        }
        return node;
    }

    private ObjectNode metadata(String status) {
        boolean ended = TERMINAL.contains(status);
        if (ended && end == null) {
            end = time.now();
        }
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
            node.set("Outputs", Json.listMap(progress.outputs()));
        }
        String message = progress.failureMessage() != null ? progress.failureMessage()
                : ended && !status.equals("Success") && !status.equals("CompletedWithSuccess")
                        ? runbook.failureMessage() : null;
        if (message != null) {
            node.put("FailureMessage", message);
        }
        return node;
    }
}

package dev.awskit.testkit.ssm.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awskit.testkit.ssm.Runbook;
import dev.awskit.testkit.ssm.internal.model.ApiError;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;

/**
 * One emulated execution, moved on by its own timer on the emulator's clock (never by a client's poll):
 * {@code Pending}, then its steps ({@link StepRunner}) or its explicit status timeline, then a final status.
 * A stop ({@code Cancel} or {@code Complete}) and signals change the course. Every method holds the lock.
 */
public final class ExecutionState {
    static final Set<String> TERMINAL = Set.of("Success", "Failed", "TimedOut", "Cancelled", "Rejected",
            "CompletedWithSuccess", "CompletedWithFailure", "ChangeCalendarOverrideRejected", "Exited");

    private final String id;
    private final Runbook runbook;
    private final StartRequest request;
    private final EmulatorClock clock;
    private final Instant start;
    private final Instant visibleAt;
    private final StepRunner steps;
    private final List<String> signals = new ArrayList<>();
    private String status = "Pending";
    private Instant end;
    private String failureMessage;
    private ScheduledFuture<?> timer;
    private long generation;
    private boolean discarded;
    private boolean completing;
    private int gets;

    ExecutionState(String id, Runbook runbook, StartRequest request, EmulatorClock clock) {
        this.id = id;
        this.runbook = runbook;
        this.request = request;
        this.clock = clock;
        this.start = clock.now();
        this.visibleAt = start.plus(runbook.invisibleFor());
        this.steps = new StepRunner(this, runbook, request.parameters());
    }

    /** @return the execution id */
    public String id() {
        return id;
    }

    /** @return the runbook played */
    public Runbook runbook() {
        return runbook;
    }

    /** @return the start parameters, defaults included */
    public Map<String, List<String>> parameters() {
        return request.parameters();
    }

    /** @return Get calls answered so far (not counting "not found" answers) */
    public synchronized int gets() {
        return gets;
    }

    /** @return the signals accepted, as their types */
    public synchronized List<String> signals() {
        return List.copyOf(signals);
    }

    /** @return the status now */
    public synchronized String status() {
        return status;
    }

    StartRequest request() {
        return request;
    }

    Instant start() {
        return start;
    }

    boolean visible() {
        return !clock.now().isBefore(visibleAt);
    }

    synchronized void begin() {
        if (runbook.pendingFor().isZero()) {
            run();
        } else {
            schedule(runbook.pendingFor(), this::run);
        }
    }

    synchronized ObjectNode get(int maxSteps) {
        gets++;
        return ExecutionView.execution(this, steps, maxSteps);
    }

    synchronized ObjectNode metadata() {
        return ExecutionView.metadata(this, steps);
    }

    synchronized List<ObjectNode> stepViews() {
        return steps.views();
    }

    synchronized void stop(String type) {
        if (TERMINAL.contains(status) || status.equals("Cancelling") || (completing && type.equals("Complete"))) {
            throw ApiError.badRequest("InvalidAutomationStatusUpdateException",
                    "Automation execution " + id + " is " + (completing ? "completing" : status) + "; it cannot be stopped");
        }
        if (type.equals("Complete") && steps.running() != null && steps.running().status.equals("InProgress")) {
            completing = true;
            return;
        }
        cancelTimer();
        boolean failed = steps.anyFailed();
        steps.cancelRunning("Step was cancelled by StopAutomationExecution (" + type + ")");
        if (type.equals("Complete")) {
            finish(failed ? "CompletedWithFailure" : "CompletedWithSuccess", null);
            return;
        }
        completing = false;
        status = "Cancelling";
        schedule(runbook.cancellingFor(), () -> finish("Cancelled", null));
    }

    synchronized void signal(String type, Map<String, List<String>> payload) {
        if (TERMINAL.contains(status) || status.equals("Cancelling")) {
            throw Signals.invalid("Automation execution " + id + " is " + status + "; it takes no " + type + " signal");
        }
        Signals.apply(this, steps, type, payload);
        signals.add(type);
    }

    /** Forgets the execution: its pending transition never runs. */
    synchronized void discard() {
        discarded = true;
        cancelTimer();
    }

    String statusNow() {
        return status;
    }

    Instant end() {
        return end;
    }

    String failureMessage() {
        return failureMessage;
    }

    boolean completing() {
        return completing;
    }

    Instant now() {
        return clock.now();
    }

    void show(String runningStatus) {
        status = runningStatus;
    }

    /** Ends the execution; called with the lock held. */
    void finish(String finalStatus, String message) {
        cancelTimer();
        status = finalStatus;
        end = clock.now();
        boolean succeeded = finalStatus.equals("Success") || finalStatus.equals("CompletedWithSuccess");
        failureMessage = succeeded ? null
                : runbook.failureMessage() != null ? runbook.failureMessage()
                : message;
    }

    /** Replaces the pending transition; a transition that was replaced or discarded does nothing. */
    void schedule(Duration delay, Runnable transition) {
        cancelTimer();
        long mine = generation;
        timer = clock.after(delay, () -> {
            synchronized (this) {
                if (!discarded && generation == mine) {
                    transition.run();
                }
            }
        });
    }

    private void cancelTimer() {
        generation++;
        if (timer != null) {
            timer.cancel(false);
            timer = null;
        }
    }

    private void run() {
        if (runbook.statuses().isEmpty()) {
            steps.startFirst(request.interactive());
        } else {
            phase(0);
        }
    }

    private void phase(int index) {
        String next = runbook.statuses().get(index);
        if (TERMINAL.contains(next)) {
            finish(next, null);
            return;
        }
        status = next;
        if (index + 1 < runbook.statuses().size()) {
            schedule(runbook.statusDuration(), () -> phase(index + 1));
        }
    }
}

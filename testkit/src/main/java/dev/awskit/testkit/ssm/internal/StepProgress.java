package dev.awskit.testkit.ssm.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awskit.core.time.TimeSource;
import dev.awskit.testkit.ssm.Runbook;
import dev.awskit.testkit.ssm.RunbookStep;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/**
 * The steps of one execution moving one tick at a time: the current step runs for its ticks (or until a
 * signal), then ends; a step that does not succeed ends the execution. Guarded by the owning
 * {@link ExecutionState}'s lock.
 */
final class StepProgress {
    private final Runbook runbook;
    private final Map<String, List<String>> parameters;
    private final TimeSource time;
    private final List<StepState> steps = new ArrayList<>();
    private int current;
    private int ticksInStep;
    private String pendingSignal;
    private String terminal;
    private String failureMessage;

    StepProgress(Runbook runbook, Map<String, List<String>> parameters, TimeSource time) {
        this.runbook = runbook;
        this.parameters = parameters;
        this.time = time;
        for (RunbookStep step : runbook.steps()) {
            steps.add(new StepState(step, UUID.randomUUID().toString()));
        }
        if (!steps.isEmpty()) {
            begin(0);
        }
    }

    /** @return the status that ended the execution, or {@code null} while it runs */
    String terminal() {
        return terminal;
    }

    String failureMessage() {
        return failureMessage;
    }

    /** @return the step running now, or {@code null} when none is */
    StepState currentStep() {
        return terminal == null && current < steps.size() ? steps.get(current) : null;
    }

    boolean waiting() {
        StepState step = currentStep();
        return step != null && "Waiting".equals(step.status);
    }

    void tick() {
        StepState step = currentStep();
        if (step == null) {
            return;
        }
        if (step.step.waitsForSignal()) {
            if (pendingSignal != null) {
                complete(current);
            }
        } else if (++ticksInStep >= step.step.ticks()) {
            complete(current);
        }
    }

    /** @return whether the signal was taken by a step waiting for one */
    boolean signal(String type) {
        StepState step = currentStep();
        if (step == null || !step.step.waitsForSignal() || pendingSignal != null) {
            return false;
        }
        pendingSignal = type;
        return true;
    }

    /** Ends the execution from outside (a stop); the running step is cancelled. */
    void cancel() {
        StepState step = currentStep();
        if (step != null) {
            step.status = "Cancelled";
            step.end = time.now();
        }
    }

    void end(String status) {
        terminal = status;
    }

    List<ObjectNode> stepViews() {
        List<ObjectNode> views = new ArrayList<>();
        steps.stream().filter(StepState::started).forEach(s -> views.add(s.render()));
        return views;
    }

    /** @return the runbook's outputs and each step's, the latter as {@code step.name} */
    Map<String, List<String>> outputs() {
        Map<String, List<String>> outputs = new LinkedHashMap<>(runbook.outputs());
        for (StepState step : steps) {
            step.outputs.forEach((key, values) -> outputs.put(step.step.name() + "." + key, values));
        }
        return outputs;
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
            terminal = status;
            failureMessage = runbook.failureMessage() != null ? runbook.failureMessage()
                    : "Step fails when it is Executing. " + state.failureMessage;
            return;
        }
        state.outputs.putAll(step.outputs());
        if (index + 1 < steps.size()) {
            begin(index + 1);
        } else {
            terminal = runbook.finalStatus();
        }
    }

    private static String describe(Exception e) {
        if (e instanceof AwsServiceException service && service.awsErrorDetails() != null) {
            return service.awsErrorDetails().errorCode() + ": " + service.awsErrorDetails().errorMessage();
        }
        return String.valueOf(e.getMessage());
    }
}

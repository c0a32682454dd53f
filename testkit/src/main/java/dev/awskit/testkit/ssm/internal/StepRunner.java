package dev.awskit.testkit.ssm.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awskit.testkit.ssm.Runbook;
import dev.awskit.testkit.ssm.RunbookStep;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/**
 * The steps of one execution: a step runs for its duration (or waits for its signal), then ends; a step that
 * does not succeed ends the execution; in interactive mode each step first waits for {@code StartStep} or
 * {@code Resume}. Guarded by the owning {@link ExecutionState}'s lock.
 */
final class StepRunner {
    private final ExecutionState execution;
    private final Runbook runbook;
    private final Map<String, List<String>> parameters;
    private final List<StepState> steps = new ArrayList<>();
    private int current = -1;
    private boolean interactive;
    private boolean awaitingStart;

    StepRunner(ExecutionState execution, Runbook runbook, Map<String, List<String>> parameters) {
        this.execution = execution;
        this.runbook = runbook;
        this.parameters = parameters;
        for (RunbookStep step : runbook.steps()) {
            steps.add(new StepState(step, UUID.randomUUID().toString()));
        }
    }

    void startFirst(boolean interactiveMode) {
        this.interactive = interactiveMode;
        next(0);
    }

    /** @return the step that started and has not ended, or {@code null} */
    StepState running() {
        return current >= 0 && current < steps.size() && steps.get(current).running() ? steps.get(current) : null;
    }

    /** @return the step an interactive execution waits to start, or {@code null} */
    StepState awaitingStart() {
        return awaitingStart ? steps.get(current) : null;
    }

    /** @return the step shown as current: the running one, else the one waiting to start */
    StepState currentStep() {
        StepState running = running();
        return running != null ? running : awaitingStart();
    }

    Optional<StepState> byName(String name) {
        return steps.stream().filter(s -> s.step.name().equals(name)).findFirst();
    }

    Optional<StepState> byExecutionId(String stepExecutionId) {
        return steps.stream().filter(s -> s.stepExecutionId.equals(stepExecutionId)).findFirst();
    }

    boolean anyApproved() {
        return steps.stream().anyMatch(s -> s.step.kind() == RunbookStep.Kind.APPROVAL && s.status.equals("Success"));
    }

    boolean anyFailed() {
        return steps.stream().anyMatch(s -> s.end != null && !s.status.equals("Success"));
    }

    String documentName() {
        return runbook.documentName();
    }

    List<StepState> all() {
        return steps;
    }

    List<ObjectNode> views() {
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

    /** Starts the step at {@code index}: it runs for its duration, or waits for its signal. */
    void begin(int index) {
        awaitingStart = false;
        current = index;
        StepState state = steps.get(index);
        state.start = execution.now();
        if (state.step.kind() == RunbookStep.Kind.RUN) {
            state.status = "InProgress";
            execution.show("InProgress");
            execution.schedule(state.step.duration(),
                    () -> complete(index, state.step.finalStatus(), state.step.failureMessage()));
        } else {
            state.status = "Waiting";
            execution.show("Waiting");
        }
    }

    /** Ends the step at {@code index} with {@code status}, then moves the execution on or ends it. */
    void complete(int index, String status, String message) {
        StepState state = steps.get(index);
        String outcome = status;
        String failure = message;
        if (outcome.equals("Success") && state.step.onComplete() != null) {
            try {
                state.outputs.putAll(state.step.onComplete().run(parameters));
            } catch (Exception e) {
                outcome = "Failed";
                failure = describe(e);
            }
        }
        state.end = execution.now();
        state.status = outcome;
        if (!outcome.equals("Success")) {
            state.failureMessage = failure == null ? "Step ended with status " + outcome : failure;
            execution.finish(execution.completing() ? "CompletedWithFailure" : outcome,
                    "Step fails when it is Executing. " + state.failureMessage);
            return;
        }
        state.outputs.putAll(state.step.outputs());
        if (execution.completing()) {
            execution.finish("CompletedWithSuccess", null);
        } else {
            next(index + 1);
        }
    }

    /** Ends the running step as {@code Cancelled}, as a stop does; the execution decides what follows. */
    void cancelRunning(String message) {
        StepState running = running();
        if (running != null) {
            running.status = "Cancelled";
            running.end = execution.now();
            running.failureMessage = message;
        }
        awaitingStart = false;
    }

    private void next(int index) {
        if (index >= steps.size()) {
            execution.finish(runbook.finalStatus(), null);
            return;
        }
        current = index;
        if (interactive) {
            awaitingStart = true;
            execution.show("Waiting");
        } else {
            begin(index);
        }
    }

    private static String describe(Exception e) {
        if (e instanceof AwsServiceException service && service.awsErrorDetails() != null) {
            return service.awsErrorDetails().errorCode() + ": " + service.awsErrorDetails().errorMessage();
        }
        return String.valueOf(e.getMessage());
    }
}

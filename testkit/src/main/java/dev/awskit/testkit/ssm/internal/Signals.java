package dev.awskit.testkit.ssm.internal;

import dev.awskit.testkit.ssm.RunbookStep;
import dev.awskit.testkit.ssm.internal.model.ApiError;
import java.util.List;
import java.util.Map;

/**
 * What each {@code SendAutomationSignal} type does to a running execution, and the service's errors when it
 * does not fit: {@code InvalidAutomationSignalException} for a signal the execution cannot take now,
 * {@code AutomationStepNotFoundException} for a payload naming a step it does not have. Called with the
 * execution's lock held.
 */
final class Signals {
    private Signals() {
    }

    static void apply(ExecutionState execution, StepRunner steps, String type, Map<String, List<String>> payload) {
        switch (type) {
            case "Approve", "Reject" -> decide(steps, type);
            case "Resume" -> resume(steps, stepNamed(steps, type, payload));
            case "StartStep" -> startStep(steps, stepNamed(steps, type, payload));
            case "StopStep" -> stopStep(steps, payload);
            case "Revoke" -> revoke(execution, steps);
            default -> throw ApiError.badRequest("ValidationException", "Unknown SignalType " + type);
        }
    }

    static ApiError invalid(String message) {
        return ApiError.badRequest("InvalidAutomationSignalException", message);
    }

    private static void decide(StepRunner steps, String type) {
        StepState waiting = steps.running();
        if (waiting == null || waiting.step.kind() != RunbookStep.Kind.APPROVAL) {
            throw invalid(type + " needs a step waiting for approval (aws:approve); none is");
        }
        int index = steps.all().indexOf(waiting);
        if (type.equals("Approve")) {
            steps.complete(index, "Success", null);
        } else {
            steps.complete(index, "Failed", "Step " + waiting.step.name() + " was rejected");
        }
    }

    private static void resume(StepRunner steps, StepState named) {
        StepState running = steps.running();
        if (running == named && named.step.kind() == RunbookStep.Kind.PAUSE) {
            steps.complete(steps.all().indexOf(named), "Success", null);
        } else if (steps.awaitingStart() == named) {
            steps.begin(steps.all().indexOf(named));
        } else {
            throw invalid("Step " + named.step.name() + " is neither paused nor waiting to start");
        }
    }

    private static void startStep(StepRunner steps, StepState named) {
        StepState next = steps.awaitingStart();
        if (next == null) {
            throw invalid("StartStep is for an execution in Interactive mode waiting to start a step; none is");
        }
        if (next != named) {
            throw invalid("Step " + named.step.name() + " cannot start now; the next step is " + next.step.name());
        }
        steps.begin(steps.all().indexOf(named));
    }

    private static void stopStep(StepRunner steps, Map<String, List<String>> payload) {
        String id = single(payload, "StepExecutionId", "StopStep");
        StepState step = steps.byExecutionId(id).orElseThrow(() -> ApiError.badRequest(
                "AutomationStepNotFoundException", "Step execution " + id + " is not found"));
        if (!step.running()) {
            throw invalid("Step " + step.step.name() + " is " + step.status + "; only a running step can be stopped");
        }
        steps.complete(steps.all().indexOf(step), "Cancelled", "Step " + step.step.name() + " was stopped by StopStep");
    }

    private static void revoke(ExecutionState execution, StepRunner steps) {
        if (!steps.anyApproved()) {
            throw invalid("Revoke withdraws an approval; execution " + execution.id() + " has none to withdraw");
        }
        execution.stop("Cancel");
    }

    private static StepState stepNamed(StepRunner steps, String type, Map<String, List<String>> payload) {
        String name = single(payload, "StepName", type);
        return steps.byName(name).orElseThrow(() -> ApiError.badRequest("AutomationStepNotFoundException",
                "Step " + name + " is not found in document " + steps.documentName()));
    }

    private static String single(Map<String, List<String>> payload, String key, String type) {
        List<String> values = payload.get(key);
        if (values == null || values.size() != 1) {
            throw invalid(type + " needs the payload " + key + " with one value");
        }
        return values.get(0);
    }
}

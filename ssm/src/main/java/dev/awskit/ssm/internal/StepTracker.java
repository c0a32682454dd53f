package dev.awskit.ssm.internal;

import dev.awskit.ssm.AutomationStep;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.ssm.model.StepExecution;

/** Remembers each step's last status and reports the steps that appeared or changed. One wait, one thread. */
final class StepTracker {
    private final Map<String, String> statuses = new HashMap<>();

    /** A step that appeared ({@code previous == null}) or changed status. */
    record Transition(AutomationStep step, String previous) {
    }

    List<Transition> update(List<StepExecution> steps) {
        List<Transition> transitions = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            StepExecution step = steps.get(i);
            String key = step.stepExecutionId() != null ? step.stepExecutionId() : i + ":" + step.stepName();
            String status = step.stepStatusAsString();
            String previous = statuses.put(key, status);
            if (!Objects.equals(previous, status)) {
                transitions.add(new Transition(AutomationStep.from(step), previous));
            }
        }
        return transitions;
    }
}

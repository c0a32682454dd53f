package dev.awskit.ssm;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How an automation execution ended.
 *
 * @param executionId the execution id
 * @param documentName the document run
 * @param status the final status as the service spells it
 * @param outcome what the status means under the helper's classifier
 * @param outputs the execution's outputs
 * @param steps every step execution, paged in full
 * @param failureMessage the execution's failure message, or {@code null}
 * @param startTime when the execution started, or {@code null}
 * @param endTime when the execution ended, or {@code null}
 * @param polls how many {@code GetAutomationExecution} calls the wait made
 */
public record AutomationResult(String executionId, String documentName, String status, AutomationOutcome outcome,
        Map<String, List<String>> outputs, List<AutomationStep> steps, String failureMessage, Instant startTime,
        Instant endTime, int polls) {

    /** Copies the collections. */
    public AutomationResult {
        outputs = outputs == null ? Map.of() : Map.copyOf(outputs);
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    /**
     * Returns the values of one output.
     *
     * @param name the output name, e.g. {@code launch.InstanceIds}
     * @return the values, empty when the output is absent
     */
    public List<String> output(String name) {
        return outputs.getOrDefault(name, List.of());
    }

    /**
     * Returns how long the execution ran, by the service's own timestamps.
     *
     * @return the duration, or empty when either timestamp is missing
     */
    public Optional<Duration> duration() {
        return startTime == null || endTime == null ? Optional.empty()
                : Optional.of(Duration.between(startTime, endTime));
    }

    /**
     * Returns the step that failed: the first one {@code Failed} or {@code TimedOut}, else the first
     * {@code Cancelled}.
     *
     * @return the failed step or empty
     */
    public Optional<AutomationStep> failedStep() {
        return steps.stream().filter(s -> "Failed".equals(s.status()) || "TimedOut".equals(s.status())).findFirst()
                .or(() -> steps.stream().filter(s -> "Cancelled".equals(s.status())).findFirst());
    }
}

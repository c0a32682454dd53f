package dev.awskit.ssm;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.ssm.model.FailureDetails;
import software.amazon.awssdk.services.ssm.model.StepExecution;

/**
 * One step of an automation execution.
 *
 * @param stepExecutionId the step execution id
 * @param name the step name
 * @param action the action, e.g. {@code aws:changeInstanceState}
 * @param status the step status as the service spells it
 * @param startTime when the step started, or {@code null}
 * @param endTime when the step ended, or {@code null}
 * @param outputs the step's outputs
 * @param failureMessage the failure message, or {@code null}
 * @param failureType the failure type from the failure details, or {@code null}
 * @param failureStage the failure stage from the failure details, or {@code null}
 * @param failureDetails the details map of the failure details (empty when none)
 */
public record AutomationStep(String stepExecutionId, String name, String action, String status, Instant startTime,
        Instant endTime, Map<String, List<String>> outputs, String failureMessage, String failureType,
        String failureStage, Map<String, List<String>> failureDetails) {

    /** Copies the collections. */
    public AutomationStep {
        outputs = outputs == null ? Map.of() : Map.copyOf(outputs);
        failureDetails = failureDetails == null ? Map.of() : Map.copyOf(failureDetails);
    }

    /**
     * Converts the SDK's step execution.
     *
     * @param step the SDK model
     * @return the step
     */
    public static AutomationStep from(StepExecution step) {
        FailureDetails details = step.failureDetails();
        return new AutomationStep(step.stepExecutionId(), step.stepName(), step.action(), step.stepStatusAsString(),
                step.executionStartTime(), step.executionEndTime(), step.hasOutputs() ? step.outputs() : Map.of(),
                step.failureMessage(), details == null ? null : details.failureType(),
                details == null ? null : details.failureStage(),
                details == null || !details.hasDetails() ? Map.of() : details.details());
    }

    /**
     * Returns the failure message, if the step failed.
     *
     * @return the message or empty
     */
    public Optional<String> failureMessageIfPresent() {
        return Optional.ofNullable(failureMessage);
    }
}

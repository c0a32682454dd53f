package dev.awskit.ssm;

import java.util.Optional;

/**
 * An automation execution ended with a status its classifier calls a failure ({@code Failed},
 * {@code TimedOut}, {@code Cancelled}, {@code Rejected}, ...). Carries the execution id, the status, the
 * failure message, the failed step (name, action, failure details) and the full result with outputs.
 */
public class AutomationFailedException extends AutomationException {
    private static final long serialVersionUID = 1L;

    private final transient AutomationResult result;

    /**
     * Creates the exception from the final result.
     *
     * @param result how the execution ended
     */
    public AutomationFailedException(AutomationResult result) {
        super(describe(result), null, result.executionId(), result.documentName());
        this.result = result;
    }

    /**
     * Returns the final status, e.g. {@code Failed}.
     *
     * @return the status
     */
    public String status() {
        return result.status();
    }

    /**
     * Returns the execution's failure message.
     *
     * @return the message, or empty when the service gave none
     */
    public Optional<String> failureMessage() {
        return Optional.ofNullable(result.failureMessage());
    }

    /**
     * Returns the step that failed.
     *
     * @return the step, or empty when no step failed (a rejected or cancelled execution)
     */
    public Optional<AutomationStep> failedStep() {
        return result.failedStep();
    }

    /**
     * Returns the full result: outputs, steps, times.
     *
     * @return the result
     */
    public AutomationResult result() {
        return result;
    }

    private static String describe(AutomationResult result) {
        StringBuilder text = new StringBuilder("Automation ").append(result.executionId())
                .append(" (").append(result.documentName()).append(") ended with status ").append(result.status());
        if (result.failureMessage() != null) {
            text.append(": ").append(result.failureMessage());
        }
        result.failedStep().ifPresent(step -> {
            text.append("; failed step ").append(step.name()).append(" (").append(step.action()).append(')');
            if (step.failureType() != null) {
                text.append(", ").append(step.failureType());
            }
            if (step.failureMessage() != null) {
                text.append(": ").append(step.failureMessage());
            }
        });
        return text.toString();
    }
}

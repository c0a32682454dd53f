package dev.awskit.testkit.ssm;

import dev.awskit.core.spi.Checks;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One step of an emulated {@link Runbook}: its name and action, how long it runs on the emulator's clock, how it
 * ends (status, failure message and details, outputs), whether it waits for a signal instead (an approval or a
 * pause), and an optional {@link StepAction} run when it completes. Immutable.
 *
 * <pre>{@code
 * RunbookStep.builder("launch").action("aws:runInstances").duration(Duration.ofMinutes(2))
 *     .output("InstanceIds", "i-1").build();
 * RunbookStep.builder("check").action("aws:assertAwsResourceProperty").fails("Instance is stopped").build();
 * RunbookStep.builder("approve").waitsForApproval().build();      // aws:approve: Approve or Reject
 * RunbookStep.builder("hold").pauses().build();                   // aws:pause: Resume with StepName=hold
 * }</pre>
 */
public final class RunbookStep {
    /** How a step ends: after its duration, or when a signal arrives. */
    public enum Kind {
        /** Runs for its duration, then ends with its final status. */
        RUN,
        /** {@code aws:approve}: waits for {@code Approve} (succeeds) or {@code Reject} (fails). */
        APPROVAL,
        /** {@code aws:pause}: waits for {@code Resume} with the payload {@code StepName}. */
        PAUSE
    }

    private final String name;
    private final String action;
    private final Kind kind;
    private final Duration duration;
    private final String finalStatus;
    private final String failureMessage;
    private final String failureType;
    private final Map<String, List<String>> outputs;
    private final StepAction onComplete;

    private RunbookStep(Builder b) {
        this.name = b.name;
        this.kind = b.kind;
        this.action = b.action != null ? b.action
                : switch (b.kind) {
                    case APPROVAL -> "aws:approve";
                    case PAUSE -> "aws:pause";
                    case RUN -> "aws:executeScript";
                };
        this.duration = b.duration;
        this.finalStatus = b.finalStatus;
        this.failureMessage = b.failureMessage;
        this.failureType = b.failureType;
        this.outputs = Map.copyOf(b.outputs);
        this.onComplete = b.onComplete;
    }

    /**
     * Starts a step that succeeds as soon as the emulator's clock runs it (duration zero).
     *
     * @param name the step name
     * @return a builder
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** @return the step name */
    public String name() {
        return name;
    }

    /** @return the action, e.g. {@code aws:executeScript} */
    public String action() {
        return action;
    }

    /** @return how the step ends: after its duration or on a signal */
    public Kind kind() {
        return kind;
    }

    /** @return how long a {@link Kind#RUN} step runs on the emulator's clock */
    public Duration duration() {
        return duration;
    }

    /** @return the status the step ends with */
    public String finalStatus() {
        return finalStatus;
    }

    /** @return the failure message when the step fails, or {@code null} */
    public String failureMessage() {
        return failureMessage;
    }

    /** @return the failure type reported in the step's failure details */
    public String failureType() {
        return failureType;
    }

    /** @return the outputs the step reports when it succeeds */
    public Map<String, List<String>> outputs() {
        return outputs;
    }

    /** @return the action run on completion, or {@code null} */
    public StepAction onComplete() {
        return onComplete;
    }

    @Override
    public String toString() {
        return "RunbookStep[" + name + ", " + action + ", " + (kind == Kind.RUN ? duration : kind) + ", ends "
                + finalStatus + "]";
    }

    /** Builds a {@link RunbookStep}. Not thread-safe. */
    public static final class Builder {
        private final String name;
        private String action;
        private Kind kind = Kind.RUN;
        private Duration duration = Duration.ZERO;
        private String finalStatus = "Success";
        private String failureMessage;
        private String failureType = "Verification";
        private final Map<String, List<String>> outputs = new LinkedHashMap<>();
        private StepAction onComplete;

        private Builder(String name) {
            this.name = Checks.notBlank(name, "step name");
        }

        /**
         * Sets the action name; default {@code aws:executeScript}, {@code aws:approve} for an approval and
         * {@code aws:pause} for a pause.
         *
         * @param action e.g. {@code aws:changeInstanceState}
         * @return this builder
         */
        public Builder action(String action) {
            this.action = Objects.requireNonNull(action, "action");
            return this;
        }

        /**
         * Sets how long the step runs on the emulator's clock (wall time, or virtual time when the emulator was
         * given a {@code VirtualTime}); default zero: it ends as soon as the clock runs it.
         *
         * @param duration zero or more
         * @return this builder
         * @throws IllegalArgumentException if {@code duration} is negative
         */
        public Builder duration(Duration duration) {
            this.duration = Checks.notNegative(duration, "duration");
            return this;
        }

        /**
         * Makes the step fail with status {@code Failed} and this message; the execution then fails.
         *
         * @param message the step's failure message
         * @return this builder
         */
        public Builder fails(String message) {
            return endsWith("Failed", message);
        }

        /**
         * Makes the step end with {@code status} ({@code Failed}, {@code TimedOut}, {@code Cancelled}, ...);
         * any status but {@code Success} ends the execution with the same status.
         *
         * @param status the step's final status
         * @param message the failure message, or {@code null}
         * @return this builder
         */
        public Builder endsWith(String status, String message) {
            this.finalStatus = Objects.requireNonNull(status, "status");
            this.failureMessage = message;
            return this;
        }

        /**
         * Sets the failure type in the step's failure details; default {@code Verification}.
         *
         * @param failureType e.g. {@code Action}
         * @return this builder
         */
        public Builder failureType(String failureType) {
            this.failureType = Objects.requireNonNull(failureType, "failureType");
            return this;
        }

        /**
         * Adds an output the step reports when it succeeds.
         *
         * @param name the output name
         * @param values its values
         * @return this builder
         */
        public Builder output(String name, String... values) {
            outputs.put(Objects.requireNonNull(name, "name"), List.of(values));
            return this;
        }

        /**
         * Makes the step an approval ({@code aws:approve}): the execution shows {@code Waiting} until
         * {@code SendAutomationSignal} approves (the step succeeds) or rejects it (the step and the execution fail).
         *
         * @return this builder
         */
        public Builder waitsForApproval() {
            this.kind = Kind.APPROVAL;
            return this;
        }

        /**
         * Makes the step a pause ({@code aws:pause}): the execution shows {@code Waiting} until a {@code Resume}
         * signal names this step in its payload ({@code StepName}).
         *
         * @return this builder
         */
        public Builder pauses() {
            this.kind = Kind.PAUSE;
            return this;
        }

        /**
         * Runs {@code action} when the step completes, on the emulator's clock thread (with a {@code VirtualTime},
         * inside its {@code advance}); its outputs are added to the step's, and an exception fails the step with
         * the exception's message.
         *
         * @param action what the step does
         * @return this builder
         */
        public Builder onComplete(StepAction action) {
            this.onComplete = Objects.requireNonNull(action, "action");
            return this;
        }

        /**
         * Builds the step.
         *
         * @return an immutable step
         */
        public RunbookStep build() {
            return new RunbookStep(this);
        }
    }
}

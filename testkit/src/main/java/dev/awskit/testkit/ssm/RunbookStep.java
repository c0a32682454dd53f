package dev.awskit.testkit.ssm;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One step of an emulated {@link Runbook}: its name and action, how many {@code GetAutomationExecution}
 * calls it stays in progress, how it ends (status, failure message and details, outputs), whether it waits
 * for a signal, and an optional {@link StepAction} run when it completes. Immutable.
 *
 * <pre>{@code
 * RunbookStep.builder("launch").action("aws:runInstances").ticks(3).output("InstanceIds", "i-1").build();
 * RunbookStep.builder("check").action("aws:assertAwsResourceProperty").fails("Instance is stopped").build();
 * RunbookStep.builder("approve").action("aws:approve").waitsForSignal().build();
 * }</pre>
 */
public final class RunbookStep {
    private final String name;
    private final String action;
    private final int ticks;
    private final String finalStatus;
    private final String failureMessage;
    private final String failureType;
    private final Map<String, List<String>> outputs;
    private final boolean waitsForSignal;
    private final StepAction onComplete;

    private RunbookStep(Builder b) {
        this.name = b.name;
        this.action = b.action;
        this.ticks = b.ticks;
        this.finalStatus = b.finalStatus;
        this.failureMessage = b.failureMessage;
        this.failureType = b.failureType;
        this.outputs = Map.copyOf(b.outputs);
        this.waitsForSignal = b.waitsForSignal;
        this.onComplete = b.onComplete;
    }

    /**
     * Starts a step that succeeds after one {@code GetAutomationExecution} call.
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

    /** @return how many Get calls the step shows as in progress */
    public int ticks() {
        return ticks;
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

    /** @return whether the step waits for a signal before it can complete */
    public boolean waitsForSignal() {
        return waitsForSignal;
    }

    /** @return the action run on completion, or {@code null} */
    public StepAction onComplete() {
        return onComplete;
    }

    @Override
    public String toString() {
        return "RunbookStep[" + name + ", " + action + ", ticks=" + ticks + ", ends " + finalStatus + "]";
    }

    /** Builds a {@link RunbookStep}. */
    public static final class Builder {
        private final String name;
        private String action = "aws:executeScript";
        private int ticks = 1;
        private String finalStatus = "Success";
        private String failureMessage;
        private String failureType = "Verification";
        private final Map<String, List<String>> outputs = new LinkedHashMap<>();
        private boolean waitsForSignal;
        private StepAction onComplete;

        private Builder(String name) {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("step name must not be blank: '" + name + "'");
            }
            this.name = name;
        }

        /**
         * Sets the action name; default {@code aws:executeScript}.
         *
         * @param action e.g. {@code aws:changeInstanceState}
         * @return this builder
         */
        public Builder action(String action) {
            this.action = Objects.requireNonNull(action, "action");
            return this;
        }

        /**
         * Sets how many {@code GetAutomationExecution} calls show the step in progress; default 1.
         *
         * @param ticks 1 or more
         * @return this builder
         * @throws IllegalArgumentException if {@code ticks < 1}
         */
        public Builder ticks(int ticks) {
            if (ticks < 1) {
                throw new IllegalArgumentException("ticks must be 1 or more: " + ticks);
            }
            this.ticks = ticks;
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
         * Makes the step wait (execution status {@code Waiting}) until {@code SendAutomationSignal} approves,
         * resumes or rejects it.
         *
         * @return this builder
         */
        public Builder waitsForSignal() {
            this.waitsForSignal = true;
            return this;
        }

        /**
         * Runs {@code action} when the step completes; its outputs are added to the step's, and an exception
         * fails the step with the exception's message.
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

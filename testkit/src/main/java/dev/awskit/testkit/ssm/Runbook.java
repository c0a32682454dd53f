package dev.awskit.testkit.ssm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An Automation document as the {@link SsmAutomationEmulator} plays it. Time advances one tick per
 * {@code GetAutomationExecution} call on an execution, so a test decides exactly what each poll sees and
 * never sleeps.
 *
 * <p>By default the status follows the steps: {@code InProgress} while a step runs, {@code Waiting} while a
 * step waits for a signal, then the status of the step that ended the run (a step that does not succeed
 * ends it) or {@link Builder#finalStatus(String)} when all steps succeed. {@link Builder#statuses(String...)}
 * replaces that with an explicit list: the n-th Get call shows the n-th status, the last one sticks.
 *
 * <pre>{@code
 * Runbook.builder("Deploy")
 *     .step(RunbookStep.builder("build").ticks(2).output("Version", "42").build())
 *     .step(RunbookStep.builder("verify").fails("health check failed").build())
 *     .build();
 * Runbook.builder("Odd").statuses("Pending", "InProgress", "SomethingNew", "Success").build();
 * }</pre>
 */
public final class Runbook {
    private final String documentName;
    private final List<RunbookStep> steps;
    private final List<String> statuses;
    private final String finalStatus;
    private final String failureMessage;
    private final Map<String, List<String>> outputs;
    private final Set<String> requiredParameters;
    private final int invisibleForGets;
    private final int cancellingGets;

    private Runbook(Builder b) {
        this.documentName = b.documentName;
        this.steps = b.steps.isEmpty() && b.statuses.isEmpty()
                ? List.of(RunbookStep.builder("run").build())
                : List.copyOf(b.steps);
        this.statuses = List.copyOf(b.statuses);
        this.finalStatus = b.finalStatus;
        this.failureMessage = b.failureMessage;
        this.outputs = Map.copyOf(b.outputs);
        this.requiredParameters = Set.copyOf(b.requiredParameters);
        this.invisibleForGets = b.invisibleForGets;
        this.cancellingGets = b.cancellingGets;
    }

    /**
     * Starts a runbook for a document name.
     *
     * @param documentName the name tests start, e.g. {@code AWS-RestartEC2Instance}
     * @return a builder
     * @throws IllegalArgumentException if {@code documentName} is blank
     */
    public static Builder builder(String documentName) {
        return new Builder(documentName);
    }

    /** @return the document name */
    public String documentName() {
        return documentName;
    }

    /** @return the steps in order */
    public List<RunbookStep> steps() {
        return steps;
    }

    /** @return the explicit status timeline, empty when the status follows the steps */
    public List<String> statuses() {
        return statuses;
    }

    /** @return the status when every step succeeded */
    public String finalStatus() {
        return finalStatus;
    }

    /** @return the execution's failure message, or {@code null} to derive it from the failed step */
    public String failureMessage() {
        return failureMessage;
    }

    /** @return the execution outputs reported at the end */
    public Map<String, List<String>> outputs() {
        return outputs;
    }

    /** @return the parameters a start must give */
    public Set<String> requiredParameters() {
        return requiredParameters;
    }

    /** @return how many Get calls after the start answer "not found" */
    public int invisibleForGets() {
        return invisibleForGets;
    }

    /** @return how many Get calls show {@code Cancelling} after a stop */
    public int cancellingGets() {
        return cancellingGets;
    }

    @Override
    public String toString() {
        return "Runbook[" + documentName + ", steps=" + steps + (statuses.isEmpty() ? "" : ", statuses=" + statuses) + "]";
    }

    /** Builds a {@link Runbook}. */
    public static final class Builder {
        private final String documentName;
        private final List<RunbookStep> steps = new ArrayList<>();
        private final List<String> statuses = new ArrayList<>();
        private String finalStatus = "Success";
        private String failureMessage;
        private final Map<String, List<String>> outputs = new LinkedHashMap<>();
        private final Set<String> requiredParameters = new LinkedHashSet<>();
        private int invisibleForGets;
        private int cancellingGets = 1;

        private Builder(String documentName) {
            if (documentName == null || documentName.isBlank()) {
                throw new IllegalArgumentException("documentName must not be blank: '" + documentName + "'");
            }
            this.documentName = documentName;
        }

        /**
         * Adds a step. Without steps or statuses the runbook has one step that succeeds at the first Get.
         *
         * @param step the step
         * @return this builder
         */
        public Builder step(RunbookStep step) {
            steps.add(Objects.requireNonNull(step, "step"));
            return this;
        }

        /**
         * Replaces the step-driven status with an explicit timeline: the n-th Get shows the n-th status and
         * the last one sticks. Any string is allowed, so statuses unknown to the SDK can be played.
         *
         * @param statuses one or more statuses
         * @return this builder
         * @throws IllegalArgumentException if none is given
         */
        public Builder statuses(String... statuses) {
            if (statuses.length == 0) {
                throw new IllegalArgumentException("statuses must not be empty");
            }
            this.statuses.clear();
            this.statuses.addAll(List.of(statuses));
            return this;
        }

        /**
         * Sets the status reported when every step succeeded; default {@code Success}.
         *
         * @param status e.g. {@code CompletedWithSuccess}
         * @return this builder
         */
        public Builder finalStatus(String status) {
            this.finalStatus = Objects.requireNonNull(status, "status");
            return this;
        }

        /**
         * Sets the execution's failure message, shown once the execution failed; by default it is derived
         * from the failed step.
         *
         * @param message the message
         * @return this builder
         */
        public Builder failureMessage(String message) {
            this.failureMessage = Objects.requireNonNull(message, "message");
            return this;
        }

        /**
         * Adds an execution output reported once the execution ended.
         *
         * @param name the output name, e.g. {@code launch.InstanceIds}
         * @param values its values
         * @return this builder
         */
        public Builder output(String name, String... values) {
            outputs.put(Objects.requireNonNull(name, "name"), List.of(values));
            return this;
        }

        /**
         * Requires parameters at start; a start without them fails with
         * {@code InvalidAutomationExecutionParametersException}.
         *
         * @param names parameter names
         * @return this builder
         */
        public Builder requiredParameters(String... names) {
            requiredParameters.addAll(List.of(names));
            return this;
        }

        /**
         * Makes the first {@code gets} Get calls after a start answer {@code AutomationExecutionNotFoundException},
         * as an eventually consistent read can.
         *
         * @param gets 0 or more
         * @return this builder
         */
        public Builder invisibleForGets(int gets) {
            if (gets < 0) {
                throw new IllegalArgumentException("gets must not be negative: " + gets);
            }
            this.invisibleForGets = gets;
            return this;
        }

        /**
         * Sets how many Get calls after a stop show {@code Cancelling} before {@code Cancelled}; default 1.
         *
         * @param gets 0 or more
         * @return this builder
         */
        public Builder cancellingGets(int gets) {
            if (gets < 0) {
                throw new IllegalArgumentException("gets must not be negative: " + gets);
            }
            this.cancellingGets = gets;
            return this;
        }

        /**
         * Builds the runbook.
         *
         * @return an immutable runbook
         */
        public Runbook build() {
            return new Runbook(this);
        }
    }
}

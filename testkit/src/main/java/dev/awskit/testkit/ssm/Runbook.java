package dev.awskit.testkit.ssm;

import dev.awskit.core.spi.Checks;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An Automation document as the {@link SsmAutomationEmulator} plays it: its parameters, versions and steps.
 * Executions run on the emulator's own clock, whoever polls: each step runs for its
 * {@linkplain RunbookStep.Builder#duration(Duration) duration}, or waits for a signal.
 *
 * <p>By default the status follows the steps: {@code InProgress} while a step runs, {@code Waiting} while a
 * step waits for a signal, then the status of the step that ended the run (a step that does not succeed ends
 * it) or {@link Builder#finalStatus(String)} when all steps succeed. {@link Builder#statuses(Duration, String...)}
 * replaces that with an explicit timeline, so statuses unknown to an SDK can be played.
 *
 * <pre>{@code
 * Runbook.builder("Deploy")
 *     .requiredParameters("InstanceId")
 *     .step(RunbookStep.builder("build").duration(Duration.ofMinutes(20)).output("Version", "42").build())
 *     .step(RunbookStep.builder("verify").fails("health check failed").build())
 *     .build();
 * Runbook.builder("Odd").statuses(Duration.ofSeconds(5), "Pending", "SomethingNew", "Success").build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Runbook {
    private static final Pattern DOCUMENT_NAME = Pattern.compile("^[a-zA-Z0-9_\\-.:/]{3,128}$");

    private final String documentName;
    private final List<RunbookStep> steps;
    private final List<String> statuses;
    private final Duration statusDuration;
    private final String finalStatus;
    private final String failureMessage;
    private final Map<String, List<String>> outputs;
    private final Map<String, List<String>> parameters;
    private final Set<String> requiredParameters;
    private final int versions;
    private final Duration pendingFor;
    private final Duration invisibleFor;
    private final Duration cancellingFor;

    private Runbook(Builder b) {
        this.documentName = b.documentName;
        this.steps = b.steps.isEmpty() && b.statuses.isEmpty()
                ? List.of(RunbookStep.builder("run").build())
                : List.copyOf(b.steps);
        this.statuses = List.copyOf(b.statuses);
        this.statusDuration = b.statusDuration;
        this.finalStatus = b.finalStatus;
        this.failureMessage = b.failureMessage;
        this.outputs = Map.copyOf(b.outputs);
        this.parameters = Collections.unmodifiableMap(new LinkedHashMap<>(b.parameters));
        this.requiredParameters = Set.copyOf(b.requiredParameters);
        this.versions = b.versions;
        this.pendingFor = b.pendingFor;
        this.invisibleFor = b.invisibleFor;
        this.cancellingFor = b.cancellingFor;
    }

    /**
     * Starts a runbook for a document name.
     *
     * @param documentName the name tests start, e.g. {@code AWS-RestartEC2Instance}
     * @return a builder
     * @throws IllegalArgumentException if {@code documentName} does not match the service's pattern
     *         ({@code [a-zA-Z0-9_\-.:/]}, 3 to 128 characters)
     */
    public static Builder builder(String documentName) {
        return new Builder(documentName);
    }

    /** @return the document name */
    public String documentName() {
        return documentName;
    }

    /** @return the steps in order; empty when the runbook plays an explicit status timeline */
    public List<RunbookStep> steps() {
        return steps;
    }

    /** @return the explicit status timeline, empty when the status follows the steps */
    public List<String> statuses() {
        return statuses;
    }

    /** @return how long each status of the explicit timeline lasts (the last one stays) */
    public Duration statusDuration() {
        return statusDuration;
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

    /** @return every declared parameter with its default values (empty when it has none), in order */
    public Map<String, List<String>> parameters() {
        return parameters;
    }

    /** @return the parameters a start must give */
    public Set<String> requiredParameters() {
        return requiredParameters;
    }

    /** @return the number of document versions: versions 1 to this exist, the last is the default */
    public int versions() {
        return versions;
    }

    /** @return how long an execution shows {@code Pending} before its first step */
    public Duration pendingFor() {
        return pendingFor;
    }

    /** @return how long after its start an execution answers "not found", as an eventually consistent read can */
    public Duration invisibleFor() {
        return invisibleFor;
    }

    /** @return how long a cancelled execution shows {@code Cancelling} before {@code Cancelled} */
    public Duration cancellingFor() {
        return cancellingFor;
    }

    @Override
    public String toString() {
        return "Runbook[" + documentName + ", steps=" + steps + (statuses.isEmpty() ? "" : ", statuses=" + statuses) + "]";
    }

    /** Builds a {@link Runbook}. Not thread-safe. */
    public static final class Builder {
        private final String documentName;
        private final List<RunbookStep> steps = new ArrayList<>();
        private final List<String> statuses = new ArrayList<>();
        private Duration statusDuration = Duration.ZERO;
        private String finalStatus = "Success";
        private String failureMessage;
        private final Map<String, List<String>> outputs = new LinkedHashMap<>();
        private final Map<String, List<String>> parameters = new LinkedHashMap<>();
        private final Set<String> requiredParameters = new LinkedHashSet<>();
        private int versions = 1;
        private Duration pendingFor = Duration.ZERO;
        private Duration invisibleFor = Duration.ZERO;
        private Duration cancellingFor = Duration.ZERO;

        private Builder(String documentName) {
            if (documentName == null || !DOCUMENT_NAME.matcher(documentName).matches()) {
                throw new IllegalArgumentException("documentName must be 3 to 128 of [a-zA-Z0-9_-.:/]: '"
                        + documentName + "'");
            }
            this.documentName = documentName;
        }

        /**
         * Adds a step. Without steps or statuses the runbook has one step, {@code run}, that succeeds at once.
         *
         * @param step the step
         * @return this builder
         */
        public Builder step(RunbookStep step) {
            steps.add(Objects.requireNonNull(step, "step"));
            return this;
        }

        /**
         * Declares an optional parameter, with the values an execution gets when the start does not give it.
         * A start that gives a parameter the runbook does not declare fails with
         * {@code InvalidAutomationExecutionParametersException}, as the service does.
         *
         * @param name the parameter name, 1 to 50 characters
         * @param defaultValues its default values, none for no default
         * @return this builder
         * @throws IllegalArgumentException if {@code name} is blank or longer than 50 characters
         */
        public Builder parameter(String name, String... defaultValues) {
            parameters.put(checkName(name), List.of(defaultValues));
            return this;
        }

        /**
         * Declares required parameters; a start without them fails with
         * {@code InvalidAutomationExecutionParametersException}.
         *
         * @param names parameter names
         * @return this builder
         * @throws IllegalArgumentException if a name is blank or longer than 50 characters
         */
        public Builder requiredParameters(String... names) {
            for (String name : names) {
                parameters.putIfAbsent(checkName(name), List.of());
                requiredParameters.add(name);
            }
            return this;
        }

        /**
         * Replaces the step-driven status with an explicit timeline on the emulator's clock: each status lasts
         * {@code each}, the last one stays. Any string is allowed, so statuses unknown to an SDK can be played.
         *
         * @param each how long each status lasts
         * @param statuses one or more statuses
         * @return this builder
         * @throws IllegalArgumentException if none is given or {@code each} is negative
         */
        public Builder statuses(Duration each, String... statuses) {
            if (statuses.length == 0) {
                throw new IllegalArgumentException("statuses must not be empty");
            }
            this.statusDuration = Checks.notNegative(each, "each");
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
         * Sets the execution's failure message, shown once the execution failed; by default it is derived from
         * the failed step.
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
         * Sets how many versions the document has (1 to {@code versions}; the last is {@code $DEFAULT} and
         * {@code $LATEST}); default 1. Starting another version fails with
         * {@code AutomationDefinitionVersionNotFoundException}.
         *
         * @param versions 1 or more
         * @return this builder
         * @throws IllegalArgumentException if {@code versions < 1}
         */
        public Builder versions(int versions) {
            this.versions = Checks.inRange(versions, 1, Integer.MAX_VALUE, "versions");
            return this;
        }

        /**
         * Makes a new execution show {@code Pending} this long before its first step; default zero.
         *
         * @param duration zero or more
         * @return this builder
         */
        public Builder pendingFor(Duration duration) {
            this.pendingFor = Checks.notNegative(duration, "duration");
            return this;
        }

        /**
         * Makes a new execution unknown ({@code AutomationExecutionNotFoundException}) for this long after its
         * start, as an eventually consistent read can be; default zero.
         *
         * @param duration zero or more
         * @return this builder
         */
        public Builder invisibleFor(Duration duration) {
            this.invisibleFor = Checks.notNegative(duration, "duration");
            return this;
        }

        /**
         * Sets how long a cancelled execution shows {@code Cancelling} before {@code Cancelled}; default zero.
         *
         * @param duration zero or more
         * @return this builder
         */
        public Builder cancellingFor(Duration duration) {
            this.cancellingFor = Checks.notNegative(duration, "duration");
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

        private static String checkName(String name) {
            return Checks.notBlank(name, 50, "parameter name");
        }
    }
}

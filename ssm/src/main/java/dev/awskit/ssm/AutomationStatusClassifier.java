package dev.awskit.ssm;

import dev.awskit.core.spi.Checks;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.ssm.model.AutomationExecutionStatus;

/**
 * Classifies every {@link AutomationExecutionStatus} as success, failure or still running. Immutable.
 *
 * <p>{@link #defaults()}: {@code Success} and {@code CompletedWithSuccess} succeed; {@code Failed},
 * {@code TimedOut}, {@code Cancelled}, {@code Rejected}, {@code CompletedWithFailure},
 * {@code ChangeCalendarOverrideRejected} and {@code Exited} fail; every other status the SDK knows
 * ({@code Pending}, {@code InProgress}, {@code Waiting}, {@code Cancelling}, {@code Approved},
 * {@code Scheduled}, {@code RunbookInProgress}, ...) is still running. A status this SDK version does not
 * know is classified {@link AutomationOutcome#RUNNING} and {@link #isKnown(String)} is false for it, so the
 * helper keeps waiting (until the deadline) and logs a warning.
 *
 * <pre>{@code
 * AutomationStatusClassifier lenient = AutomationStatusClassifier.defaults()
 *     .with("CompletedWithFailure", AutomationOutcome.SUCCESS);
 * }</pre>
 */
public final class AutomationStatusClassifier {
    private static final AutomationStatusClassifier DEFAULTS = new AutomationStatusClassifier(defaultTable());

    private final Map<String, AutomationOutcome> table;

    private AutomationStatusClassifier(Map<String, AutomationOutcome> table) {
        this.table = Map.copyOf(table);
    }

    /**
     * Returns the standard classification described above.
     *
     * @return the default classifier
     */
    public static AutomationStatusClassifier defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a classifier that gives {@code status} the outcome {@code outcome} and leaves the rest as is.
     *
     * @param status a status as the service spells it, e.g. {@code CompletedWithFailure}
     * @param outcome its outcome
     * @return a new classifier
     * @throws IllegalArgumentException if {@code status} is blank
     */
    public AutomationStatusClassifier with(String status, AutomationOutcome outcome) {
        return toBuilder().outcome(status, outcome).build();
    }

    /**
     * Returns a classifier that gives {@code status} the outcome {@code outcome}.
     *
     * @param status the status
     * @param outcome its outcome
     * @return a new classifier
     */
    public AutomationStatusClassifier with(AutomationExecutionStatus status, AutomationOutcome outcome) {
        return with(Objects.requireNonNull(status, "status").toString(), outcome);
    }

    /**
     * Starts a classifier from {@link #defaults()}.
     *
     * @return a builder
     */
    public static Builder builder() {
        return DEFAULTS.toBuilder();
    }

    /**
     * Returns a builder holding this classification.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        return new Builder(table);
    }

    /**
     * Classifies a status.
     *
     * @param status the status string as returned by the service; {@code null} counts as running
     * @return the outcome; {@link AutomationOutcome#RUNNING} for statuses not in the table
     */
    public AutomationOutcome classify(String status) {
        return status == null ? AutomationOutcome.RUNNING : table.getOrDefault(status, AutomationOutcome.RUNNING);
    }

    /**
     * Tells whether {@code status} has an explicit classification (every status this SDK version knows).
     *
     * @param status the status string
     * @return true when classified explicitly
     */
    public boolean isKnown(String status) {
        return status != null && table.containsKey(status);
    }

    @Override
    public String toString() {
        return "AutomationStatusClassifier" + new java.util.TreeMap<>(table);
    }

    private static Map<String, AutomationOutcome> defaultTable() {
        Map<String, AutomationOutcome> table = new HashMap<>();
        for (AutomationExecutionStatus status : AutomationExecutionStatus.knownValues()) {
            table.put(status.toString(), AutomationOutcome.RUNNING);
        }
        for (AutomationExecutionStatus status : new AutomationExecutionStatus[] {
                AutomationExecutionStatus.SUCCESS, AutomationExecutionStatus.COMPLETED_WITH_SUCCESS}) {
            table.put(status.toString(), AutomationOutcome.SUCCESS);
        }
        for (AutomationExecutionStatus status : new AutomationExecutionStatus[] {
                AutomationExecutionStatus.FAILED, AutomationExecutionStatus.TIMED_OUT,
                AutomationExecutionStatus.CANCELLED, AutomationExecutionStatus.REJECTED,
                AutomationExecutionStatus.COMPLETED_WITH_FAILURE,
                AutomationExecutionStatus.CHANGE_CALENDAR_OVERRIDE_REJECTED, AutomationExecutionStatus.EXITED}) {
            table.put(status.toString(), AutomationOutcome.FAILURE);
        }
        return table;
    }

    /** Builds an {@link AutomationStatusClassifier}. Not thread-safe; {@link #build()} copies its state. */
    public static final class Builder {
        private final Map<String, AutomationOutcome> table;

        private Builder(Map<String, AutomationOutcome> table) {
            this.table = new HashMap<>(table);
        }

        /**
         * Gives {@code status} the outcome {@code outcome}.
         *
         * @param status a status as the service spells it, e.g. {@code CompletedWithFailure}
         * @param outcome its outcome
         * @return this builder
         * @throws NullPointerException if an argument is null
         * @throws IllegalArgumentException if {@code status} is blank
         */
        public Builder outcome(String status, AutomationOutcome outcome) {
            table.put(Checks.notBlank(status, "status"), Objects.requireNonNull(outcome, "outcome"));
            return this;
        }

        /**
         * Gives {@code status} the outcome {@code outcome}.
         *
         * @param status the status
         * @param outcome its outcome
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder outcome(AutomationExecutionStatus status, AutomationOutcome outcome) {
            return outcome(Objects.requireNonNull(status, "status").toString(), outcome);
        }

        /**
         * Builds the classifier.
         *
         * @return an immutable classifier
         */
        public AutomationStatusClassifier build() {
            return new AutomationStatusClassifier(table);
        }
    }
}

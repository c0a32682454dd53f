package dev.awskit.ssm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.ssm.model.AutomationExecutionStatus;

class AutomationStatusClassifierTest {
    private static final AutomationStatusClassifier DEFAULTS = AutomationStatusClassifier.defaults();
    private static final EnumSet<AutomationExecutionStatus> SUCCESS = EnumSet.of(
            AutomationExecutionStatus.SUCCESS, AutomationExecutionStatus.COMPLETED_WITH_SUCCESS);
    private static final EnumSet<AutomationExecutionStatus> FAILURE = EnumSet.of(
            AutomationExecutionStatus.FAILED, AutomationExecutionStatus.TIMED_OUT, AutomationExecutionStatus.CANCELLED,
            AutomationExecutionStatus.REJECTED, AutomationExecutionStatus.COMPLETED_WITH_FAILURE,
            AutomationExecutionStatus.CHANGE_CALENDAR_OVERRIDE_REJECTED, AutomationExecutionStatus.EXITED);

    @ParameterizedTest
    @EnumSource(value = AutomationExecutionStatus.class, mode = EnumSource.Mode.EXCLUDE,
            names = "UNKNOWN_TO_SDK_VERSION")
    void classify_everyKnownStatus_hasTheIssuesOutcome(AutomationExecutionStatus status) {
        AutomationOutcome expected = SUCCESS.contains(status) ? AutomationOutcome.SUCCESS
                : FAILURE.contains(status) ? AutomationOutcome.FAILURE : AutomationOutcome.RUNNING;

        assertThat(DEFAULTS.classify(status.toString())).isEqualTo(expected);
        assertThat(DEFAULTS.isKnown(status.toString())).isTrue();
    }

    @Test
    void classify_whenStatusUnknown_isRunningAndNotKnown() {
        assertThat(DEFAULTS.classify("SomethingNew")).isEqualTo(AutomationOutcome.RUNNING);
        assertThat(DEFAULTS.isKnown("SomethingNew")).isFalse();
        assertThat(DEFAULTS.classify(null)).isEqualTo(AutomationOutcome.RUNNING);
    }

    @Test
    void with_overridesOneStatusAndLeavesDefaultsUntouched() {
        AutomationStatusClassifier lenient = DEFAULTS.with(AutomationExecutionStatus.EXITED, AutomationOutcome.SUCCESS);

        assertThat(lenient.classify("Exited")).isEqualTo(AutomationOutcome.SUCCESS);
        assertThat(DEFAULTS.classify("Exited")).isEqualTo(AutomationOutcome.FAILURE);
        assertThat(DEFAULTS.with("SomethingNew", AutomationOutcome.FAILURE).isKnown("SomethingNew")).isTrue();
    }

    @Test
    void builder_startsFromDefaultsAndToBuilderCopiesWithoutSharing() {
        AutomationStatusClassifier custom = AutomationStatusClassifier.builder()
                .outcome("CompletedWithFailure", AutomationOutcome.SUCCESS).build();
        AutomationStatusClassifier.Builder copy = custom.toBuilder();
        copy.outcome(AutomationExecutionStatus.FAILED, AutomationOutcome.SUCCESS);

        assertThat(custom.classify("CompletedWithFailure")).isEqualTo(AutomationOutcome.SUCCESS);
        assertThat(custom.classify("Success")).isEqualTo(AutomationOutcome.SUCCESS);
        assertThat(custom.classify("Failed")).isEqualTo(AutomationOutcome.FAILURE);
        assertThat(copy.build().classify("Failed")).isEqualTo(AutomationOutcome.SUCCESS);
    }

    @Test
    void builder_whenStatusBlank_throwsNamingIt() {
        assertThatThrownBy(() -> AutomationStatusClassifier.builder().outcome(" ", AutomationOutcome.SUCCESS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("status");
    }
}

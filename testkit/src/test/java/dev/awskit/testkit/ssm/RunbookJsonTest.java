package dev.awskit.testkit.ssm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awskit.testkit.ssm.internal.RunbookJson;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runbooks written as JSON, for the launcher and {@code POST /emulator-api/runbooks}. */
class RunbookJsonTest {

    @Test
    void read_everyMember_buildsTheSameRunbookAsTheBuilder() {
        List<Runbook> runbooks = RunbookJson.read("""
                [{"name": "Deploy", "versions": 2, "parameters": {"Comment": ["none"]},
                  "requiredParameters": ["InstanceId"], "pendingFor": "PT1S", "cancellingFor": "PT2S",
                  "invisibleFor": "PT3S", "failureMessage": "deploy failed", "outputs": {"Summary": ["ok"]},
                  "steps": [{"name": "build", "duration": "PT30S", "outputs": {"Version": ["42"]}},
                            {"name": "approve", "waitsForApproval": true},
                            {"name": "hold", "pauses": true},
                            {"name": "verify", "action": "aws:assertAwsResourceProperty", "failureType": "Action",
                             "endsWith": {"status": "TimedOut", "message": "too slow"}}]},
                 {"name": "Odd", "statuses": {"each": "PT5S", "values": ["Pending", "Success"]}}]
                """);

        Runbook deploy = runbooks.get(0);
        assertThat(deploy.versions()).isEqualTo(2);
        assertThat(deploy.parameters()).containsEntry("Comment", List.of("none")).containsKey("InstanceId");
        assertThat(deploy.requiredParameters()).containsExactly("InstanceId");
        assertThat(List.of(deploy.pendingFor(), deploy.cancellingFor(), deploy.invisibleFor()))
                .containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(3));
        assertThat(deploy.steps()).extracting(RunbookStep::kind).containsExactly(RunbookStep.Kind.RUN,
                RunbookStep.Kind.APPROVAL, RunbookStep.Kind.PAUSE, RunbookStep.Kind.RUN);
        assertThat(deploy.steps().get(0).duration()).isEqualTo(Duration.ofSeconds(30));
        assertThat(deploy.steps().get(3).finalStatus()).isEqualTo("TimedOut");
        assertThat(deploy.steps().get(3).failureType()).isEqualTo("Action");
        assertThat(runbooks.get(1).statuses()).containsExactly("Pending", "Success");
        assertThat(runbooks.get(1).statusDuration()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void read_whenAMemberIsUnknown_namesItAndTheKnownOnes() {
        assertThatThrownBy(() -> RunbookJson.read("{\"name\": \"Deploy\", \"stepz\": []}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'stepz'")
                .hasMessageContaining("steps");
    }

    @Test
    void read_whenADurationIsNotIso8601_namesTheMember() {
        assertThatThrownBy(() -> RunbookJson.read("{\"name\": \"Deploy\", \"steps\": [{\"name\": \"a\", \"duration\": \"5s\"}]}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("step a.duration");
    }

    @Test
    void read_whenNotJson_saysSo() {
        assertThatThrownBy(() -> RunbookJson.read("{name"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not JSON");
    }
}

package dev.awskit.examples.ssmrun;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.awskit.core.json.AwsKitJson;
import dev.awskit.testkit.ssm.Runbook;
import dev.awskit.testkit.ssm.RunbookStep;
import dev.awskit.testkit.ssm.SsmAutomationEmulator;
import dev.awskit.testkit.ssm.SsmAutomationEmulatorExtension;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import picocli.CommandLine;

/** The ssm-run CLI against the emulator: exit codes, parse errors, progress lines, JSON output. */
class SsmRunCommandTest {
    @RegisterExtension
    static final SsmAutomationEmulatorExtension SSM = SsmAutomationEmulatorExtension.builder().build();
    static SsmAutomationEmulator emulator;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void runbooks() {
        emulator = SSM.emulator();
        emulator.register(Runbook.builder("Deploy").parameter("Filter").parameter("InstanceId").parameter("Force")
                .step(RunbookStep.builder("build").output("Version", "42").build())
                .step(RunbookStep.builder("ship").action("aws:executeScript").build())
                .build());
        emulator.register(Runbook.builder("Broken")
                .step(RunbookStep.builder("verify").action("aws:assertAwsResourceProperty")
                        .fails("health check failed").build())
                .build());
        emulator.register(Runbook.builder("Forever").statuses(Duration.ZERO, "InProgress").build());
        emulator.register(Runbook.builder("Slow")
                .step(RunbookStep.builder("build").duration(Duration.ofHours(1)).build()).build());
    }

    @Test
    void run_whenAutomationSucceeds_exits0AndPrintsStatusAndOutputs() {
        int code = run("--document", "Deploy", "Filter=a=b", "Filter=c");

        assertThat(code).isEqualTo(0);
        assertThat(out.toString()).contains("ended with status Success", "build.Version = 42");
        assertThat(err.toString()).contains("started Deploy as execution", "status Success");
        assertThat(emulator.executions().get(0).parameters()).isEqualTo(Map.of("Filter", List.of("a=b", "c")));
    }

    @Test
    void run_whileAStepRuns_printsTheStatusAndStepProgress() {
        int code = run("--document", "Slow", "--timeout", "2s");

        assertThat(code).isEqualTo(3);
        assertThat(err.toString()).contains("status InProgress (poll 1)", "step build (aws:executeScript): InProgress");
    }

    @Test
    void run_whenAutomationFails_exits1AndPrintsFailureMessageAndStep() {
        int code = run("--document", "Broken");

        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).contains("ended with status Failed", "health check failed",
                "Failed step: verify (aws:assertAwsResourceProperty)");
    }

    @Test
    void run_whenDocumentUnknown_exits1WithMessage() {
        int code = run("--document", "Missing");

        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).contains("Missing", "AutomationDefinitionNotFoundException");
    }

    @Test
    void run_whenDeadlinePasses_exits3() {
        int code = run("--document", "Forever", "--timeout", "2s");

        assertThat(code).isEqualTo(3);
        assertThat(out.toString()).contains("did not finish within PT2S", "InProgress");
    }

    @Test
    void run_whenDeadlinePassesWithStop_exits3AndStopsExecution() {
        int code = run("--document", "Forever", "--timeout", "2s", "--stop-on-timeout", "--output", "json");

        assertThat(code).isEqualTo(3);
        JsonNode json = AwsKitJson.read(out.toString(), JsonNode.class);
        assertThat(json.path("outcome").asText()).isEqualTo("TIMED_OUT");
        assertThat(json.path("stopped").asBoolean()).isTrue();
        assertThat(json.path("statusAfterStop").asText()).isEqualTo("Cancelled");
        assertThat(emulator.calls("StopAutomationExecution")).isEqualTo(1);
    }

    @Test
    void run_withJsonOutput_printsOneJsonObjectOnStdout() {
        int code = run("--document", "Broken", "--output", "JSON");

        assertThat(code).isEqualTo(1);
        JsonNode json = AwsKitJson.read(out.toString(), JsonNode.class);
        assertThat(json.path("outcome").asText()).isEqualTo("FAILURE");
        assertThat(json.path("exitCode").asInt()).isEqualTo(1);
        assertThat(json.path("status").asText()).isEqualTo("Failed");
        assertThat(json.path("executionId").asText()).isEqualTo(emulator.executions().get(0).executionId());
        assertThat(json.path("failedStep").path("name").asText()).isEqualTo("verify");
        assertThat(json.path("failureMessage").asText()).contains("health check failed");
    }

    @Test
    void run_withJsonOutputOnSuccess_includesOutputsAndSteps() {
        int code = run("--document", "Deploy", "--output", "json");

        assertThat(code).isEqualTo(0);
        JsonNode json = AwsKitJson.read(out.toString(), JsonNode.class);
        assertThat(json.path("outputs").path("build.Version").get(0).asText()).isEqualTo("42");
        assertThat(json.path("steps")).hasSize(2);
    }

    @Test
    void run_withParametersJson_mergesWithKeyValueArguments() {
        int code = run("--document", "Deploy", "--parameters-json", "{\"InstanceId\":[\"i-1\"],\"Force\":true}",
                "InstanceId=i-2");

        assertThat(code).isEqualTo(0);
        assertThat(emulator.executions().get(0).parameters())
                .isEqualTo(Map.of("InstanceId", List.of("i-1", "i-2"), "Force", List.of("true")));
    }

    @Test
    void run_whenTokenHasNoEquals_exits2NamingToken() {
        int code = run("--document", "Deploy", "InstanceId=i-1", "oops");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("'oops'", "key=value");
        assertThat(emulator.calls()).isEmpty();
    }

    @Test
    void run_whenKeyEmpty_exits2NamingPosition() {
        int code = run("--document", "Deploy", "=secret");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("argument 1", "empty key").doesNotContain("secret");
    }

    @Test
    void run_whenParametersJsonInvalid_exits2() {
        assertThat(run("--document", "Deploy", "--parameters-json", "[1]")).isEqualTo(2);
        assertThat(err.toString()).contains("JSON must be an object");
    }

    @Test
    void run_whenUsageWrong_exits2NamingTheProblem() {
        assertThat(run("InstanceId=i-1")).isEqualTo(2);
        assertThat(err.toString()).contains("--document");
        assertThat(run("--document", "Deploy", "--output", "xml")).isEqualTo(2);
        assertThat(err.toString()).contains("xml");
        assertThat(run("--document", "Deploy", "--timeout", "soon")).isEqualTo(2);
        assertThat(err.toString()).contains("'soon' is not a duration");
        assertThat(emulator.calls()).isEmpty();
    }

    @Test
    void helpAndVersion_exit0() {
        assertThat(run("--help")).isEqualTo(0);
        assertThat(out.toString()).contains("--document", "--timeout", "Exit codes", "3", "did not end");
        assertThat(run("--version")).isEqualTo(0);
        assertThat(out.toString()).contains("ssm-run");
    }

    private int run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        if (!all.contains("--help") && !all.contains("--version")) {
            all.addAll(List.of("--endpoint", emulator.endpoint().toString(), "--region", "us-east-1",
                    "--poll-interval", "10ms"));
        }
        CommandLine command = SsmRunCommand.commandLine();
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        return command.execute(all.toArray(String[]::new));
    }
}

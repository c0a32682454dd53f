package dev.awskit.examples.ssmrun;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.awskit.core.json.AwsKitJson;
import dev.awskit.testkit.ssm.Runbook;
import dev.awskit.testkit.ssm.SsmAutomationEmulator;
import dev.awskit.testkit.ssm.SsmAutomationEmulatorExtension;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import picocli.CommandLine;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/** ssm-run's options for real use: the client token of a lost start, and which endpoints get test credentials. */
class SsmRunStartSafetyTest {
    private static final Pattern RETRY_TOKEN = Pattern.compile("--client-token ([0-9a-f-]{36})");
    @RegisterExtension
    static final SsmAutomationEmulatorExtension SSM = SsmAutomationEmulatorExtension.builder().build();
    static SsmAutomationEmulator emulator;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void runbooks() {
        emulator = SSM.emulator();
        emulator.register(Runbook.builder("Deploy").build());
    }

    @Test
    void run_whenEveryStartAnswerIsLost_printsTheTokenAndRunningAgainWithItFinishesTheOneExecution() {
        // More lost answers than the SDK's default attempts: the first run gives up, the second one's first attempt
        // may still lose its answer, and its SDK retry then gets the execution.
        emulator.serverErrorAfterProcessing("StartAutomationExecution", 4);

        assertThat(run("--document", "Deploy")).isEqualTo(1);
        Matcher token = RETRY_TOKEN.matcher(out.toString());
        assertThat(token.find()).as(out.toString()).isTrue();
        assertThat(out.toString()).contains("client token " + token.group(1), "An execution may have started");
        assertThat(emulator.executions()).hasSize(1);

        assertThat(run("--document", "Deploy", "--client-token", token.group(1))).isEqualTo(0);
        assertThat(emulator.executions()).hasSize(1);
        assertThat(out.toString()).contains("Automation " + emulator.executions().get(0).executionId());
    }

    @Test
    void run_whenStartRefusedWithJsonOutput_printsTokenAndThatNoExecutionExists() {
        String token = UUID.randomUUID().toString();

        assertThat(run("--document", "Unknown", "--client-token", token, "--output", "json")).isEqualTo(1);
        JsonNode json = AwsKitJson.read(out.toString(), JsonNode.class);
        assertThat(json.path("outcome").asText()).isEqualTo("ERROR");
        assertThat(json.path("clientToken").asText()).isEqualTo(token);
        assertThat(json.path("executionMayExist").asBoolean()).isFalse();
        assertThat(json.path("message").asText()).contains("Unknown", "was not started");
    }

    @Test
    void run_whenClientTokenIsNotUuid_exits2NamingItBeforeAnyCall() {
        assertThat(run("--document", "Deploy", "--client-token", "tomorrow")).isEqualTo(2);
        assertThat(err.toString()).contains("--client-token", "'tomorrow'");
        assertThat(emulator.calls()).isEmpty();
    }

    @Test
    void settings_forEndpointOnThisMachine_useTestCredentialsUnlessProfileGiven() {
        assertThat(CliSettings.of(URI.create("http://127.0.0.1:4566"), null, null).credentialsProvider())
                .isInstanceOf(StaticCredentialsProvider.class);
        assertThat(CliSettings.of(URI.create("http://localhost:4566"), null, null).region().id())
                .isEqualTo("us-east-1");
        assertThat(CliSettings.of(URI.create("http://[::1]:4566"), "eu-west-1", null).region().id())
                .isEqualTo("eu-west-1");
        assertThat(CliSettings.of(URI.create("http://127.0.0.1:4566"), null, "ops").credentialsProvider()).isNull();
    }

    @Test
    void settings_forRemoteEndpoint_keepTheCredentialsChain() {
        URI vpce = URI.create("https://vpce-0a1b2c3d-ssm.eu-west-1.vpce.amazonaws.com");

        assertThat(CliSettings.of(vpce, "eu-west-1", null).credentialsProvider()).isNull();
        assertThat(CliSettings.of(vpce, "eu-west-1", null).endpointOverride()).isEqualTo(vpce);
        assertThat(CliSettings.of(null, null, null).endpointOverride()).isNull();
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--endpoint", emulator.endpoint().toString(), "--poll-interval", "10ms"));
        CommandLine command = SsmRunCommand.commandLine();
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        return command.execute(all.toArray(String[]::new));
    }
}

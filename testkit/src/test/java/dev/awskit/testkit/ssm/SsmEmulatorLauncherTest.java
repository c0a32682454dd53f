package dev.awskit.testkit.ssm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.ssm.SsmClient;

/** The launcher: options, runbook files, the control API, and a separate process stopped by SIGTERM. */
class SsmEmulatorLauncherTest {
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void process_printsItsEndpoint_servesAnySdk_andStopsOnSigterm(@TempDir Path dir) throws Exception {
        Path runbooks = Files.writeString(dir.resolve("runbooks.json"),
                "{\"name\": \"Deploy\", \"steps\": [{\"name\": \"build\", \"duration\": \"PT10M\"}]}");
        try (LauncherProcess launcher = LauncherProcess.start("--runbooks", runbooks.toString(), "--virtual-time");
                SsmClient ssm = SsmEmulatorPreset.settings(launcher.endpoint()).client(SsmClient.builder())) {
            assertThat(launcher.endpoint().getHost()).isEqualTo("127.0.0.1");
            String id = ssm.startAutomationExecution(r -> r.documentName("Deploy")).automationExecutionId();

            assertThat(post(launcher.endpoint(), "time", "{\"advance\": \"PT10M\"}").statusCode()).isEqualTo(200);

            assertThat(ssm.getAutomationExecution(r -> r.automationExecutionId(id)).automationExecution()
                    .automationExecutionStatusAsString()).isEqualTo("Success");
            assertThat(launcher.stop()).contains("SSM Automation emulator stopped");
            assertThat(launcher.alive()).isFalse();
        }
    }

    @Test
    void start_registersRunbooksOverTheControlApi_andCountsCalls() throws Exception {
        try (SsmAutomationEmulator emulator = SsmEmulatorLauncher.start(new PrintStream(new ByteArrayOutputStream(),
                true, StandardCharsets.UTF_8));
                SsmClient ssm = SsmEmulatorPreset.settings(emulator.endpoint()).client(SsmClient.builder())) {
            HttpResponse<String> registered = post(emulator.endpoint(), "runbooks", "[{\"name\": \"Posted\"}]");
            ssm.startAutomationExecution(r -> r.documentName("Posted"));

            assertThat(registered.body()).contains("Posted");
            assertThat(http.send(HttpRequest.newBuilder(emulator.endpoint().resolve("/emulator-api/calls")).build(),
                    HttpResponse.BodyHandlers.ofString()).body()).isEqualTo("{\"StartAutomationExecution\":1}");
            assertThat(post(emulator.endpoint(), "time", "{\"advance\": \"PT1M\"}").body())
                    .contains("wall time", "--virtual-time");
            assertThat(post(emulator.endpoint(), "reset", "").statusCode()).isEqualTo(200);
            assertThat(emulator.executions()).isEmpty();
        }
    }

    @Test
    void start_whenAnArgumentIsWrong_namesIt() {
        PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

        assertThatThrownBy(() -> SsmEmulatorLauncher.start(out, "--port", "http")).hasMessageContaining("'http'");
        assertThatThrownBy(() -> SsmEmulatorLauncher.start(out, "--forward-to", "ftp://x"))
                .hasMessageContaining("--forward-to").hasMessageContaining("ftp://x");
        assertThatThrownBy(() -> SsmEmulatorLauncher.start(out, "--verbose")).hasMessageContaining("'--verbose'");
        assertThatThrownBy(() -> SsmEmulatorLauncher.start(out, "--runbooks")).hasMessageContaining("needs a value");
    }

    @Test
    void start_withHelp_printsTheUsageAndStartsNothing() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        assertThat(SsmEmulatorLauncher.start(new PrintStream(bytes, true, StandardCharsets.UTF_8), "--help")).isNull();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("--port", "--forward-to", "--ec2-endpoint",
                "--runbooks", "/emulator-api/");
    }

    private HttpResponse<String> post(URI endpoint, String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(endpoint.resolve("/emulator-api/" + path))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}

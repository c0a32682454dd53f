package dev.awskit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awskit.testkit.MotoExtension;
import dev.awskit.testkit.MotoServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import picocli.CommandLine;

/** The runner's command line: list, run by name, --help, --endpoint, and bad usage naming the bad value. */
@ExtendWith(MotoExtension.class)
class ExamplesCommandTest {
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final StringWriter errors = new StringWriter();
    private final StringWriter help = new StringWriter();

    private int run(String... args) {
        CommandLine command = new CommandLine(
                new ExamplesCommand(new PrintStream(printed, true, StandardCharsets.UTF_8)));
        command.setErr(new PrintWriter(errors, true));
        command.setOut(new PrintWriter(help, true));
        return command.execute(args);
    }

    private String output() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    void list_printsEveryScenarioWithItsDescription() {
        assertThat(run("list")).isZero();

        Scenarios.all().forEach(s -> assertThat(output()).contains(s.name()).contains(s.description()));
    }

    @Test
    void run_withEndpoint_runsTheNamedScenarioThere(MotoServer moto) {
        int exit = run("--endpoint", moto.endpoint().toString(), "run", "emulator-round-trip");

        assertThat(exit).as(output()).isZero();
        assertThat(output()).contains("Running against the emulator at " + moto.endpoint())
                .contains("== emulator-round-trip").contains("1 passed, 0 failed");
    }

    @Test
    void namesWithoutSubcommand_commaSeparated_runEachOnce(MotoServer moto) {
        int exit = run("--endpoint", moto.endpoint().toString(), "emulator-round-trip,emulator-round-trip");

        assertThat(exit).as(output()).isZero();
        assertThat(output()).contains("1 passed, 0 failed");
    }

    @Test
    void run_unknownScenario_exitsTwoNamingIt(MotoServer moto) {
        int exit = run("--endpoint", moto.endpoint().toString(), "run", "emulator-round-trip", "nope");

        assertThat(exit).isEqualTo(2);
        assertThat(errors.toString()).contains("'nope'");
        assertThat(output()).doesNotContain("==");
    }

    @Test
    void help_namesTheSubcommandsAndTargetOptions() {
        assertThat(run("--help")).isZero();

        assertThat(help.toString()).contains("list").contains("run").contains("--endpoint").contains("--region")
                .contains("--profile");
    }
}

package dev.awskit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awskit.testkit.MotoExtension;
import dev.awskit.testkit.MotoServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every registered scenario runs green against moto, so the README's examples command keeps working. */
@ExtendWith(MotoExtension.class)
class SeedScenariosTest {

    static List<Scenario> scenarios() {
        return Scenarios.choose("all");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void run_againstMoto_passes(Scenario scenario, MotoServer moto) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

        int failed = Scenarios.runAll(List.of(scenario), moto.settings(), out);

        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertThat(failed).as(printed).isZero();
        assertThat(printed).contains("== " + scenario.name()).contains("1 passed, 0 failed");
    }

    @Test
    void output_ofSecretScenarios_neverShowsTheSecretValues(MotoServer moto) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

        Scenarios.runAll(Scenarios.choose("db-credentials-rotation,config-cache-preload,gmsa-credspec"),
                moto.settings(), out);

        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .contains("3 passed, 0 failed")
                .doesNotContain("first-password", "second-password", "MySecret", "Gm5a-P4ss!");
    }

    @Test
    void choose_unknownName_isRejectedWithTheName() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Scenarios.choose("emulator-round-trip,nope"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'nope'");
    }
}

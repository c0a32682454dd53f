package dev.awskit.examples.ssmrun;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awskit.examples.ScenarioContext;
import dev.awskit.testkit.MotoExtension;
import dev.awskit.testkit.MotoServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The seed 004 scenario end to end: the CLI, the emulator and moto's EC2. */
@ExtendWith(MotoExtension.class)
class SsmRunScenarioTest {

    @Test
    void run_stopsAndStartsInstanceAndReportsMissingInstance(MotoServer moto) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        new SsmRunScenario().run(new ScenarioContext(moto.settings(), new PrintStream(bytes, true,
                StandardCharsets.UTF_8)));

        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("AWS-StopEC2Instance", "ended with status Success", "exit code 0",
                "step startInstances (aws:changeInstanceState): Failed", "InvalidInstanceID", "exit code 1");
    }
}

package dev.awskit.testkit.ssm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awskit.testkit.MotoExtension;
import dev.awskit.testkit.MotoServer;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The contract suite from a non-Java client: {@code src/test/python/ssm_emulator_contract.py} drives the
 * launcher, started as a separate process forwarding to moto, with boto3. Without python3 and boto3 it is
 * skipped, or fails with {@code CI=true}.
 */
@ExtendWith(MotoExtension.class)
class SsmEmulatorBoto3ContractTest {

    @Test
    void boto3ContractSuite_passesAgainstTheLauncher(MotoServer moto) throws Exception {
        Python.require("boto3");
        String script = Path.of("src", "test", "python", "ssm_emulator_contract.py").toAbsolutePath().toString();
        try (LauncherProcess launcher = LauncherProcess.start("--forward-to", moto.endpoint().toString(),
                "--ec2-endpoint", moto.endpoint().toString())) {
            Python.Run run = Python.run(Map.of("EMULATOR_ENDPOINT", launcher.endpoint().toString(),
                    "MOTO_ENDPOINT", moto.endpoint().toString()), 300, script);

            assertThat(run.output()).as(run.output()).contains("OK").doesNotContain("skipped");
            assertThat(run.exitCode()).as(run.output()).isZero();
            assertThat(launcher.stop()).contains("stopped");
        }
    }
}

package dev.awskit.testkit.ssm;

import dev.awskit.testkit.EmulatorUnavailableException;
import dev.awskit.testkit.internal.EmulatorPolicy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code python3} for the tests that check the emulator against botocore's service model and drive it with
 * boto3. Without python3 or the module, a test is skipped, or fails with {@code CI=true}.
 */
public final class Python {
    private Python() {
    }

    /** What a finished python3 run printed. */
    public record Run(int exitCode, String output) {
    }

    /**
     * Runs python3 and waits for it.
     *
     * @param timeoutSeconds how long it may take
     * @param args the arguments after {@code python3}
     * @return its exit code and its output (stdout and stderr)
     */
    public static Run run(long timeoutSeconds, String... args) {
        return run(Map.of(), timeoutSeconds, args);
    }

    /**
     * Runs python3 with extra environment variables and waits for it.
     *
     * @param environment added to this process's environment
     * @param timeoutSeconds how long it may take
     * @param args the arguments after {@code python3}
     * @return its exit code and its output (stdout and stderr)
     */
    public static Run run(Map<String, String> environment, long timeoutSeconds, String... args) {
        List<String> command = new ArrayList<>(List.of("python3"));
        command.addAll(List.of(args));
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().putAll(environment);
            Process process = builder.start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Run(-1, output + "\n(timed out after " + timeoutSeconds + " s)");
            }
            return new Run(process.exitValue(), output);
        } catch (IOException e) {
            return new Run(-1, "python3 cannot run: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Run(-1, "interrupted");
        }
    }

    /**
     * Requires a python3 that imports {@code module}.
     *
     * @param module e.g. {@code boto3}
     * @throws RuntimeException a skip, or on CI a failure, when it is missing
     */
    public static void require(String module) {
        Run probe = run(60, "-c", "import " + module);
        if (probe.exitCode() != 0) {
            throw EmulatorPolicy.fromEnvironment().unavailable(new EmulatorUnavailableException(
                    "python3 with " + module + " is not available: " + probe.output().strip(), null));
        }
    }
}

package dev.awskit.testkit.internal;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/** Asks the {@code docker} command whether an engine answers, within a few seconds. */
public final class DockerProbe {
    private static final long TIMEOUT_SECONDS = 15;

    private DockerProbe() {
    }

    /** @return whether {@code docker info} exits with 0 */
    public static boolean engineAnswers() {
        Process process;
        try {
            process = new ProcessBuilder("docker", "info")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException noDockerCommand) {
            return false;
        }
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return false;
            }
            return process.exitValue() == 0;
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

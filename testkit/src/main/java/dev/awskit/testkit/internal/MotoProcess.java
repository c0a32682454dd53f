package dev.awskit.testkit.internal;

import dev.awskit.testkit.EmulatorUnavailableException;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One {@code moto_server} process on a free 127.0.0.1 port, its output appended to a log file, ready when
 * its HTTP API answers. Starting retries on a fresh port when the process dies early (a port race).
 */
public final class MotoProcess {
    private static final Logger LOG = LoggerFactory.getLogger(MotoProcess.class);
    private static final String EXECUTABLE = "moto_server";
    private static final int START_TRIES = 3;
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    private static final long PROBE_INTERVAL_MILLIS = 100;

    private final Process process;
    private final URI endpoint;
    private final Path log;

    private MotoProcess(Process process, URI endpoint, Path log) {
        this.process = process;
        this.endpoint = endpoint;
        this.log = log;
    }

    /**
     * Finds {@code moto_server} on the {@code PATH}.
     *
     * @return the executable, if there is one
     */
    public static Optional<Path> findExecutable() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isBlank()) {
                continue;
            }
            Path candidate = Path.of(dir, EXECUTABLE);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * Starts moto and waits until it answers.
     *
     * @return the running process
     * @throws EmulatorUnavailableException if moto is not installed or does not become ready
     */
    public static MotoProcess start() {
        Path executable = findExecutable().orElseThrow(() -> new EmulatorUnavailableException(
                "moto_server not found on PATH: install it (pip install 'moto[server]') or set MOTO_ENDPOINT "
                        + "to a running moto server", null));
        EmulatorUnavailableException failure = null;
        for (int attempt = 1; attempt <= START_TRIES; attempt++) {
            int port = FreePort.find();
            try {
                return startOn(executable, port);
            } catch (EmulatorUnavailableException e) {
                LOG.warn("moto_server on port {} did not start (try {} of {}): {}", port, attempt, START_TRIES,
                        e.getMessage());
                failure = e;
            }
        }
        throw failure;
    }

    private static MotoProcess startOn(Path executable, int port) {
        Path log = logFile(port);
        Process process;
        try {
            process = new ProcessBuilder(List.of(executable.toString(), "-H", "127.0.0.1", "-p", Integer.toString(port)))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            process.getOutputStream().close();
        } catch (IOException e) {
            throw new EmulatorUnavailableException("cannot run " + executable + ": " + e.getMessage(), e);
        }
        URI endpoint = URI.create("http://127.0.0.1:" + port);
        MotoProcess moto = new MotoProcess(process, endpoint, log);
        moto.awaitReady();
        LOG.info("moto_server ready at {} (pid {}, log {})", endpoint, process.pid(), log);
        return moto;
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        try {
            while (System.nanoTime() < deadline) {
                if (MotoHttp.answers(endpoint)) {
                    return;
                }
                // Waits for the probe interval, and returns at once if moto exits (e.g. the port was taken).
                if (process.waitFor(PROBE_INTERVAL_MILLIS, TimeUnit.MILLISECONDS)) {
                    throw new EmulatorUnavailableException("moto_server exited with code " + process.exitValue()
                            + " before it was ready; see " + log, null);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop();
            throw new EmulatorUnavailableException("interrupted while waiting for moto_server", e);
        }
        stop();
        throw new EmulatorUnavailableException("moto_server did not answer at " + endpoint + " within "
                + READY_TIMEOUT.toSeconds() + " s; see " + log, null);
    }

    private static Path logFile(int port) {
        try {
            Path target = Path.of("target");
            if (Files.isDirectory(target)) {
                return target.resolve("moto-server-" + port + ".log");
            }
            return Files.createTempFile("moto-server-" + port + "-", ".log");
        } catch (IOException e) {
            throw new EmulatorUnavailableException("cannot create a log file for moto_server: " + e.getMessage(), e);
        }
    }

    /** @return the server's base URL */
    public URI endpoint() {
        return endpoint;
    }

    /** @return the file that receives the server's output */
    public Path log() {
        return log;
    }

    /** @return whether the process still runs */
    public boolean isAlive() {
        return process.isAlive();
    }

    /** Stops the process and its children; waits up to 5 s, then kills them. Idempotent. */
    public void stop() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}

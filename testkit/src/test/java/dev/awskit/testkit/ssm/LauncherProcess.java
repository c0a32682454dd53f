package dev.awskit.testkit.ssm;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link SsmEmulatorLauncher} as a real separate process ({@code java -cp} with the test classpath) on a free
 * port of 127.0.0.1, stopped by the test with SIGTERM.
 */
final class LauncherProcess implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+)");

    private final Process process;
    private final BufferedReader out;
    private final URI endpoint;

    private LauncherProcess(Process process, BufferedReader out, URI endpoint) {
        this.process = process;
        this.out = out;
        this.endpoint = endpoint;
    }

    static LauncherProcess start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SsmEmulatorLauncher.class.getName(), "--port", "0"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        String line;
        while ((line = out.readLine()) != null) {
            seen.append(line).append('\n');
            Matcher listening = LISTENING.matcher(line);
            if (listening.find()) {
                return new LauncherProcess(process, out, URI.create(listening.group(1)));
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("the launcher exited before listening:\n" + seen);
    }

    URI endpoint() {
        return endpoint;
    }

    /**
     * Sends SIGTERM and waits for the process to end.
     *
     * @return what it printed after its endpoint line
     */
    String stop() throws IOException, InterruptedException {
        CompletableFuture<String> rest = CompletableFuture.supplyAsync(() -> {
            StringBuilder text = new StringBuilder();
            try {
                String line;
                while ((line = out.readLine()) != null) {
                    text.append(line).append('\n');
                }
            } catch (IOException e) {
                text.append(e);
            }
            return text.toString();
        });
        // The handle's destroy sends SIGTERM and, unlike Process.destroy, leaves the output readable.
        process.toHandle().destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the launcher did not stop on SIGTERM");
        }
        return rest.join();
    }

    boolean alive() {
        return process.isAlive();
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}

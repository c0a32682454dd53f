package dev.awskit.testkit.ssm;

import dev.awskit.core.time.VirtualTime;
import dev.awskit.testkit.ssm.internal.LauncherOptions;
import dev.awskit.testkit.ssm.internal.RunbookJson;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the {@link SsmAutomationEmulator} as a process, so any SDK, boto3 or the AWS CLI can drive it the way
 * {@code moto_server} is driven:
 *
 * <pre>{@code
 * java -jar testkit/target/ssm-emulator.jar --port 5100 --forward-to http://127.0.0.1:5000 \
 *     --ec2-endpoint http://127.0.0.1:5000 --runbooks runbooks.json
 * aws --endpoint-url http://127.0.0.1:5100 ssm start-automation-execution --document-name Deploy
 * }</pre>
 *
 * It prints {@code SSM Automation emulator listening on <endpoint>} once it serves, and
 * {@code SSM Automation emulator stopped} when SIGTERM (or Ctrl-C) stops it. Exit code 2 for bad usage.
 * Options: {@code --port}, {@code --host}, {@code --forward-to}, {@code --ec2-endpoint}, {@code --runbooks},
 * {@code --virtual-time}, {@code --help}.
 */
public final class SsmEmulatorLauncher {
    private SsmEmulatorLauncher() {
    }

    /**
     * Starts the emulator and serves until the process is stopped.
     *
     * @param args the command line
     * @throws InterruptedException if interrupted while serving
     */
    public static void main(String[] args) throws InterruptedException {
        SsmAutomationEmulator emulator;
        try {
            emulator = start(System.out, args);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            System.err.println("ssm-emulator: " + e.getMessage());
            System.err.println(LauncherOptions.USAGE);
            System.exit(2);
            return;
        }
        if (emulator == null) {
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            emulator.close();
            System.out.println("SSM Automation emulator stopped");
            System.out.flush();
            stopped.countDown();
        }, "ssm-emulator-shutdown"));
        stopped.await();
    }

    /**
     * Starts the emulator the command line describes and prints its endpoint; the caller closes it.
     *
     * @param out where the endpoint (or the usage, for {@code --help}) is printed
     * @param args the command line
     * @return the running emulator, or {@code null} after {@code --help}
     * @throws IllegalArgumentException for a bad argument or runbook file, naming it
     * @throws UncheckedIOException if the port cannot be bound or a runbook file read
     */
    public static SsmAutomationEmulator start(PrintStream out, String... args) {
        LauncherOptions options = LauncherOptions.parse(args);
        if (options.help()) {
            out.println(LauncherOptions.USAGE);
            return null;
        }
        SsmAutomationEmulator.Builder builder = SsmAutomationEmulator.builder().port(options.port())
                .bindAddress(address(options.host()));
        if (options.forwardTo() != null) {
            builder.forwardTo(options.forwardTo());
        }
        if (options.ec2Endpoint() != null) {
            builder.ec2Endpoint(options.ec2Endpoint());
        }
        if (options.virtualTime()) {
            builder.timeSource(VirtualTime.startingAt(Instant.now()));
        }
        SsmAutomationEmulator emulator = builder.start();
        try {
            for (Path file : options.runbooks()) {
                RunbookJson.read(Files.readString(file)).forEach(emulator::register);
            }
        } catch (IOException e) {
            emulator.close();
            throw new UncheckedIOException("cannot read runbooks: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            emulator.close();
            throw e;
        }
        out.println("SSM Automation emulator listening on " + emulator.endpoint()
                + (options.forwardTo() == null ? "" : " (forwarding to " + options.forwardTo() + ")")
                + (options.virtualTime() ? " on virtual time" : ""));
        out.flush();
        return emulator;
    }

    private static InetAddress address(String host) {
        try {
            return InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("--host is not a known address: '" + host + "'", e);
        }
    }
}

package dev.awskit.testkit;

import dev.awskit.testkit.internal.SharedEmulator;
import dev.awskit.core.client.ClientSettings;
import dev.awskit.testkit.internal.MotoHttp;
import dev.awskit.testkit.internal.MotoProcess;
import java.net.URI;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A moto server: one local process that emulates S3, DynamoDB, SSM Parameter Store, Secrets Manager, SQS,
 * STS and more.
 *
 * <pre>{@code
 * MotoServer moto = MotoServer.shared();              // in tests; or MotoExtension resolves it
 * try (S3Client s3 = moto.client(S3Client.builder())) { ... }
 *
 * try (MotoServer own = MotoServer.start()) { ... }   // outside JUnit: a process of your own
 * }</pre>
 *
 * <p>{@link #shared()} uses the moto at {@code MOTO_ENDPOINT} when that variable is set; otherwise it starts
 * {@code moto_server -H 127.0.0.1 -p <free port>} once per JVM and stops it when the JVM exits (or when the
 * JUnit run ends, through {@link MotoExtension}). The process's output goes to {@code target/moto-server-PORT.log}
 * (a temporary file when there is no {@code target} folder).
 *
 * <p>Thread-safe. Tests sharing one server isolate themselves with {@link #reset()} (the extension does it
 * before each test) or with unique resource names.
 */
public final class MotoServer implements AwsEmulator, AutoCloseable {
    /** Environment variable naming an already running moto server, e.g. {@code http://127.0.0.1:5000}. */
    public static final String ENDPOINT_VARIABLE = "MOTO_ENDPOINT";

    private static final Logger LOG = LoggerFactory.getLogger(MotoServer.class);
    private static final SharedEmulator<MotoServer> SHARED = new SharedEmulator<>(MotoServer::fromEnvironmentOrStart, e -> !e.closed);

    private final URI endpoint;
    private final MotoProcess process;
    private final Thread shutdownHook;
    private final ClientSettings settings;
    private volatile boolean closed;

    private MotoServer(URI endpoint, MotoProcess process) {
        this.endpoint = endpoint;
        this.process = process;
        this.settings = ClientSettings.emulator(endpoint);
        if (process == null) {
            this.shutdownHook = null;
        } else {
            this.shutdownHook = new Thread(process::stop, "awskit-moto-shutdown");
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        }
    }

    /**
     * Returns the JVM's shared moto server, starting it on first use (or connecting to {@code MOTO_ENDPOINT}).
     * A failure to start is remembered, so later calls fail fast the same way.
     *
     * @return the running shared server
     * @throws org.opentest4j.TestAbortedException if moto is unavailable and {@code CI} is not {@code true}:
     *     JUnit reports the test as skipped
     * @throws EmulatorUnavailableException if moto is unavailable and {@code CI=true}
     */
    public static MotoServer shared() {
        return SHARED.get();
    }

    /**
     * Starts a new moto server that the caller owns and stops with {@link #close()}. Works outside JUnit.
     *
     * @return the running server
     * @throws EmulatorUnavailableException if {@code moto_server} is not on the {@code PATH} or does not start
     */
    public static MotoServer start() {
        MotoProcess process = MotoProcess.start();
        return new MotoServer(process.endpoint(), process);
    }

    /**
     * Uses a moto server that runs already; {@link #close()} leaves it running.
     *
     * @param endpoint its base URL, e.g. {@code http://127.0.0.1:5000}
     * @return a handle on it
     * @throws EmulatorUnavailableException if nothing answers at {@code endpoint}
     * @throws IllegalArgumentException if {@code endpoint} is not an absolute http(s) URL
     */
    public static MotoServer connect(URI endpoint) {
        Objects.requireNonNull(endpoint, "endpoint");
        ClientSettings.builder().endpointOverride(endpoint); // rejects a URL that is not absolute http(s)
        if (!MotoHttp.answers(endpoint)) {
            throw new EmulatorUnavailableException("no moto server answers at " + endpoint, null);
        }
        return new MotoServer(endpoint, null);
    }

    /**
     * Tells, without starting anything, whether {@link #shared()} can expect a moto server: {@code MOTO_ENDPOINT}
     * is set or {@code moto_server} is on the {@code PATH}.
     *
     * @return whether moto looks available
     */
    public static boolean isAvailable() {
        String configured = System.getenv(ENDPOINT_VARIABLE);
        return (configured != null && !configured.isBlank()) || MotoProcess.findExecutable().isPresent();
    }

    private static MotoServer fromEnvironmentOrStart() {
        String configured = System.getenv(ENDPOINT_VARIABLE);
        if (configured != null && !configured.isBlank()) {
            URI uri;
            try {
                uri = URI.create(configured.trim());
            } catch (IllegalArgumentException e) {
                throw new EmulatorUnavailableException(ENDPOINT_VARIABLE + " is not a URL: '" + configured + "'", e);
            }
            LOG.info("using the moto server at {} ({})", uri, ENDPOINT_VARIABLE);
            return connect(uri);
        }
        return start();
    }

    @Override
    public URI endpoint() {
        return endpoint;
    }

    /**
     * Clears all state in moto ({@code POST /moto-api/reset}): buckets, tables, parameters, secrets, queues.
     *
     * @throws dev.awskit.core.AwsKitException if moto does not answer
     */
    public void reset() {
        MotoHttp.reset(endpoint);
    }

    /**
     * Returns {@link ClientSettings#emulator(URI)} for this server.
     *
     * @return the settings
     */
    @Override
    public ClientSettings settings() {
        return settings;
    }

    /**
     * Tells whether this handle started the process (and so stops it on {@link #close()}).
     *
     * @return {@code true} for a server from {@link #start()}
     */
    public boolean ownsProcess() {
        return process != null;
    }

    /**
     * Stops the process if this handle started it; a connected server keeps running. Idempotent.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (process != null) {
            process.stop();
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException shuttingDown) {
                // The hook runs (or ran) anyway.
            }
            LOG.info("moto_server at {} stopped", endpoint);
        }
    }

    @Override
    public String toString() {
        return "MotoServer[" + endpoint + (process != null ? ", owned" : ", connected") + (closed ? ", closed" : "") + "]";
    }
}

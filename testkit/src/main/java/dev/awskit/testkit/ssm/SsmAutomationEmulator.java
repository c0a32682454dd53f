package dev.awskit.testkit.ssm;

import com.sun.net.httpserver.HttpServer;
import dev.awskit.core.client.ClientSettings;
import dev.awskit.core.time.TimeSource;
import dev.awskit.testkit.ssm.internal.AutomationApi;
import dev.awskit.testkit.ssm.internal.Ec2Runbooks;
import dev.awskit.testkit.ssm.internal.EmulatorHandler;
import dev.awskit.testkit.ssm.internal.ExecutionState;
import dev.awskit.testkit.ssm.internal.FaultPlan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.services.ec2.Ec2Client;

/**
 * An SSM Automation emulator on 127.0.0.1 speaking the real AWS JSON 1.1 protocol, so tests drive it with a
 * real {@code SsmAsyncClient} (endpoint override) and the SDK's own marshalling, retries and error mapping.
 * It answers {@code StartAutomationExecution}, {@code GetAutomationExecution}, {@code StopAutomationExecution},
 * {@code DescribeAutomationStepExecutions}, {@code DescribeAutomationExecutions} and
 * {@code SendAutomationSignal}; any other operation goes to {@link Builder#forwardTo(URI)} (moto), so one
 * client serves Parameter Store and Automation.
 *
 * <pre>{@code
 * try (SsmAutomationEmulator ssm = SsmAutomationEmulator.builder().forwardTo(moto.endpoint()).start()) {
 *     ssm.register(Runbook.builder("Deploy").step(RunbookStep.builder("build").ticks(2).build()).build());
 *     SsmAsyncClient client = ssm.settings().client(SsmAsyncClient.builder());
 *     ...
 *     assertThat(ssm.calls("StartAutomationExecution")).isEqualTo(1);
 * }
 * }</pre>
 *
 * <p>Executions follow their {@link Runbook}, one tick per {@code GetAutomationExecution} call, so a test
 * controls exactly what each poll sees. {@code ClientToken} is honored: a start repeated with the same token
 * returns the same execution. Errors have the AWS shape ({@code {"__type": ..., "message": ...}}) and status,
 * so the SDK raises {@code AutomationExecutionNotFoundException}, {@code ThrottlingException} and so on.
 * Thread-safe.
 */
public final class SsmAutomationEmulator implements AutoCloseable {
    private static final AtomicInteger SERVERS = new AtomicInteger();

    private final HttpServer server;
    private final ExecutorService executor;
    private final AutomationApi api;
    private final FaultPlan faults = new FaultPlan();
    private final EmulatorHandler handler;
    private final Ec2Client ec2;

    private SsmAutomationEmulator(Builder b) throws IOException {
        this.api = new AutomationApi(b.timeSource, b.maxStepsInGet);
        this.handler = new EmulatorHandler(api, faults, b.forwardTo);
        this.ec2 = b.ec2Endpoint == null ? null : ClientSettings.emulator(b.ec2Endpoint).client(Ec2Client.builder());
        if (ec2 != null) {
            Ec2Runbooks.create(ec2).forEach(api::register);
        }
        int number = SERVERS.incrementAndGet();
        AtomicInteger threads = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(b.threads, runnable -> {
            Thread thread = new Thread(runnable, "ssm-emulator-" + number + "-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        server.createContext("/", handler);
        server.setExecutor(executor);
        server.start();
    }

    /**
     * Starts an emulator with no forward endpoint and no EC2 runbooks.
     *
     * @return a running emulator; close it when done
     */
    public static SsmAutomationEmulator start() {
        return builder().start();
    }

    /**
     * Starts a configuration.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the endpoint to give an SDK client, e.g. {@code http://127.0.0.1:54321} */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** @return {@link ClientSettings#emulator(URI)} for this endpoint */
    public ClientSettings settings() {
        return ClientSettings.emulator(endpoint());
    }

    /**
     * Registers (or replaces) the runbook played for its document name.
     *
     * @param runbook the runbook
     * @return this emulator
     */
    public SsmAutomationEmulator register(Runbook runbook) {
        api.register(Objects.requireNonNull(runbook, "runbook"));
        return this;
    }

    /**
     * Returns how many calls of an operation arrived, including throttled, failed and forwarded ones.
     *
     * @param operation e.g. {@code GetAutomationExecution}
     * @return the count
     */
    public int calls(String operation) {
        return handler.calls(operation);
    }

    /** @return calls per operation, sorted by name */
    public Map<String, Integer> calls() {
        return handler.calls();
    }

    /**
     * Answers the next {@code times} calls of {@code operation} with {@code ThrottlingException} (HTTP 400).
     *
     * @param operation e.g. {@code GetAutomationExecution}
     * @param times how many calls
     * @return this emulator
     */
    public SsmAutomationEmulator throttle(String operation, int times) {
        faults.throttle(operation, times);
        return this;
    }

    /**
     * Answers the next {@code times} calls of {@code operation} with HTTP 500 without doing anything.
     *
     * @param operation the operation
     * @param times how many calls
     * @return this emulator
     */
    public SsmAutomationEmulator serverError(String operation, int times) {
        faults.serverError(operation, times, false);
        return this;
    }

    /**
     * Does the work of the next {@code times} calls of {@code operation}, then answers HTTP 500, as when an
     * answer is lost on the way back: the case a client token exists for.
     *
     * @param operation the operation
     * @param times how many calls
     * @return this emulator
     */
    public SsmAutomationEmulator serverErrorAfterProcessing(String operation, int times) {
        faults.serverError(operation, times, true);
        return this;
    }

    /** @return every execution started, in order */
    public List<EmulatedExecution> executions() {
        return api.executions().stream().map(SsmAutomationEmulator::snapshot).toList();
    }

    /**
     * Returns one execution.
     *
     * @param executionId the id
     * @return the execution, or empty when unknown
     */
    public Optional<EmulatedExecution> execution(String executionId) {
        return api.execution(executionId).map(SsmAutomationEmulator::snapshot);
    }

    /** Forgets executions, call counts and pending faults; registered runbooks stay. */
    public void reset() {
        api.clearExecutions();
        handler.reset();
    }

    /** Stops the server and closes the EC2 client it created. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        if (ec2 != null) {
            ec2.close();
        }
    }

    @Override
    public String toString() {
        return "SsmAutomationEmulator[" + endpoint() + "]";
    }

    private static EmulatedExecution snapshot(ExecutionState state) {
        return new EmulatedExecution(state.id(), state.runbook().documentName(), state.parameters(), state.status(),
                state.gets(), state.signals());
    }

    /** Configures an {@link SsmAutomationEmulator}. */
    public static final class Builder {
        private URI forwardTo;
        private URI ec2Endpoint;
        private TimeSource timeSource = TimeSource.system();
        private int maxStepsInGet = 100;
        private int threads = 8;

        private Builder() {
        }

        /**
         * Forwards operations the emulator does not answer (Parameter Store, Run Command, ...) to this SSM
         * endpoint, typically moto's.
         *
         * @param ssmEndpoint the endpoint
         * @return this builder
         */
        public Builder forwardTo(URI ssmEndpoint) {
            this.forwardTo = Objects.requireNonNull(ssmEndpoint, "ssmEndpoint");
            return this;
        }

        /**
         * Registers {@code AWS-StartEC2Instance} and {@code AWS-StopEC2Instance}, whose steps start and stop the
         * instances named by {@code InstanceId} in this EC2 endpoint (moto), with emulator credentials.
         *
         * @param ec2Endpoint the EC2 endpoint
         * @return this builder
         */
        public Builder ec2Endpoint(URI ec2Endpoint) {
            this.ec2Endpoint = Objects.requireNonNull(ec2Endpoint, "ec2Endpoint");
            return this;
        }

        /**
         * Stamps start and end times from {@code timeSource}; default system time.
         *
         * @param timeSource the clock
         * @return this builder
         */
        public Builder timeSource(TimeSource timeSource) {
            this.timeSource = Objects.requireNonNull(timeSource, "timeSource");
            return this;
        }

        /**
         * Sets how many steps {@code GetAutomationExecution} returns before it reports the list truncated;
         * default 100.
         *
         * @param maxStepsInGet 1 or more
         * @return this builder
         */
        public Builder maxStepsInGet(int maxStepsInGet) {
            if (maxStepsInGet < 1) {
                throw new IllegalArgumentException("maxStepsInGet must be 1 or more: " + maxStepsInGet);
            }
            this.maxStepsInGet = maxStepsInGet;
            return this;
        }

        /**
         * Sets the number of request threads; default 8.
         *
         * @param threads 1 or more
         * @return this builder
         */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be 1 or more: " + threads);
            }
            this.threads = threads;
            return this;
        }

        /**
         * Starts the emulator on a free port of 127.0.0.1.
         *
         * @return the running emulator
         * @throws UncheckedIOException if the server cannot bind
         */
        public SsmAutomationEmulator start() {
            try {
                return new SsmAutomationEmulator(this);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the SSM Automation emulator", e);
            }
        }
    }
}

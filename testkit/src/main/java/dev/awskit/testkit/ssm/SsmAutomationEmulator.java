package dev.awskit.testkit.ssm;

import com.sun.net.httpserver.HttpServer;
import dev.awskit.core.client.ClientSettings;
import dev.awskit.core.time.TimeSource;
import dev.awskit.core.time.VirtualTime;
import dev.awskit.testkit.ssm.internal.AutomationApi;
import dev.awskit.testkit.ssm.internal.Ec2Runbooks;
import dev.awskit.testkit.ssm.internal.EmulatorClock;
import dev.awskit.testkit.ssm.internal.ExecutionState;
import dev.awskit.testkit.internal.fault.CallCounts;
import dev.awskit.testkit.ssm.internal.http.ControlApi;
import dev.awskit.testkit.ssm.internal.http.EmulatorHandler;
import dev.awskit.testkit.ssm.internal.http.FaultPlan;
import dev.awskit.testkit.ssm.internal.http.NoDelay;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.services.ec2.Ec2Client;

/**
 * An SSM Automation emulator speaking the real AWS JSON 1.1 protocol, so any client drives it: the Java SDK
 * with an endpoint override, boto3, the AWS CLI. It answers {@code StartAutomationExecution},
 * {@code GetAutomationExecution}, {@code StopAutomationExecution}, {@code DescribeAutomationStepExecutions},
 * {@code DescribeAutomationExecutions} and {@code SendAutomationSignal}; any other operation goes to
 * {@link Builder#forwardTo(URI)} (moto), so one client serves Parameter Store and Automation.
 *
 * <pre>{@code
 * VirtualTime time = VirtualTime.create();
 * try (SsmAutomationEmulator ssm = SsmAutomationEmulator.builder().timeSource(time).start()) {
 *     ssm.register(Runbook.builder("Deploy")
 *             .step(RunbookStep.builder("build").duration(Duration.ofMinutes(30)).build()).build());
 *     SsmClient client = ssm.settings().client(SsmClient.builder());
 *     String id = client.startAutomationExecution(r -> r.documentName("Deploy")).automationExecutionId();
 *     time.advance(Duration.ofMinutes(30));                     // the run ends; nobody polled
 *     assertThat(ssm.execution(id).orElseThrow().status()).isEqualTo("Success");
 * }
 * }</pre>
 *
 * <p>Executions run on the emulator's own clock, whoever polls: wall time by default (a scheduler of its own),
 * or a {@link VirtualTime} a test advances. Each request is checked as the service checks it, against the
 * constraints of the SSM service model ({@code ValidationException}), then by meaning
 * ({@code AutomationDefinitionVersionNotFoundException}, {@code IdempotentParameterMismatch},
 * {@code InvalidAutomationSignalException}, {@code InvalidNextToken}, ...); errors have the AWS shape and status,
 * so every SDK raises its own modeled exception. A bug answers {@code InternalServerError} with a request id,
 * never an exception's text. {@code /emulator-api/} offers reset, runbook registration and virtual time to
 * clients outside the JVM; {@link SsmEmulatorLauncher} runs the emulator as a process.
 *
 * <p>The emulator sets the JDK HTTP server's {@code sun.net.httpserver.nodelay} to {@code true} when it is unset:
 * without TCP_NODELAY each answer waits some 40 ms for a delayed ACK. Thread-safe.
 */
public final class SsmAutomationEmulator implements AutoCloseable {
    private static final AtomicInteger SERVERS = new AtomicInteger();

    private final HttpServer server;
    private final ExecutorService executor;
    private final EmulatorClock clock;
    private final VirtualTime virtualTime;
    private final AutomationApi api;
    private final FaultPlan faults = new FaultPlan();
    private final CallCounts calls = new CallCounts();
    private final Ec2Client ec2;
    private final AtomicBoolean closed = new AtomicBoolean();

    private SsmAutomationEmulator(Builder b) throws IOException {
        this.clock = b.clock();
        this.virtualTime = b.virtualTime();
        this.api = new AutomationApi(clock, b.maxStepsInGet);
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
        NoDelay.enable();
        this.server = HttpServer.create(new InetSocketAddress(b.bindAddress, b.port), 256);
        server.createContext("/", new EmulatorHandler(api::handle, AutomationApi.OPERATIONS, faults, calls, b.forwardTo));
        server.createContext("/emulator-api/", new ControlApi(new Control(), calls));
        server.setExecutor(executor);
        server.start();
    }

    /**
     * Starts an emulator on wall time with no forward endpoint and no EC2 runbooks.
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
        InetAddress address = server.getAddress().getAddress();
        String host = address.isAnyLocalAddress() ? "127.0.0.1" : address.getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + server.getAddress().getPort());
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
        return calls.get(operation);
    }

    /** @return calls per operation, sorted by name */
    public Map<String, Integer> calls() {
        return calls.snapshot();
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

    /** @return every execution started, in order, as it is now */
    public List<EmulatedExecution> executions() {
        return api.executions().stream().map(SsmAutomationEmulator::snapshot).toList();
    }

    /**
     * Returns one execution as it is now.
     *
     * @param executionId the id
     * @return the execution, or empty when unknown
     */
    public Optional<EmulatedExecution> execution(String executionId) {
        return api.execution(executionId).map(SsmAutomationEmulator::snapshot);
    }

    /** Forgets executions (their pending steps never run), client tokens, call counts and pending faults; runbooks stay. */
    public void reset() {
        api.clearExecutions();
        calls.clear();
        faults.clear();
    }

    /** @return whether {@link #close()} was called */
    public boolean isClosed() {
        return closed.get();
    }

    /**
     * Stops the server, its own scheduler and the EC2 client it created; a given scheduler is left alone.
     * Closing twice does nothing.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        server.stop(0);
        executor.shutdownNow();
        api.clearExecutions();
        clock.close();
        if (ec2 != null) {
            ec2.close();
        }
    }

    @Override
    public String toString() {
        return "SsmAutomationEmulator[" + endpoint() + (virtualTime == null ? "" : ", virtual time") + "]";
    }

    private static EmulatedExecution snapshot(ExecutionState state) {
        return new EmulatedExecution(state.id(), state.runbook().documentName(), state.parameters(), state.status(),
                state.gets(), state.signals());
    }

    /** The control API's view of this emulator. */
    private final class Control implements ControlApi.Target {
        @Override
        public void reset() {
            SsmAutomationEmulator.this.reset();
        }

        @Override
        public void register(Runbook runbook) {
            SsmAutomationEmulator.this.register(runbook);
        }

        @Override
        public boolean advance(Duration amount) {
            if (virtualTime == null) {
                return false;
            }
            virtualTime.advance(amount);
            return true;
        }
    }

    /** Configures an {@link SsmAutomationEmulator}. Not thread-safe. */
    public static final class Builder {
        private URI forwardTo;
        private URI ec2Endpoint;
        private TimeSource timeSource;
        private ScheduledExecutorService scheduler;
        private int maxStepsInGet = 100;
        private int threads = 8;
        private int port;
        private InetAddress bindAddress = InetAddress.getLoopbackAddress();

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
         * Registers {@code AWS-StartEC2Instance} and {@code AWS-StopEC2Instance} (parameters {@code InstanceId},
         * required, and {@code AutomationAssumeRole}), whose steps start and stop the instances in this EC2
         * endpoint (moto), with emulator credentials.
         *
         * @param ec2Endpoint the EC2 endpoint
         * @return this builder
         */
        public Builder ec2Endpoint(URI ec2Endpoint) {
            this.ec2Endpoint = Objects.requireNonNull(ec2Endpoint, "ec2Endpoint");
            return this;
        }

        /**
         * Sets the clock executions read: default the system's. A {@link VirtualTime} is also the scheduler unless
         * {@link #scheduler(ScheduledExecutorService)} says otherwise, so
         * {@code timeSource(virtualTime)} alone runs executions on virtual time: they move only when the test
         * advances it, step actions run inside its {@code advance}, and {@code POST /emulator-api/time} advances it.
         *
         * @param timeSource stamps start and end times
         * @return this builder
         */
        public Builder timeSource(TimeSource timeSource) {
            this.timeSource = Objects.requireNonNull(timeSource, "timeSource");
            return this;
        }

        /**
         * Sets the scheduler that moves executions on; it must run tasks on the time source's time. The emulator
         * never shuts a given scheduler down. Default: the time source when it is a {@link VirtualTime}, else a
         * scheduler of its own on wall time (two daemon threads, shut down by {@link #close()}).
         *
         * @param scheduler moves executions on
         * @return this builder
         */
        public Builder scheduler(ScheduledExecutorService scheduler) {
            this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
            return this;
        }

        private EmulatorClock clock() {
            ScheduledExecutorService given = scheduler != null ? scheduler
                    : timeSource instanceof VirtualTime virtual ? virtual : null;
            if (given == null) {
                return timeSource == null ? EmulatorClock.system() : EmulatorClock.system(timeSource);
            }
            return EmulatorClock.of(timeSource != null ? timeSource
                    : given instanceof TimeSource own ? own : TimeSource.system(), given);
        }

        private VirtualTime virtualTime() {
            return timeSource instanceof VirtualTime virtual && (scheduler == null || scheduler == virtual) ? virtual
                    : null;
        }

        /**
         * Sets how many steps {@code GetAutomationExecution} returns before it reports the list truncated;
         * default 100.
         *
         * @param maxStepsInGet 1 or more
         * @return this builder
         * @throws IllegalArgumentException if {@code maxStepsInGet < 1}
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
         * @throws IllegalArgumentException if {@code threads < 1}
         */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be 1 or more: " + threads);
            }
            this.threads = threads;
            return this;
        }

        /**
         * Sets the port; default 0, a free one ({@link #endpoint()} tells which).
         *
         * @param port 0 to 65535
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder port(int port) {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port must be 0 to 65535: " + port);
            }
            this.port = port;
            return this;
        }

        /**
         * Sets the address to listen on; default the loopback address (127.0.0.1), so nothing outside the
         * machine reaches the emulator.
         *
         * @param address e.g. {@code InetAddress.getByName("0.0.0.0")} inside a container
         * @return this builder
         */
        public Builder bindAddress(InetAddress address) {
            this.bindAddress = Objects.requireNonNull(address, "address");
            return this;
        }

        /**
         * Starts the emulator.
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

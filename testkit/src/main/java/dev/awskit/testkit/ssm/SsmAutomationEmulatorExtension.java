package dev.awskit.testkit.ssm;

import dev.awskit.core.time.VirtualTime;
import dev.awskit.testkit.ssm.internal.EmulatorFixture;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import software.amazon.awssdk.services.ssm.SsmAsyncClient;
import software.amazon.awssdk.services.ssm.SsmClient;

/**
 * JUnit 5 extension for the {@link SsmAutomationEmulator}: one emulator per JVM (per configuration), reset
 * before each test (executions, client tokens, call counts and faults; runbooks stay), and ready clients built
 * with {@link SsmEmulatorPreset} (SDK retries 5 ms apart).
 *
 * <pre>{@code
 * @ExtendWith(SsmAutomationEmulatorExtension.class)
 * class DeployTest {
 *     @Test
 *     void deploy_whenStepFails_reportsIt(SsmAutomationEmulator ssm, SsmAsyncClient client) {
 *         ssm.register(Runbook.builder("Deploy").step(RunbookStep.builder("build").fails("boom").build()).build());
 *         SsmAutomationHelper helper = SsmAutomationHelper.builder(client)
 *                 .backoff(SsmEmulatorPreset.pollBackoff()).build();   // 10 ms polls, not 2.5 s
 *         ...
 *     }
 * }
 *
 * // forwarding to the JVM's moto (Parameter Store, EC2 runbooks), or virtual time:
 * @RegisterExtension
 * static final SsmAutomationEmulatorExtension SSM = SsmAutomationEmulatorExtension.builder().forwardToMoto().build();
 * }</pre>
 *
 * <p>Resolves parameters of type {@link SsmAutomationEmulator}, {@link SsmAsyncClient}, {@link SsmClient},
 * {@link URI} (the endpoint) and, with {@link Builder#virtualTime()}, {@link VirtualTime}. Shared emulators stop
 * when the JUnit run ends; a virtual-time emulator belongs to its test class and stops after it. With
 * {@link Builder#forwardToMoto()}, tests are skipped when moto is unavailable, or fail with {@code CI=true}.
 * Tests sharing an emulator must not run in parallel (the reset would wipe another test's executions).
 */
public final class SsmAutomationEmulatorExtension implements BeforeEachCallback, AfterAllCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(SsmAutomationEmulatorExtension.class);
    private static final Map<EmulatorFixture.Config, EmulatorFixture> SHARED = new ConcurrentHashMap<>();

    private final EmulatorFixture.Config config;
    private EmulatorFixture owned;

    /** Creates the default extension: the JVM's shared emulator on wall time, no forwarding, reset per test. */
    public SsmAutomationEmulatorExtension() {
        this(new EmulatorFixture.Config(false, 100, false));
    }

    private SsmAutomationEmulatorExtension(EmulatorFixture.Config config) {
        this.config = config;
    }

    /**
     * Starts a configuration, for a {@code @RegisterExtension} field.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        fixture(context).emulator().reset();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        closeOwned();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == SsmAutomationEmulator.class || type == SsmAsyncClient.class || type == SsmClient.class
                || type == URI.class || (type == VirtualTime.class && config.virtualTime());
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        EmulatorFixture fixture = fixture(context);
        Class<?> type = parameter.getParameter().getType();
        if (type == SsmAsyncClient.class) {
            return fixture.asyncClient();
        }
        if (type == SsmClient.class) {
            return fixture.client();
        }
        if (type == URI.class) {
            return fixture.emulator().endpoint();
        }
        return type == VirtualTime.class ? fixture.time() : fixture.emulator();
    }

    /**
     * Returns the emulator, e.g. to register runbooks in a {@code @BeforeAll} method.
     *
     * @return the running emulator
     */
    public SsmAutomationEmulator emulator() {
        return fixture(null).emulator();
    }

    /** @return the ready async client (emulator credentials, fast retries); the extension closes it */
    public SsmAsyncClient asyncClient() {
        return fixture(null).asyncClient();
    }

    /** @return the ready sync client (emulator credentials, fast retries); the extension closes it */
    public SsmClient client() {
        return fixture(null).client();
    }

    /**
     * Returns the virtual time executions run on.
     *
     * @return the clock and scheduler the test advances
     * @throws IllegalStateException unless built with {@link Builder#virtualTime()}
     */
    public VirtualTime time() {
        if (!config.virtualTime()) {
            throw new IllegalStateException("this extension runs on wall time; build it with virtualTime()");
        }
        return fixture(null).time();
    }

    private EmulatorFixture fixture(ExtensionContext context) {
        if (!config.virtualTime()) {
            EmulatorFixture shared = SHARED.compute(config, (key, old) -> old == null || old.closed()
                    ? EmulatorFixture.start(key) : old);
            if (context != null) {
                // Stop the shared emulator when the whole JUnit run ends, not at the end of this class.
                context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(config, key -> shared::close,
                        ExtensionContext.Store.CloseableResource.class);
            }
            return shared;
        }
        synchronized (this) {
            if (owned == null || owned.closed()) {
                owned = EmulatorFixture.start(config);
            }
            return owned;
        }
    }

    private synchronized void closeOwned() {
        if (owned != null) {
            owned.close();
            owned = null;
        }
    }

    /** Configures an {@link SsmAutomationEmulatorExtension}. Not thread-safe. */
    public static final class Builder {
        private boolean forwardToMoto;
        private int maxStepsInGet = 100;
        private boolean virtualTime;

        private Builder() {
        }

        /**
         * Forwards every operation but Automation to the JVM's shared moto server, and plays
         * {@code AWS-StartEC2Instance}/{@code AWS-StopEC2Instance} on its EC2.
         *
         * @return this builder
         */
        public Builder forwardToMoto() {
            this.forwardToMoto = true;
            return this;
        }

        /**
         * Sets how many steps {@code GetAutomationExecution} returns before it reports them truncated; default 100.
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
         * Runs the emulator on a {@link VirtualTime} of its own (injectable as a parameter, or {@link #time()}):
         * executions move only when the test advances it. Such an emulator belongs to the test class.
         *
         * @return this builder
         */
        public Builder virtualTime() {
            this.virtualTime = true;
            return this;
        }

        /**
         * Builds the extension.
         *
         * @return the extension
         */
        public SsmAutomationEmulatorExtension build() {
            return new SsmAutomationEmulatorExtension(new EmulatorFixture.Config(forwardToMoto, maxStepsInGet,
                    virtualTime));
        }
    }
}

package dev.awskit.testkit;

import dev.awskit.core.client.ClientSettings;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;

/**
 * JUnit 5 extension that gives tests the JVM's shared {@link MotoServer} and resets moto before each test,
 * so every test starts from an empty account.
 *
 * <pre>{@code
 * @ExtendWith(MotoExtension.class)
 * class OrdersTest {
 *     @Test
 *     void save_storesItem(MotoServer moto, ClientSettings settings) { ... }
 * }
 *
 * // or, to reach the server from fields:
 * @RegisterExtension static final MotoExtension MOTO = new MotoExtension();
 * }</pre>
 *
 * <p>Resolves parameters of type {@link MotoServer} and {@link ClientSettings} (the emulator preset). Tests that
 * run in parallel use {@link #withoutReset()} and unique resource names. When moto
 * cannot be found or started, each test is reported as skipped, or fails when the environment variable
 * {@code CI} is {@code true}. The server is stopped when the JUnit run ends (and at the latest when the JVM
 * exits).
 */
public final class MotoExtension implements BeforeEachCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(MotoExtension.class);

    private final boolean resetBeforeEach;

    /** Creates the extension that resets moto before each test; all instances share the one server of the JVM. */
    public MotoExtension() {
        this(true);
    }

    private MotoExtension(boolean resetBeforeEach) {
        this.resetBeforeEach = resetBeforeEach;
    }

    /**
     * Returns an extension that leaves moto's state alone between tests, for tests that run in parallel (a reset
     * would wipe another test's resources) and isolate themselves with unique names instead.
     *
     * @return the extension, for a {@code @RegisterExtension} field
     */
    public static MotoExtension withoutReset() {
        return new MotoExtension(false);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        MotoServer server = server(context);
        if (resetBeforeEach) {
            server.reset();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == MotoServer.class || type == ClientSettings.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        MotoServer server = server(context);
        return parameter.getParameter().getType() == MotoServer.class ? server : server.settings();
    }

    /**
     * Returns the shared server, for use from {@code @RegisterExtension} fields.
     *
     * @return the running server
     * @throws org.opentest4j.TestAbortedException if moto is unavailable outside CI
     * @throws EmulatorUnavailableException if moto is unavailable on CI
     */
    public MotoServer server() {
        return MotoServer.shared();
    }

    /**
     * Builds a client for the shared server; the caller closes it.
     *
     * @param builder any SDK client builder
     * @param <B> the builder type
     * @param <C> the client type
     * @return the configured client
     */
    public <B extends AwsClientBuilder<B, C>, C> C client(B builder) {
        return server().client(builder);
    }

    private static MotoServer server(ExtensionContext context) {
        MotoServer server = MotoServer.shared();
        // Stop the server when the whole JUnit run ends, not at the end of this class.
        context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(StopAtEnd.class, key -> new StopAtEnd(server), StopAtEnd.class);
        return server;
    }

    /** Closes the shared server with the root context. */
    private static final class StopAtEnd implements ExtensionContext.Store.CloseableResource {
        private final MotoServer server;

        StopAtEnd(MotoServer server) {
            this.server = server;
        }

        @Override
        public void close() {
            server.close();
        }
    }
}

package dev.awskit.testkit;

import dev.awskit.testkit.internal.SharedEmulator;
import dev.awskit.core.client.ClientSettings;
import dev.awskit.testkit.internal.DynamoDbLocalServer;
import dev.awskit.testkit.internal.OptionalDependency;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * DynamoDB Local running in this JVM, in memory, on a free 127.0.0.1 port, with telemetry off.
 *
 * <pre>{@code
 * DynamoDbLocal ddb = DynamoDbLocal.shared();        // or resolved by DynamoDbLocalExtension
 * try (DynamoDbClient client = ddb.client(DynamoDbClient.builder())) { ... }
 * }</pre>
 *
 * <p>Faster than moto for DynamoDB-heavy tests and closer to the service's validation rules. Its waiters work
 * when built on the client: {@code DynamoDbWaiter.builder().client(client).build()}.
 *
 * <p>DynamoDB Local is an optional dependency of awskit-testkit: add {@code com.amazonaws:DynamoDBLocal} (scope
 * test; awskit-bom manages its version) to use this class, which otherwise fails naming those coordinates.
 *
 * <p>Thread-safe. Starting takes about two seconds; the shared instance starts once per JVM and stops when the
 * JVM exits.
 */
public final class DynamoDbLocal implements AwsEmulator, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DynamoDbLocal.class);
    private static final SharedEmulator<DynamoDbLocal> SHARED = new SharedEmulator<>(DynamoDbLocal::start, e -> !e.closed);

    private final DynamoDbLocalServer server;
    private final ClientSettings settings;
    private final Thread shutdownHook;
    private volatile boolean closed;

    private DynamoDbLocal(DynamoDbLocalServer server) {
        this.server = server;
        this.settings = ClientSettings.emulator(server.endpoint());
        this.shutdownHook = new Thread(server::stop, "awskit-dynamodb-local-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Returns the JVM's shared instance, starting it on first use.
     *
     * @return the running instance
     * @throws IllegalStateException naming the Maven coordinates to add if DynamoDB Local is not on the class
     *     path (testkit does not bring it)
     * @throws org.opentest4j.TestAbortedException if it cannot start and {@code CI} is not {@code true}
     * @throws EmulatorUnavailableException if it cannot start and {@code CI=true}
     */
    public static DynamoDbLocal shared() {
        return SHARED.get();
    }

    /**
     * Starts a new instance that the caller owns and stops with {@link #close()}.
     *
     * @return the running instance
     * @throws IllegalStateException naming the Maven coordinates to add if DynamoDB Local is not on the class
     *     path (testkit does not bring it)
     * @throws EmulatorUnavailableException if DynamoDB Local does not start
     */
    public static DynamoDbLocal start() {
        OptionalDependency.DYNAMODB_LOCAL.require("DynamoDbLocalExtension (DynamoDbLocal)");
        return new DynamoDbLocal(DynamoDbLocalServer.start());
    }

    @Override
    public URI endpoint() {
        return server.endpoint();
    }

    @Override
    public ClientSettings settings() {
        return settings;
    }

    /**
     * Deletes every table, so the next test starts empty. {@link DynamoDbLocalExtension} calls it before each
     * test.
     */
    public void reset() {
        try (DynamoDbClient client = client(DynamoDbClient.builder())) {
            client.listTablesPaginator().tableNames().forEach(name -> client.deleteTable(b -> b.tableName(name)));
        }
    }

    /** Stops the server. Idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        server.stop();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // The hook runs (or ran) anyway.
        }
        LOG.info("DynamoDB Local at {} stopped", server.endpoint());
    }

    @Override
    public String toString() {
        return "DynamoDbLocal[" + server.endpoint() + (closed ? ", closed" : "") + "]";
    }
}

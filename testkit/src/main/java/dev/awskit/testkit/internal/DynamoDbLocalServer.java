package dev.awskit.testkit.internal;

import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import dev.awskit.testkit.EmulatorUnavailableException;
import java.lang.reflect.Field;
import java.net.URI;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts DynamoDB Local's Jetty server in this JVM: in memory, telemetry off ({@code -disableTelemetry}, so no
 * system property or environment variable is needed), bound to 127.0.0.1, on a free port (retried on a clash).
 */
public final class DynamoDbLocalServer {
    private static final Logger LOG = LoggerFactory.getLogger(DynamoDbLocalServer.class);
    private static final int START_TRIES = 3;

    private final DynamoDBProxyServer server;
    private final URI endpoint;

    private DynamoDbLocalServer(DynamoDBProxyServer server, URI endpoint) {
        this.server = server;
        this.endpoint = endpoint;
    }

    /**
     * Starts a server. Call only where {@link OptionalDependency#DYNAMODB_LOCAL} is present.
     *
     * @return the running server
     * @throws EmulatorUnavailableException if DynamoDB Local fails to start
     */
    public static DynamoDbLocalServer start() {
        Exception failure = null;
        for (int attempt = 1; attempt <= START_TRIES; attempt++) {
            int port = FreePort.find();
            DynamoDBProxyServer server = null;
            try {
                server = ServerRunner.createServerFromCommandLineArgs(
                        new String[] {"-inMemory", "-port", Integer.toString(port), "-disableTelemetry"});
                bindToLoopback(server);
                server.start();
                URI endpoint = URI.create("http://127.0.0.1:" + port);
                LOG.info("DynamoDB Local ready at {}", endpoint);
                return new DynamoDbLocalServer(server, endpoint);
            } catch (Exception e) {
                LOG.warn("DynamoDB Local did not start on port {} (try {} of {}): {}", port, attempt, START_TRIES,
                        e.toString());
                stopQuietly(server);
                failure = e;
            }
        }
        throw new EmulatorUnavailableException("DynamoDB Local did not start: " + failure, failure);
    }

    /** DynamoDB Local has no host option and would listen on every interface; tests listen on loopback only. */
    private static void bindToLoopback(DynamoDBProxyServer proxy) {
        try {
            Field field = DynamoDBProxyServer.class.getDeclaredField("server");
            field.setAccessible(true);
            Server jetty = (Server) field.get(proxy);
            for (Connector connector : jetty.getConnectors()) {
                if (connector instanceof ServerConnector network) {
                    network.setHost("127.0.0.1");
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warn("could not bind DynamoDB Local to 127.0.0.1 only; it listens on all interfaces: {}", e.toString());
        }
    }

    /** @return the server's base URL */
    public URI endpoint() {
        return endpoint;
    }

    /** Stops the server. Idempotent. */
    public void stop() {
        stopQuietly(server);
    }

    private static void stopQuietly(DynamoDBProxyServer server) {
        if (server == null) {
            return;
        }
        try {
            server.stop();
        } catch (Exception e) {
            LOG.debug("stopping DynamoDB Local failed", e);
        }
    }
}

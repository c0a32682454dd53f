package dev.awskit.testkit;

import dev.awskit.core.client.ClientSettings;
import dev.awskit.testkit.internal.DockerProbe;
import dev.awskit.testkit.internal.LocalStackContainer;
import dev.awskit.testkit.internal.OptionalDependency;
import java.net.URI;
import org.opentest4j.TestAbortedException;

/**
 * LocalStack in a Docker container, started through {@code cloud.localstack:localstack-utils} (an optional
 * dependency: add it to your test dependencies to use this class).
 *
 * <pre>{@code
 * @ExtendWith(LocalStackExtension.class)
 * class QueueTest {
 *     @Test
 *     void send_thenReceive(LocalStack localStack) {
 *         try (SqsClient sqs = localStack.client(SqsClient.builder())) { ... }
 *     }
 * }
 * }</pre>
 *
 * <p>Where no Docker engine answers, {@link #shared()} aborts the test, which JUnit reports as skipped, on CI too
 * (LocalStack is an extra, not the default emulator). Where localstack-utils is missing it fails, naming the
 * coordinates to add ({@code cloud.localstack:localstack-utils}, scope test; awskit-bom manages its version).
 *
 * <p>Thread-safe. The shared container starts once per JVM; it is stopped when the JVM exits.
 */
public final class LocalStack implements AwsEmulator {
    private static final Object SHARED_LOCK = new Object();
    private static LocalStack shared;
    private static String sharedUnavailable;

    private final URI endpoint;
    private final ClientSettings settings;

    private LocalStack(URI endpoint) {
        this.endpoint = endpoint;
        this.settings = ClientSettings.emulator(endpoint);
    }

    /**
     * Returns the JVM's LocalStack, starting its container on first use.
     *
     * @return the running LocalStack
     * @throws IllegalStateException naming the Maven coordinates to add if localstack-utils is not on the class
     *     path (testkit does not bring it)
     * @throws TestAbortedException if no Docker engine answers
     * @throws EmulatorUnavailableException if the container fails to start although Docker is present
     */
    public static LocalStack shared() {
        synchronized (SHARED_LOCK) {
            if (shared != null) {
                return shared;
            }
            OptionalDependency.LOCALSTACK_UTILS.require("LocalStackExtension (LocalStack)");
            if (sharedUnavailable == null) {
                sharedUnavailable = unavailableReason();
            }
            if (!sharedUnavailable.isEmpty()) {
                throw new TestAbortedException(sharedUnavailable);
            }
            shared = new LocalStack(LocalStackContainer.start());
            return shared;
        }
    }

    /**
     * Tells, without starting anything, whether LocalStack can run here: localstack-utils is on the class path
     * and a Docker engine answers {@code docker info}.
     *
     * @return whether {@link #shared()} can start LocalStack
     */
    public static boolean isAvailable() {
        return unavailableReason().isEmpty();
    }

    private static String unavailableReason() {
        if (!OptionalDependency.LOCALSTACK_UTILS.present()) {
            return "cloud.localstack:localstack-utils is not on the test class path";
        }
        return DockerProbe.engineAnswers() ? "" : "LocalStack skipped: no Docker engine answers 'docker info'";
    }

    @Override
    public URI endpoint() {
        return endpoint;
    }

    @Override
    public ClientSettings settings() {
        return settings;
    }

    @Override
    public String toString() {
        return "LocalStack[" + endpoint + "]";
    }
}

package dev.awskit.testkit.internal;

import dev.awskit.testkit.EmulatorUnavailableException;
import java.net.URI;

/**
 * Starts LocalStack through localstack-utils; its types are touched only when
 * {@link OptionalDependency#LOCALSTACK_UTILS} is present.
 */
public final class LocalStackContainer {
    private LocalStackContainer() {
    }

    /**
     * Starts the container and registers a JVM shutdown hook that stops it.
     *
     * @return LocalStack's edge endpoint
     * @throws EmulatorUnavailableException if the container does not start
     */
    public static URI start() {
        try {
            return Library.start();
        } catch (RuntimeException e) {
            throw new EmulatorUnavailableException("LocalStack did not start: " + e.getMessage(), e);
        }
    }

    /** Loaded only when localstack-utils is present. */
    private static final class Library {
        static URI start() {
            cloud.localstack.Localstack localstack = cloud.localstack.Localstack.INSTANCE;
            if (!localstack.isRunning()) {
                localstack.startup(cloud.localstack.docker.annotation.LocalstackDockerConfiguration.builder()
                        .randomizePorts(true)
                        .build());
                Runtime.getRuntime().addShutdownHook(new Thread(localstack::stop, "awskit-localstack-shutdown"));
            }
            return URI.create(localstack.endpointForPort(localstack.getEdgePort()));
        }
    }
}

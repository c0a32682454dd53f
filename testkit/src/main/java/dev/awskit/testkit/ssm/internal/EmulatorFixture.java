package dev.awskit.testkit.ssm.internal;

import dev.awskit.core.time.VirtualTime;
import dev.awskit.testkit.MotoServer;
import dev.awskit.testkit.ssm.SsmAutomationEmulator;
import dev.awskit.testkit.ssm.SsmEmulatorPreset;
import java.time.Instant;
import software.amazon.awssdk.services.ssm.SsmAsyncClient;
import software.amazon.awssdk.services.ssm.SsmClient;

/**
 * One emulator of the JUnit extension with its ready clients, created on first use and closed together.
 * Thread-safe.
 */
public final class EmulatorFixture implements AutoCloseable {
    private final SsmAutomationEmulator emulator;
    private final VirtualTime time;
    private SsmAsyncClient asyncClient;
    private SsmClient client;

    /**
     * What an extension asks for; equal configurations share one emulator on wall time.
     *
     * @param forwardToMoto forward to the JVM's moto and play the EC2 runbooks on it
     * @param maxStepsInGet steps Get returns before it reports them truncated
     * @param virtualTime run on a virtual time of its own
     */
    public record Config(boolean forwardToMoto, int maxStepsInGet, boolean virtualTime) {
    }

    private EmulatorFixture(SsmAutomationEmulator emulator, VirtualTime time) {
        this.emulator = emulator;
        this.time = time;
    }

    /**
     * Starts the emulator a configuration describes.
     *
     * @param config the configuration
     * @return the fixture
     */
    public static EmulatorFixture start(Config config) {
        SsmAutomationEmulator.Builder builder = SsmAutomationEmulator.builder().maxStepsInGet(config.maxStepsInGet());
        if (config.forwardToMoto()) {
            MotoServer moto = MotoServer.shared();
            builder.forwardTo(moto.endpoint()).ec2Endpoint(moto.endpoint());
        }
        VirtualTime time = config.virtualTime() ? VirtualTime.startingAt(Instant.parse("2026-01-01T00:00:00Z")) : null;
        if (time != null) {
            builder.timeSource(time);
        }
        return new EmulatorFixture(builder.start(), time);
    }

    /** @return the emulator */
    public SsmAutomationEmulator emulator() {
        return emulator;
    }

    /** @return the virtual time, or {@code null} on wall time */
    public VirtualTime time() {
        return time;
    }

    /** @return the async client, created on first use */
    public synchronized SsmAsyncClient asyncClient() {
        if (asyncClient == null) {
            asyncClient = SsmEmulatorPreset.settings(emulator.endpoint()).client(SsmAsyncClient.builder());
        }
        return asyncClient;
    }

    /** @return the sync client, created on first use */
    public synchronized SsmClient client() {
        if (client == null) {
            client = SsmEmulatorPreset.settings(emulator.endpoint()).client(SsmClient.builder());
        }
        return client;
    }

    /** @return whether it was closed */
    public boolean closed() {
        return emulator.isClosed();
    }

    @Override
    public synchronized void close() {
        if (asyncClient != null) {
            asyncClient.close();
        }
        if (client != null) {
            client.close();
        }
        emulator.close();
        if (time != null) {
            time.shutdownNow();
        }
    }
}

package dev.awskit.examples.cloudjob;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Stands in for the Datadog agent on this machine: a UDP socket on {@code 127.0.0.1} and a free port that collects the
 * datagrams a {@link StatsdMetricsSink} sends, so a scenario or test can show what reached the agent. Not thread-safe.
 */
public final class StatsdReceiver implements AutoCloseable {
    private final DatagramSocket socket;

    private StatsdReceiver(DatagramSocket socket) {
        this.socket = socket;
    }

    /**
     * Binds a socket on the loopback address and a free port.
     *
     * @return the receiver
     * @throws UncheckedIOException if no socket can be bound
     */
    public static StatsdReceiver start() {
        try {
            return new StatsdReceiver(new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind a UDP socket on 127.0.0.1", e);
        }
    }

    /** @return where to send datagrams */
    public InetSocketAddress address() {
        return (InetSocketAddress) socket.getLocalSocketAddress();
    }

    /**
     * Waits for datagrams, blocking the calling thread.
     *
     * @param count how many to wait for
     * @param timeout how long to wait for each one at most
     * @return the datagrams received, in order; fewer than {@code count} when one did not arrive in time
     * @throws IllegalArgumentException if {@code count} is negative or {@code timeout} is not positive
     */
    public List<String> receive(int count, Duration timeout) {
        if (count < 0 || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("count must be >= 0 and timeout positive: " + count + ", " + timeout);
        }
        List<String> received = new ArrayList<>();
        byte[] buffer = new byte[8192];
        try {
            socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, timeout.toMillis()));
            while (received.size() < count) {
                DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
                socket.receive(packet);
                received.add(new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8));
            }
        } catch (SocketTimeoutException e) {
            return received;
        } catch (IOException e) {
            throw new UncheckedIOException("receiving statsd datagrams failed", e);
        }
        return received;
    }

    /** Closes the socket. */
    @Override
    public void close() {
        socket.close();
    }
}

package dev.awskit.examples.cloudjob;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends gauges and events as DogStatsD datagrams over UDP to a Datadog agent, as Datadog's statsd client does: one
 * datagram per call, fire and forget. The channel is non-blocking, so a call never waits: a datagram the socket
 * cannot take at once is dropped and counted ({@link #dropped()}), as statsd clients drop rather than slow the caller.
 * Thread-safe; close it to release the socket.
 *
 * <pre>{@code
 * try (StatsdMetricsSink statsd = StatsdMetricsSink.create()) {     // 127.0.0.1:8125, the agent's default
 *     statsd.gauge("cloud_job.images", 12000, List.of("job:train-1"));  // cloud_job.images:12000|g|#job:train-1
 * }
 * }</pre>
 */
public final class StatsdMetricsSink implements MetricsSink, AutoCloseable {
    /** The port a Datadog agent listens on for DogStatsD. */
    public static final int DEFAULT_PORT = 8125;

    private static final Logger LOG = LoggerFactory.getLogger(StatsdMetricsSink.class);
    private static final Pattern METRIC = Pattern.compile("[A-Za-z][A-Za-z0-9_.]{0,199}");

    private final InetSocketAddress agent;
    private final DatagramChannel channel;
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicInteger dropped = new AtomicInteger();

    private StatsdMetricsSink(InetSocketAddress agent) {
        this.agent = Objects.requireNonNull(agent, "agent");
        try {
            this.channel = DatagramChannel.open();
            channel.configureBlocking(false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open a UDP socket for statsd", e);
        }
    }

    /**
     * Sends to the agent on this machine, {@code 127.0.0.1:8125}.
     *
     * @return the sink
     * @throws UncheckedIOException if no UDP socket can be opened
     */
    public static StatsdMetricsSink create() {
        return create(new InetSocketAddress(InetAddress.getLoopbackAddress(), DEFAULT_PORT));
    }

    /**
     * Sends to the agent at {@code agent}.
     *
     * @param agent the agent's address and port
     * @return the sink
     * @throws NullPointerException if {@code agent} is null
     * @throws UncheckedIOException if no UDP socket can be opened
     */
    public static StatsdMetricsSink create(InetSocketAddress agent) {
        return new StatsdMetricsSink(agent);
    }

    /**
     * Sends {@code <metric>:<value>|g|#<tags>}.
     *
     * @throws IllegalArgumentException if the metric is not ASCII letters, digits, '_' and '.', starting with a
     *     letter, if the value is not finite, or if a tag holds ',', '|', '#' or a line break
     */
    @Override
    public void gauge(String metric, double value, List<String> tags) {
        if (metric == null || !METRIC.matcher(metric).matches()) {
            throw new IllegalArgumentException("metric must be ASCII letters, digits, '_' and '.': '" + metric + "'");
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(metric + ": value must be finite: " + value);
        }
        send(metric + ":" + BigDecimal.valueOf(value).stripTrailingZeros().toPlainString() + "|g" + tags(tags));
    }

    /**
     * Sends {@code _e{<title length>,<text length>}:<title>|<text>|t:<alert type>|#<tags>}; line breaks in the text
     * are sent as {@code \n}, as DogStatsD expects.
     *
     * @throws IllegalArgumentException if the title is blank or holds a line break, or a tag is bad
     */
    @Override
    public void event(String title, String text, AlertType alertType, List<String> tags) {
        if (title == null || title.isBlank() || title.contains("\n") || title.contains("\r")) {
            throw new IllegalArgumentException("event title must be one non-blank line: '" + title + "'");
        }
        Objects.requireNonNull(alertType, "alertType");
        String body = Objects.requireNonNull(text, "text").replace("\r\n", "\\n").replace("\n", "\\n");
        send("_e{" + utf8Length(title) + "," + utf8Length(body) + "}:" + title + "|" + body + "|t:"
                + alertType.wireName() + tags(tags));
    }

    /** @return datagrams handed to the socket */
    public int sent() {
        return sent.get();
    }

    /** @return datagrams dropped because the socket could not take them at once, or failed */
    public int dropped() {
        return dropped.get();
    }

    /** Closes the socket; later calls are dropped. */
    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            LOG.debug("closing the statsd socket failed: {}", e.toString());
        }
    }

    @Override
    public String toString() {
        return "StatsdMetricsSink[" + agent + ", sent=" + sent + ", dropped=" + dropped + "]";
    }

    private void send(String datagram) {
        try {
            if (channel.send(ByteBuffer.wrap(datagram.getBytes(StandardCharsets.UTF_8)), agent) > 0) {
                sent.incrementAndGet();
                return;
            }
            LOG.warn("statsd datagram to {} dropped: the socket's buffer is full", agent);
        } catch (IOException e) {
            LOG.warn("statsd datagram to {} dropped: {}", agent, e.toString());
        }
        dropped.incrementAndGet();
    }

    private static String tags(List<String> tags) {
        if (tags == null || tags.isEmpty()) {
            return "";
        }
        for (String tag : tags) {
            if (tag == null || tag.isEmpty() || tag.matches(".*[,|#\\r\\n].*")) {
                throw new IllegalArgumentException("tag must be non-empty without ',', '|', '#' or a line break: '"
                        + tag + "'");
            }
        }
        return "|#" + String.join(",", tags);
    }

    private static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}

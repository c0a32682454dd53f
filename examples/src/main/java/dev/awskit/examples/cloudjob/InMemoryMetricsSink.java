package dev.awskit.examples.cloudjob;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Records every gauge and event in memory, in call order: the seed's {@code DataDogStatsDHelper}, which keeps what it
 * was passed so tests can compare expectations with reality. Thread-safe.
 */
public final class InMemoryMetricsSink implements MetricsSink {
    private final List<Gauge> gauges = new CopyOnWriteArrayList<>();
    private final List<Event> events = new CopyOnWriteArrayList<>();

    @Override
    public void gauge(String metric, double value, List<String> tags) {
        gauges.add(new Gauge(metric, value, tags));
    }

    @Override
    public void event(String title, String text, AlertType alertType, List<String> tags) {
        events.add(new Event(title, text, alertType, tags));
    }

    /** @return the gauges recorded so far, in call order */
    public List<Gauge> gauges() {
        return List.copyOf(gauges);
    }

    /** @return the events recorded so far, in call order */
    public List<Event> events() {
        return List.copyOf(events);
    }

    /** Forgets everything recorded, as the seed's {@code setUp} does before each test. */
    public void reset() {
        gauges.clear();
        events.clear();
    }

    /**
     * One gauge call.
     *
     * @param metric the metric
     * @param value the value
     * @param tags the tags
     */
    public record Gauge(String metric, double value, List<String> tags) {
        /**
         * Copies the tags.
         *
         * @throws NullPointerException if a component is null
         */
        public Gauge {
            Objects.requireNonNull(metric, "metric");
            tags = List.copyOf(tags);
        }
    }

    /**
     * One event call.
     *
     * @param title the title
     * @param text the text
     * @param alertType the alert type
     * @param tags the tags
     */
    public record Event(String title, String text, AlertType alertType, List<String> tags) {
        /**
         * Copies the tags.
         *
         * @throws NullPointerException if a component is null
         */
        public Event {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(alertType, "alertType");
            tags = List.copyOf(tags);
        }
    }
}

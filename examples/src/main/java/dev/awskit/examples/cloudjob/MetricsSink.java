package dev.awskit.examples.cloudjob;

import java.util.List;
import java.util.Objects;

/**
 * Where job metrics go: the two calls of Datadog's statsd client the seed's {@code MetricSubmitter} uses, with the same
 * parameters. Implementations: {@link StatsdMetricsSink} (DogStatsD datagrams to an agent) and
 * {@link InMemoryMetricsSink} (records every call, for tests). Implementations are thread-safe and must not block.
 */
public interface MetricsSink {

    /**
     * Records the current value of a metric.
     *
     * @param metric the metric's name, e.g. {@code cloud_job.images}
     * @param value the value
     * @param tags tags such as {@code job:train-1}
     * @throws IllegalArgumentException if the name or a tag cannot be sent
     */
    void gauge(String metric, double value, List<String> tags);

    /**
     * Records an event.
     *
     * @param title the title
     * @param text the text
     * @param alertType how the event counts for monitors
     * @param tags tags such as {@code cloud_job_metric}
     * @throws IllegalArgumentException if a tag cannot be sent
     */
    void event(String title, String text, AlertType alertType, List<String> tags);

    /**
     * Returns a sink that sends every call here and then to {@code next}.
     *
     * @param next the second sink
     * @return both
     */
    default MetricsSink andThen(MetricsSink next) {
        Objects.requireNonNull(next, "next");
        MetricsSink first = this;
        return new MetricsSink() {
            @Override
            public void gauge(String metric, double value, List<String> tags) {
                first.gauge(metric, value, tags);
                next.gauge(metric, value, tags);
            }

            @Override
            public void event(String title, String text, AlertType alertType, List<String> tags) {
                first.event(title, text, alertType, tags);
                next.event(title, text, alertType, tags);
            }
        };
    }
}

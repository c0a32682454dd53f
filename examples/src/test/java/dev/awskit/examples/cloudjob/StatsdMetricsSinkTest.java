package dev.awskit.examples.cloudjob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** DogStatsD datagrams as a real UDP socket on 127.0.0.1 receives them. */
class StatsdMetricsSinkTest {
    private final StatsdReceiver agent = StatsdReceiver.start();
    private final StatsdMetricsSink statsd = StatsdMetricsSink.create(agent.address());

    @AfterEach
    void close() {
        statsd.close();
        agent.close();
    }

    @Test
    void gauge_sendsNameValueTypeAndTags() {
        statsd.gauge("cloud_job.images", 12000, List.of("job:train-1", "env:dev"));
        statsd.gauge("cloud_job.duration_seconds", 61.5, List.of());

        assertThat(agent.receive(2, Duration.ofSeconds(5))).containsExactly(
                "cloud_job.images:12000|g|#job:train-1,env:dev", "cloud_job.duration_seconds:61.5|g");
        assertThat(statsd.sent()).isEqualTo(2);
        assertThat(statsd.dropped()).isZero();
    }

    @Test
    void event_sendsUtf8LengthsEscapedLineBreaksAlertTypeAndTags() {
        statsd.event("Café job", "line one\nline two", AlertType.ERROR, List.of("cloud_job_metric"));

        assertThat(agent.receive(1, Duration.ofSeconds(5))).containsExactly(
                "_e{9,18}:Café job|line one\\nline two|t:error|#cloud_job_metric");
    }

    @Test
    void badNameValueTitleOrTag_isRefusedNamingItAndNothingIsSent() {
        assertThatThrownBy(() -> statsd.gauge("cloud job", 1, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'cloud job'");
        assertThatThrownBy(() -> statsd.gauge("cloud_job.files", Double.NaN, List.of()))
                .hasMessageContaining("NaN");
        assertThatThrownBy(() -> statsd.gauge("cloud_job.files", 1, List.of("a|b")))
                .hasMessageContaining("'a|b'");
        assertThatThrownBy(() -> statsd.event("two\nlines", "text", AlertType.INFO, List.of()))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(statsd.sent()).isZero();
        assertThat(statsd.dropped()).isZero();
    }

    @Test
    void andThen_sendsEveryCallToBothSinks() {
        InMemoryMetricsSink memory = new InMemoryMetricsSink();
        MetricsSink both = statsd.andThen(memory);

        both.gauge("cloud_job.files", 35, List.of("job:train-1"));
        both.event("Cloud job train-1: success", "ok", AlertType.SUCCESS, List.of("cloud_job_metric"));

        assertThat(agent.receive(2, Duration.ofSeconds(5))).hasSize(2);
        assertThat(memory.gauges()).containsExactly(
                new InMemoryMetricsSink.Gauge("cloud_job.files", 35, List.of("job:train-1")));
        assertThat(memory.events()).extracting(InMemoryMetricsSink.Event::alertType).containsExactly(AlertType.SUCCESS);
    }
}

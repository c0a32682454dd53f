package dev.awskit.examples.cloudjob;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awskit.examples.PrintedContext;
import dev.awskit.examples.ScenarioContext;
import dev.awskit.testkit.MotoExtension;
import dev.awskit.testkit.MotoServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Seed 004's cloud job metrics end to end: what the job wrote is what the agent and the memory sink received. */
@ExtendWith(MotoExtension.class)
class CloudJobMetricsScenarioTest {

    @Test
    void submitMetrics_sendsEveryUploadedNumberToBothSinksAndKeepsTheInvalidFilesMessage(MotoServer moto) {
        PrintedContext printed = new PrintedContext(moto.settings());
        ScenarioContext ctx = printed.context();

        CloudJobMetricsScenario.Outcome outcome = CloudJobMetricsScenario.submitMetrics(ctx);

        assertThat(outcome.jobs()).hasSize(5);
        for (JobMetadata job : outcome.jobs()) {
            job.values().forEach((field, value) -> {
                assertThat(outcome.memory().gauges()).contains(new InMemoryMetricsSink.Gauge("cloud_job." + field,
                        value, java.util.List.of("job:" + job.jobName())));
                assertThat(outcome.datagrams()).anyMatch(d -> d.startsWith("cloud_job." + field + ":")
                        && d.endsWith("|g|#job:" + job.jobName()));
            });
        }
        assertThat(outcome.datagrams()).hasSize(15 + 5 + 1)
                .anyMatch(d -> d.contains("|t:error|#cloud_job_metric") && d.contains("jobs/train-6.json"));
        assertThat(outcome.report().failures()).hasSize(1);
        assertThat(outcome.messagesLeft()).isEqualTo(1);
        assertThat(printed.text())
                .contains("MaximumMessageSize=4096, MessageRetentionPeriod=345600, VisibilityTimeout=30")
                .contains("No more messages visible in the queue, shutting down");
    }
}

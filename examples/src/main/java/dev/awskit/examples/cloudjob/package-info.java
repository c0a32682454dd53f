/**
 * Seed 004, "Cloud Service Testing": a periodic job uploads metadata files to a bucket whose notifications go to an
 * SQS queue; the {@link dev.awskit.examples.cloudjob.MetricSubmitter} drains the queue, reads each file and submits
 * gauges and events to a {@link dev.awskit.examples.cloudjob.MetricsSink} (DogStatsD over UDP, or in memory for
 * tests). The scenario is {@link dev.awskit.examples.cloudjob.CloudJobMetricsScenario}.
 */
package dev.awskit.examples.cloudjob;

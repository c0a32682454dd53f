/**
 * Seed 004, "Infrastructure as Code": a function lists an organisation's public repositories and stores them as a
 * gzip-compressed CSV in S3, whose {@code .gz} notification reaches an SQS queue. Start with
 * {@link dev.awskit.examples.iac.RepositoryExportFunction}; the scenario is
 * {@link dev.awskit.examples.iac.RepositoriesToCsvScenario}.
 */
package dev.awskit.examples.iac;

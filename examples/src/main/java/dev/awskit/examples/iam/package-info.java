/**
 * Seed 004, "Identity &amp; Access Management": read a bucket with the base identity, then assume a read-write role
 * through STS to write to it, printing who the caller is before and after. Start with
 * {@link dev.awskit.examples.iam.AssumeRoleWriteScenario}.
 */
package dev.awskit.examples.iam;

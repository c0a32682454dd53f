/**
 * Seed 002, "safe Lambda deployments": the {@code returnS3Buckets} function counting the account's buckets (version 1:
 * all of them; version 2: those starting with "a") and the {@code preTrafficHook} that lets version 2 take traffic only
 * when it answers 9. Start with {@link dev.awskit.examples.buckets.BucketCountScenario}.
 */
package dev.awskit.examples.buckets;

/**
 * Wait schedules between attempts: {@link dev.awskit.core.backoff.Backoff} (fixed, exponential with full jitter and
 * a cap, stepped), usable by awskit's poller and caches, by the SDK's retry strategy and by resilience4j.
 */
package dev.awskit.core.backoff;

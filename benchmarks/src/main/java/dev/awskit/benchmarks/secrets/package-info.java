/** Secrets: cache hits, cold bursts, refreshes and outages, awskit beside caching-java, Powertools and Caffeine. */
package dev.awskit.benchmarks.secrets;

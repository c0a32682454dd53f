/**
 * The refreshing cache engine behind awskit's secret, parameter and item caches: start with
 * {@link dev.awskit.core.cache.RefreshingCache#builder(dev.awskit.core.cache.CacheLoader)} and a
 * {@link dev.awskit.core.cache.CachePolicy} (soft and hard TTL, refresh in the background, stale values served
 * through outages). {@link dev.awskit.core.cache.CacheHandle} reads one key without a map lookup;
 * {@link dev.awskit.core.cache.FailureClassifier} decides which failures end stale serving. Reads fail with
 * {@link dev.awskit.core.cache.CacheLoadException}. Every type with asynchronous reads has a blocking
 * {@code sync()} view.
 */
package dev.awskit.core.cache;

/**
 * The refreshing cache engine behind awskit's secret, parameter and item caches: start with
 * {@link dev.awskit.core.cache.RefreshingCache} and its {@link dev.awskit.core.cache.CachePolicy} (soft and hard
 * TTL, refresh in the background, stale values served through outages). Reads fail with
 * {@link dev.awskit.core.cache.CacheLoadException}.
 */
package dev.awskit.core.cache;

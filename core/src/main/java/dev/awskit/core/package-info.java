/**
 * What every awskit module builds on: the exception root {@link dev.awskit.core.AwsKitException} and the timeout
 * every wait shares ({@link dev.awskit.core.AwsKitTimeoutException}), {@link dev.awskit.core.SecretValue} (a value
 * that never prints), and {@link dev.awskit.core.Futures} for the edge between async and blocking code.
 *
 * <p>Start with the sub-packages: {@code client} ({@code ClientSettings}: one line to configure any SDK client),
 * {@code poll} ({@code Poller}: wait for anything with backoff), {@code cache} ({@code RefreshingCache}),
 * {@code backoff}, {@code time} ({@code VirtualTime} for tests) and {@code json}.
 */
package dev.awskit.core;

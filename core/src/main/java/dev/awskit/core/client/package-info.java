/**
 * Configuring SDK clients: {@link dev.awskit.core.client.ClientSettings} applies a region, profile or credentials,
 * endpoint, retry strategy, timeouts and interceptors to any SDK v2 client builder, and has an emulator preset.
 */
package dev.awskit.core.client;

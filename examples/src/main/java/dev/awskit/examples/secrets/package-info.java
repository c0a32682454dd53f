/**
 * Seed 001 scenarios: DB credentials from a JSON secret picked up again after rotation
 * ({@link dev.awskit.examples.secrets.DbCredentialsRotation}), and the cache extension's {@code config.yaml}
 * preloaded, DynamoDB item included ({@link dev.awskit.examples.secrets.ConfigCachePreload}).
 */
package dev.awskit.examples.secrets;

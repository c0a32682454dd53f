/**
 * Secrets Manager and Parameter Store for awskit: cached reads ({@link dev.awskit.secrets.SecretCache},
 * {@link dev.awskit.secrets.ParameterCache}, and their handles for a value a component reads again and again),
 * uncached Parameter Store reads and writes ({@link dev.awskit.secrets.ParameterStore}), and preloading from a
 * Lambda cache extension style {@code config.yaml} ({@link dev.awskit.secrets.Preloader}). Start with
 * {@code SecretCache.create(client)}; every type has a blocking {@code sync()} view.
 *
 * <p>Cache reads fail with core's {@link dev.awskit.core.cache.CacheLoadException}; every other failure of this
 * module is an {@link dev.awskit.secrets.AwsKitSecretsException}. No value is ever printed: values are
 * {@link dev.awskit.core.SecretValue}s.
 */
package dev.awskit.secrets;

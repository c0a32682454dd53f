package dev.awskit.benchmarks.secrets;

import dev.awskit.core.backoff.Backoff;
import dev.awskit.core.cache.CachePolicy;
import java.time.Duration;
import java.util.function.Function;
import software.amazon.lambda.powertools.parameters.cache.CacheManager;
import software.amazon.lambda.powertools.parameters.secrets.SecretsProvider;

/** The four contenders, each reading {@link FakeBackend#SECRET_ID} as a String through the same backend. */
final class Caches {
    private Caches() {
    }

    /** A named reader: read() returns the secret or throws. */
    record Contender(String name, Function<String, String> reader, AutoCloseable closer) {
        String read() {
            return reader.apply(FakeBackend.SECRET_ID);
        }
    }

    static Contender awsCachingClient(FakeBackend backend, Duration ttl) {
        com.amazonaws.secretsmanager.caching.SecretCache cache = new com.amazonaws.secretsmanager.caching.SecretCache(
                new com.amazonaws.secretsmanager.caching.SecretCacheConfiguration()
                        .withClient(new FakeSecretsManagerClient(backend)).withCacheItemTTL(ttl.toMillis()));
        return new Contender("aws-secretsmanager-caching-java 2.2.0", cache::getSecretString, cache);
    }

    static Contender powertools(FakeBackend backend, Duration ttl) {
        CacheManager manager = new CacheManager();
        manager.setDefaultExpirationTime(ttl);
        SecretsProvider provider = SecretsProvider.builder().withClient(new FakeSecretsManagerClient(backend))
                .withCacheManager(manager).build();
        return new Contender("Powertools parameters 2.9.0", provider::get, () -> { });
    }

    static dev.awskit.secrets.SecretCache awskitCache(FakeBackend backend, Duration softTtl, Duration maxStaleness) {
        Duration hard = softTtl.multipliedBy(3);
        CachePolicy policy = CachePolicy.builder().softTtl(softTtl).hardTtl(hard)
                .maxStaleness(maxStaleness.compareTo(hard) < 0 ? hard : maxStaleness).jitter(0)
                .errorBackoff(Backoff.exponential(Duration.ofMillis(100), Duration.ofSeconds(1)).withoutJitter())
                .build();
        return dev.awskit.secrets.SecretCache.builder(new FakeSecretsManagerAsyncClient(backend))
                .policy(policy).build();
    }

    static Contender awskit(FakeBackend backend, Duration softTtl, Duration maxStaleness) {
        dev.awskit.secrets.SecretCache cache = awskitCache(backend, softTtl, maxStaleness);
        return new Contender("awskit SecretCache", id -> cache.sync().getString(id), cache);
    }
}

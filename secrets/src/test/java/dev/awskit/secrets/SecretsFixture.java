package dev.awskit.secrets;

import dev.awskit.core.backoff.Backoff;
import dev.awskit.core.cache.CachePolicy;
import dev.awskit.core.client.ClientSettings;
import dev.awskit.core.time.VirtualTime;
import dev.awskit.testkit.FaultInjector;
import dev.awskit.testkit.MotoServer;
import java.time.Duration;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerAsyncClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.ssm.SsmAsyncClient;
import software.amazon.awssdk.services.ssm.SsmClient;

/** Clients against moto (cache clients through a fault injector, no SDK retries) and a test policy. */
final class SecretsFixture implements AutoCloseable {
    static final CachePolicy POLICY = CachePolicy.builder()
            .softTtl(Duration.ofMinutes(5)).hardTtl(Duration.ofMinutes(15)).maxStaleness(Duration.ofMinutes(30))
            .jitter(0).errorBackoff(Backoff.exponential(Duration.ofSeconds(1), Duration.ofSeconds(30)).withoutJitter())
            .build();

    VirtualTime time = VirtualTime.create();
    final FaultInjector faults = FaultInjector.create();
    final SecretsManagerClient secretsAdmin;
    final SsmClient ssmAdmin;
    final SecretsManagerAsyncClient secretsClient;
    final SsmAsyncClient ssmClient;
    final SecretsManagerClient secretsSyncClient;
    final SsmClient ssmSyncClient;

    SecretsFixture(MotoServer moto) {
        ClientSettings faulty = moto.settings().toBuilder().addInterceptor(faults)
                .retryStrategy(AwsRetryStrategy.doNotRetry()).build();
        secretsAdmin = moto.client(SecretsManagerClient.builder());
        ssmAdmin = moto.client(SsmClient.builder());
        secretsClient = faulty.client(SecretsManagerAsyncClient.builder());
        ssmClient = faulty.client(SsmAsyncClient.builder());
        secretsSyncClient = faulty.client(SecretsManagerClient.builder());
        ssmSyncClient = faulty.client(SsmClient.builder());
    }

    /** Starts a test: new virtual time, no fault rules, zero counts (moto itself is reset by the extension). */
    SecretsFixture fresh() {
        time = VirtualTime.create();
        faults.clearRules();
        faults.reset();
        return this;
    }

    /** A secret cache in virtual time whose loads finish on the thread that starts them. */
    SecretCache directSecretCache() {
        return SecretCache.builder(DirectClients.secrets(secretsClient)).policy(POLICY)
                .timeSource(time).scheduler(time).build();
    }

    /** A parameter cache in virtual time whose loads finish on the thread that starts them. */
    ParameterCache directParameterCache() {
        return ParameterCache.builder(DirectClients.ssm(ssmClient)).policy(POLICY)
                .timeSource(time).scheduler(time).build();
    }

    /** A secret cache on the sync client whose calls run on the calling thread, in virtual time. */
    SecretCache syncClientSecretCache() {
        return SecretCache.builder(secretsSyncClient).executor(Runnable::run).policy(POLICY)
                .timeSource(time).scheduler(time).build();
    }

    /** A parameter cache on the sync client whose calls run on the calling thread, in virtual time. */
    ParameterCache syncClientParameterCache() {
        return ParameterCache.builder(ssmSyncClient).executor(Runnable::run).policy(POLICY)
                .timeSource(time).scheduler(time).build();
    }

    String createSecret(String name, String value) {
        return secretsAdmin.createSecret(b -> b.name(name).secretString(value)).versionId();
    }

    @Override
    public void close() {
        secretsAdmin.close();
        ssmAdmin.close();
        secretsClient.close();
        ssmClient.close();
        secretsSyncClient.close();
        ssmSyncClient.close();
    }
}

package dev.awskit.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awskit.core.SecretValue;
import dev.awskit.core.cache.CacheLoadException;
import dev.awskit.testkit.MotoServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.ssm.model.ParameterType;

/** The caches on the SDK's sync clients (issue 12): same behaviour, calls off the readers' threads. */
class SyncClientTest extends MotoSecretsTest {

    @Test
    void secretCache_onTheSyncClient_makesOneCallFor256ColdReadersOffTheirThreads(MotoServer moto) throws Exception {
        fx.createSecret("prod/db", "value");
        Set<String> callThreads = ConcurrentHashMap.newKeySet();
        ExecutionInterceptor threads = new ExecutionInterceptor() {
            @Override
            public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
                callThreads.add(Thread.currentThread().getName());
            }
        };
        ExecutorService readers = Executors.newFixedThreadPool(16);
        try (SecretsManagerClient client = moto.settings().toBuilder().addInterceptor(fx.faults)
                        .addInterceptor(threads).build().client(SecretsManagerClient.builder());
                SecretCache cache = SecretCache.create(client)) {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<CompletableFuture<SecretValue>>> reads = new ArrayList<>();
            for (int i = 0; i < 256; i++) {
                reads.add(readers.submit(() -> {
                    start.await();
                    return cache.get("prod/db");
                }));
            }
            start.countDown();
            for (Future<CompletableFuture<SecretValue>> read : reads) {
                assertThat(read.get(30, TimeUnit.SECONDS).get(30, TimeUnit.SECONDS).reveal()).isEqualTo("value");
            }

            assertThat(fx.faults.calls("GetSecretValue")).isEqualTo(1);
            assertThat(callThreads).singleElement().asString().startsWith("awskit-secrets-io-");
            assertThat(cache.sync().getString("prod/db")).isEqualTo("value");
        } finally {
            readers.shutdownNow();
        }
    }

    @Test
    void secretCache_onTheSyncClient_refreshesAfterTheSoftTtlAndServesStaleThroughAnOutage() {
        fx.createSecret("prod/db", "v1");
        try (SecretCache cache = fx.syncClientSecretCache()) {
            assertThat(cache.sync().getString("prod/db")).isEqualTo("v1");
            fx.secretsAdmin.putSecretValue(b -> b.secretId("prod/db").secretString("v2"));
            fx.time.advance(Duration.ofMinutes(6));
            assertThat(cache.sync().getString("prod/db")).isEqualTo("v1");
            fx.time.runDue();
            assertThat(cache.sync().getString("prod/db")).isEqualTo("v2");

            fx.faults.on("GetSecretValue").always().serverError(503);
            for (int minute = 0; minute < 25; minute++) {
                fx.time.advance(Duration.ofMinutes(1));
                assertThat(cache.get("prod/db").getNow(null).reveal()).isEqualTo("v2");
                fx.time.runDue();
            }
            assertThat(cache.stats().staleServed()).isPositive();
        }
    }

    @Test
    void secretCache_onTheSyncClient_failsAMissingSecretLikeTheAsyncOne() {
        try (SecretCache cache = fx.syncClientSecretCache()) {
            assertThatThrownBy(() -> cache.sync().get("nope")).isInstanceOf(CacheLoadException.class)
                    .satisfies(e -> assertThat(((CacheLoadException) e).isNotFound()).isTrue())
                    .hasCauseInstanceOf(software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException.class);
        }
    }

    @Test
    void parameterCache_onTheSyncClient_readsPlainSecureAndByPath() {
        fx.ssmAdmin.putParameter(b -> b.name("/app/level").type(ParameterType.STRING).value("debug"));
        fx.ssmAdmin.putParameter(b -> b.name("/app/key").type(ParameterType.SECURE_STRING).value("k-1"));
        try (ParameterCache cache = fx.syncClientParameterCache()) {
            assertThat(cache.sync().get("/app/level")).isEqualTo("debug");
            assertThat(cache.sync().getSecure("/app/key").reveal()).isEqualTo("k-1");
            assertThat(cache.sync().getByPath("/app")).containsOnlyKeys("/app/level", "/app/key");
            assertThat(cache.sync().get("/app/level")).isEqualTo("debug");
            assertThat(fx.faults.calls("GetParameter")).isEqualTo(2);
        }
    }

    @Test
    void builder_whenAnExecutorIsGivenWithAnAsyncClient_isRejected() {
        assertThatThrownBy(() -> SecretCache.builder(fx.secretsClient).executor(Runnable::run).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("executor");
    }
}

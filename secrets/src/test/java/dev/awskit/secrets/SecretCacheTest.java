package dev.awskit.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awskit.core.SecretValue;
import dev.awskit.core.cache.BatchResult;
import dev.awskit.core.cache.CacheLoadException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;

class SecretCacheTest extends MotoSecretsTest {
    private static final String DB_SECRET = "{\"username\":\"app\",\"password\":\"hunter2-old\",\"port\":3306}";

    record DbCredentials(String username, String password, int port) {
    }

    private SecretCache cache;

    @BeforeEach
    void setUp() {
        cache = fx.directSecretCache();
    }

    @AfterEach
    void tearDown() {
        cache.close();
    }

    @Test
    void get_when256ConcurrentColdReads_callsGetSecretValueOnce() throws Exception {
        fx.createSecret("prod/db", DB_SECRET);
        SecretCache concurrent = SecretCache.builder(fx.secretsClient).policy(SecretsFixture.POLICY)
                .timeSource(fx.time).scheduler(fx.time).build();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<CompletableFuture<SecretValue>>> submitted = new ArrayList<>();
            for (int i = 0; i < 256; i++) {
                submitted.add(pool.submit(() -> {
                    start.await();
                    return concurrent.get("prod/db");
                }));
            }
            start.countDown();
            List<SecretValue> values = new ArrayList<>();
            for (Future<CompletableFuture<SecretValue>> read : submitted) {
                values.add(read.get(30, TimeUnit.SECONDS).get(30, TimeUnit.SECONDS));
            }
            assertThat(values).hasSize(256).allSatisfy(v -> assertThat(v.reveal()).isEqualTo(DB_SECRET));
            assertThat(fx.faults.calls("GetSecretValue")).isEqualTo(1);
        } finally {
            pool.shutdownNow();
            concurrent.close();
        }
    }

    @Test
    void get_afterSoftTtl_returnsOldValueAtOnceAndRefreshesOnce() {
        fx.createSecret("prod/db", "v1");
        assertThat(cache.sync().getString("prod/db")).isEqualTo("v1");
        fx.secretsAdmin.putSecretValue(b -> b.secretId("prod/db").secretString("v2"));
        fx.time.advance(Duration.ofMinutes(6));

        List<CompletableFuture<SecretValue>> reads = IntStream.range(0, 50).mapToObj(i -> cache.get("prod/db")).toList();
        assertThat(reads).allSatisfy(read -> assertThat(read.getNow(null).reveal()).isEqualTo("v1"));
        assertThat(cache.sync().get("prod/db").reveal()).isEqualTo("v1");
        assertThat(fx.faults.calls("GetSecretValue")).isEqualTo(1);

        fx.time.runDue();
        assertThat(fx.faults.calls("GetSecretValue")).isEqualTo(2);
        assertThat(cache.sync().getString("prod/db")).isEqualTo("v2");
        assertThat(fx.faults.calls("GetSecretValue")).isEqualTo(2);
    }

    @Test
    void get_afterRotationThroughPendingStage_picksUpNewValueOnRefresh() {
        String oldVersion = fx.createSecret("prod/db", DB_SECRET);
        assertThat(cache.sync().getField("prod/db", "password").reveal()).isEqualTo("hunter2-old");

        String newVersion = fx.secretsAdmin.putSecretValue(b -> b.secretId("prod/db")
                .secretString(DB_SECRET.replace("hunter2-old", "hunter2-new")).versionStages("AWSPENDING")).versionId();
        assertThat(cache.getField("prod/db", SecretVersion.pending(), "password").join().reveal()).isEqualTo("hunter2-new");
        fx.secretsAdmin.updateSecretVersionStage(b -> b.secretId("prod/db").versionStage("AWSCURRENT")
                .moveToVersionId(newVersion).removeFromVersionId(oldVersion));

        assertThat(cache.sync().getField("prod/db", "password").reveal()).isEqualTo("hunter2-old");
        fx.time.advance(Duration.ofMinutes(5));
        cache.get("prod/db");
        fx.time.runDue();
        assertThat(cache.sync().getField("prod/db", "password").reveal()).isEqualTo("hunter2-new");
        assertThat(cache.getField("prod/db", SecretVersion.previous(), "password").join().reveal())
                .isEqualTo("hunter2-old");
    }

    @Test
    void withSecret_whenCredentialsRejectedAfterRotation_refreshesOnceAndRetries() throws Exception {
        fx.createSecret("prod/db", DB_SECRET);
        cache.sync().get("prod/db");
        fx.secretsAdmin.putSecretValue(b -> b.secretId("prod/db").secretString(DB_SECRET.replace("old", "new")));
        FakeDatabase database = new FakeDatabase(fx);

        String session = cache.sync().withSecret("prod/db",
                e -> e instanceof java.sql.SQLInvalidAuthorizationSpecException, database::connect);

        assertThat(session).isEqualTo("connected as app");
        assertThat(database.attempts).isEqualTo(2);
        assertThat(fx.faults.calls("GetSecretValue")).isEqualTo(2);
        assertThat(cache.sync().getField("prod/db", "password").reveal()).isEqualTo("hunter2-new");
    }

    @Test
    void withSecret_whenActionFailsOtherwise_doesNotRefreshAndRethrowsTheCheckedFailureAsIs() {
        fx.createSecret("prod/db", DB_SECRET);
        java.sql.SQLTimeoutException timeout = new java.sql.SQLTimeoutException("connect timed out");

        java.sql.SQLException thrown = org.junit.jupiter.api.Assertions.assertThrows(java.sql.SQLException.class,
                () -> cache.sync().withSecret("prod/db",
                        e -> e instanceof java.sql.SQLInvalidAuthorizationSpecException, secret -> {
                            throw timeout;
                        }));
        assertThat((Throwable) thrown).isSameAs(timeout);
        assertThat(fx.faults.calls("GetSecretValue")).isEqualTo(1);
    }

    @Test
    void withSecret_whenTheRetryIsRejectedToo_rethrowsTheSecondFailureAsIs() throws Exception {
        fx.createSecret("prod/db", DB_SECRET);
        List<java.sql.SQLException> failures = new ArrayList<>();

        assertThatThrownBy(() -> cache.sync().withSecret("prod/db",
                e -> e instanceof java.sql.SQLInvalidAuthorizationSpecException, secret -> {
                    java.sql.SQLException denied = new java.sql.SQLInvalidAuthorizationSpecException("denied");
                    failures.add(denied);
                    throw denied;
                })).isSameAs(failures.get(1));
        assertThat(failures).hasSize(2);
        assertThat(fx.faults.calls("GetSecretValue")).isEqualTo(2);
    }

    @Test
    void withSecretAsync_whenCredentialsRejected_retriesWithTheRefreshedSecret() {
        fx.createSecret("prod/db", DB_SECRET);
        cache.sync().get("prod/db");
        fx.secretsAdmin.putSecretValue(b -> b.secretId("prod/db").secretString(DB_SECRET.replace("old", "new")));
        FakeDatabase database = new FakeDatabase(fx);

        String session = cache.withSecretAsync("prod/db", e -> e instanceof java.sql.SQLInvalidAuthorizationSpecException,
                secret -> database.connectAsync(secret)).join();

        assertThat(session).isEqualTo("connected as app");
        assertThat(fx.faults.calls("GetSecretValue")).isEqualTo(2);
    }

    @Test
    void get_whenBackendFailsAfterWarmUp_servesStaleUntilMaxStalenessThenTypedErrorWithBackoffCalls() {
        fx.createSecret("prod/db", "v1");
        cache.sync().get("prod/db");
        fx.faults.on("GetSecretValue").always().serverError(503);

        List<Long> callSeconds = new ArrayList<>();
        long firstError = -1;
        for (int second = 1; second <= 40 * 60; second++) {
            fx.time.advance(Duration.ofSeconds(1));
            int before = fx.faults.calls("GetSecretValue");
            CompletableFuture<SecretValue> read = cache.get("prod/db");
            fx.time.runDue();
            if (fx.faults.calls("GetSecretValue") > before) {
                callSeconds.add((long) second);
            }
            if (read.isCompletedExceptionally()) {
                if (firstError < 0) {
                    firstError = second;
                    assertThatThrownBy(read::join).cause().isInstanceOf(CacheLoadException.class)
                            .satisfies(e -> assertThat(((CacheLoadException) e).isStale()).isTrue());
                }
            } else {
                assertThat(firstError).as("no value after the first error").isNegative();
                assertThat(read.join().reveal()).isEqualTo("v1");
            }
        }

        assertThat(firstError).isEqualTo(30 * 60);
        assertThat(callSeconds.get(0)).isEqualTo(300);
        List<Long> gaps = IntStream.range(1, 9).mapToObj(i -> callSeconds.get(i) - callSeconds.get(i - 1)).toList();
        assertThat(gaps).containsExactly(1L, 2L, 4L, 8L, 16L, 30L, 30L, 30L);
        assertThat(callSeconds).hasSizeLessThan(100);
        assertThat(cache.stats().staleServed()).isGreaterThan(1000);
    }

    @Test
    void get_withDifferentOptions_neverSharesEntries() {
        fx.createSecret("prod/db", DB_SECRET);
        fx.secretsAdmin.putSecretValue(b -> b.secretId("prod/db")
                .secretString(DB_SECRET.replace("old", "pending")).versionStages("AWSPENDING"));

        SecretValue whole = cache.sync().get("prod/db");
        Map<String, Object> asMap = castMap(cache.getJson("prod/db", Map.class).join());
        DbCredentials typed = cache.sync().getJson("prod/db", DbCredentials.class);
        SecretValue password = cache.sync().getField("prod/db", "password");
        SecretValue pendingPassword = cache.getField("prod/db", SecretVersion.pending(), "password").join();
        SecretValue port = cache.sync().getField("prod/db", "port");

        assertThat(whole.reveal()).isEqualTo(DB_SECRET);
        assertThat(asMap).containsEntry("password", "hunter2-old");
        assertThat(typed).isEqualTo(new DbCredentials("app", "hunter2-old", 3306));
        assertThat(password.reveal()).isEqualTo("hunter2-old");
        assertThat(pendingPassword.reveal()).isEqualTo("hunter2-pending");
        assertThat(port.reveal()).isEqualTo("3306");
        assertThat(cache.getJson("prod/db", Map.class).join()).isSameAs(asMap);
        assertThat(fx.faults.calls("GetSecretValue")).isEqualTo(2);
    }

    @Test
    void get_binarySecret_returnsTheBytes() {
        byte[] key = {0, 1, 2, (byte) 0xff, 42};
        fx.secretsAdmin.createSecret(b -> b.name("tls/key").secretBinary(SdkBytes.fromByteArray(key)));

        SecretValue value = cache.sync().get("tls/key");
        assertThat(value.isBinary()).isTrue();
        assertThat(value.revealBytes()).containsExactly(key);
        assertThat(cache.sync().getBytes("tls/key")).containsExactly(key);
    }

    @Test
    void getField_whenFieldMissing_failsNamingTheFieldNotTheValue() {
        fx.createSecret("prod/db", DB_SECRET);
        assertThatThrownBy(() -> cache.sync().getField("prod/db", "token"))
                .hasMessageContaining("token").hasMessageNotContaining("hunter2");
    }

    @Test
    void getJson_whenSecretIsNotJson_failsWithoutQuotingIt() {
        fx.createSecret("plain", "hunter2-not-json");
        assertThatThrownBy(() -> cache.sync().getJson("plain", DbCredentials.class))
                .hasMessageContaining("plain").hasMessageNotContaining("hunter2");
    }

    @Test
    void getAll_withMissingId_returnsTheOthersAndReportsTheMissingOne() {
        fx.createSecret("a", "A");
        fx.createSecret("b", "B");

        BatchResult<String, SecretValue> result = cache.sync().getAll(List.of("a", "missing", "b"));

        assertThat(result.values()).containsOnlyKeys("a", "b");
        assertThat(result.values().get("b").reveal()).isEqualTo("B");
        assertThat(result.failures()).containsOnlyKeys("missing");
        assertThat(result.failures().get("missing")).isInstanceOf(CacheLoadException.class)
                .hasCauseInstanceOf(ResourceNotFoundException.class);
        assertThat(fx.faults.calls("BatchGetSecretValue")).isEqualTo(1);
        assertThat(cache.sync().getString("a")).isEqualTo("A");
        assertThat(fx.faults.calls("GetSecretValue")).isZero();
    }

    @Test
    void getAll_with25Ids_makesTwoBatchCalls() {
        List<String> ids = IntStream.range(0, 25).mapToObj(i -> "s" + i).toList();
        ids.forEach(id -> fx.createSecret(id, "value-" + id));

        BatchResult<String, SecretValue> result = cache.sync().getAll(ids);

        assertThat(result.isComplete()).isTrue();
        assertThat(result.values()).hasSize(25);
        assertThat(fx.faults.calls("BatchGetSecretValue")).isEqualTo(2);
    }

    @Test
    void get_usesGetSecretValueOnly() {
        fx.createSecret("prod/db", DB_SECRET);
        cache.sync().get("prod/db");
        cache.sync().getJson("prod/db", DbCredentials.class);
        cache.sync().refreshNow("prod/db");
        assertThat(fx.faults.calls()).containsOnlyKeys("GetSecretValue");
    }

    @Test
    void withSecretAsync_whenTheActionThrowsInsteadOfFailingItsFuture_failsTheResult() {
        fx.createSecret("prod/db", DB_SECRET);
        IllegalStateException bug = new IllegalStateException("bug in the action");

        CompletableFuture<String> result = cache.withSecretAsync("prod/db", e -> false, secret -> {
            throw bug;
        });

        assertThat(result).isCompletedExceptionally();
        assertThat(result.handle((v, e) -> dev.awskit.core.Futures.unwrap(e)).join()).isSameAs(bug);
    }

    @Test
    void get_whenSecretMissing_surfacesNotFoundAndRemembersItBriefly() {
        assertThatThrownBy(() -> cache.sync().get("nope")).isInstanceOf(CacheLoadException.class)
                .hasCauseInstanceOf(ResourceNotFoundException.class)
                .satisfies(e -> assertThat(((CacheLoadException) e).isNotFound()).isTrue())
                .satisfies(e -> assertThat(((CacheLoadException) e).key()).isEqualTo("nope"));
        assertThatThrownBy(() -> cache.sync().get("nope")).isInstanceOf(CacheLoadException.class);
        assertThat(fx.faults.calls("GetSecretValue")).isEqualTo(1);

        fx.createSecret("nope", "now here");
        fx.time.advance(Duration.ofSeconds(1));
        assertThat(cache.sync().getString("nope")).isEqualTo("now here");
    }

    @Test
    void invalidate_dropsEveryVersionOfTheSecret() {
        fx.createSecret("prod/db", "v1");
        cache.sync().get("prod/db");
        fx.secretsAdmin.putSecretValue(b -> b.secretId("prod/db").secretString("v2"));
        cache.invalidate("prod/db");
        assertThat(cache.sync().getString("prod/db")).isEqualTo("v2");
    }

    @Test
    void get_whenIdBlank_failsBeforeAnyCall() {
        assertThatThrownBy(() -> cache.get(" ")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("' '");
        assertThat(fx.faults.calls()).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }

    /** Accepts only the password that is current in Secrets Manager, like a database after rotation. */
    static final class FakeDatabase {
        private final SecretsFixture fx;
        int attempts;

        FakeDatabase(SecretsFixture fx) {
            this.fx = fx;
        }

        CompletableFuture<String> connectAsync(SecretValue secret) {
            try {
                return CompletableFuture.completedFuture(connect(secret));
            } catch (java.sql.SQLException e) {
                return CompletableFuture.failedFuture(e);
            }
        }

        String connect(SecretValue secret) throws java.sql.SQLException {
            attempts++;
            String current = fx.secretsAdmin.getSecretValue(b -> b.secretId("prod/db")).secretString();
            if (!current.equals(secret.reveal())) {
                throw new java.sql.SQLInvalidAuthorizationSpecException("Access denied for user 'app'");
            }
            return "connected as app";
        }
    }
}

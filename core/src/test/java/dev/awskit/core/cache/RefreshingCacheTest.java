package dev.awskit.core.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awskit.core.backoff.Backoff;
import dev.awskit.core.time.VirtualTime;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RefreshingCacheTest {
    private static final RuntimeException OUTAGE = new UncheckedIOException(new IOException("connection reset"));

    private final VirtualTime time = VirtualTime.create();
    private final ScriptedLoader loader = new ScriptedLoader();
    private final CachePolicy policy = CachePolicy.builder()
            .softTtl(Duration.ofMinutes(5)).hardTtl(Duration.ofMinutes(10)).maxStaleness(Duration.ofMinutes(30))
            .jitter(0).errorBackoff(Backoff.exponential(Duration.ofSeconds(1), Duration.ofSeconds(30)).withoutJitter())
            .build();
    private RefreshingCache<String, String> cache = cache(policy);

    private RefreshingCache<String, String> cache(CachePolicy with) {
        return RefreshingCache.builder(loader).policy(with).timeSource(time).scheduler(time).name("test").build();
    }

    @AfterEach
    void close() {
        cache.close();
    }

    private void warm(String value) {
        CompletableFuture<String> first = cache.get("k");
        loader.succeed(value);
        assertThat(first).isCompletedWithValue(value);
    }

    @Test
    void get_whenManyThreadsMissTogether_loadsOnceAndAllGetTheValue() throws Exception {
        int readers = 64;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<java.util.concurrent.Future<CompletableFuture<String>>> reads = new ArrayList<>();
        for (int i = 0; i < readers; i++) {
            reads.add(pool.submit(() -> {
                start.await();
                return cache.get("k");
            }));
        }
        start.countDown();
        List<CompletableFuture<String>> futures = new ArrayList<>();
        for (var read : reads) {
            futures.add(read.get(30, TimeUnit.SECONDS));
        }
        pool.shutdown();
        loader.succeed("v1");

        assertThat(loader.calls).hasValue(1);
        assertThat(futures).allSatisfy(f -> assertThat(f).isCompletedWithValue("v1"));
        assertThat(cache.stats().loadSuccesses()).isEqualTo(1);
    }

    @Test
    void get_afterSoftTtl_servesCurrentValueAtOnceAndRefreshesOnce() {
        warm("v1");
        time.advance(Duration.ofMinutes(6));

        List<CompletableFuture<String>> during = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            during.add(cache.get("k"));
        }
        assertThat(during).allSatisfy(f -> assertThat(f).isCompletedWithValue("v1"));
        time.runDue();
        assertThat(loader.calls).hasValue(2);
        assertThat(cache.get("k")).isCompletedWithValue("v1");

        loader.succeed("v2");
        assertThat(cache.get("k")).isCompletedWithValue("v2");
        assertThat(loader.calls).hasValue(2);
    }

    @Test
    void get_afterHardTtlWithoutReads_dropsTheEntryAndWaitsForANewLoad() {
        warm("v1");
        time.advance(Duration.ofMinutes(11));

        CompletableFuture<String> read = cache.get("k");
        assertThat(read).isNotDone();
        loader.succeed("v2");
        assertThat(read).isCompletedWithValue("v2");
        assertThat(cache.stats().expirations()).isEqualTo(1);
    }

    @Test
    void get_whenRefreshOutlivesHardTtl_readersWaitForIt() {
        warm("v1");
        time.advance(Duration.ofMinutes(6));
        cache.get("k");
        time.runDue();
        time.advance(Duration.ofMinutes(5));

        CompletableFuture<String> read = cache.get("k");
        assertThat(read).isNotDone();
        loader.succeed("v2");
        assertThat(read).isCompletedWithValue("v2");
    }

    @Test
    void get_whenBackendFailsAfterWarmUp_servesStaleUntilMaxStalenessThenFailsTyped() {
        warm("v1");
        List<Long> callTimes = new ArrayList<>();
        int errors = 0;
        // One read per virtual second for 40 minutes; every load fails at once.
        for (int second = 0; second < 40 * 60; second++) {
            time.advance(Duration.ofSeconds(1));
            int before = loader.calls.get();
            CompletableFuture<String> read = cache.get("k");
            time.runDue();
            if (loader.calls.get() > before) {
                callTimes.add(time.elapsed().toSeconds());
                loader.fail(OUTAGE);
            }
            if (read.isCompletedExceptionally()) {
                errors++;
                if (errors == 1) {
                    assertThat(time.elapsed()).isGreaterThanOrEqualTo(Duration.ofMinutes(30));
                    assertThatThrownBy(read::join).cause().isInstanceOf(CacheLoadException.class)
                            .satisfies(e -> assertThat(((CacheLoadException) e).isStale()).isTrue());
                }
            } else {
                assertThat(read).isCompletedWithValue("v1");
            }
        }
        assertThat(errors).isPositive();
        // First refresh at the soft TTL, then waits of 1, 2, 4, 8, 16, 30, 30 ... seconds between attempts.
        assertThat(callTimes.get(0)).isEqualTo(300);
        List<Long> gaps = new ArrayList<>();
        for (int i = 1; i < 8; i++) {
            gaps.add(callTimes.get(i) - callTimes.get(i - 1));
        }
        assertThat(gaps).containsExactly(1L, 2L, 4L, 8L, 16L, 30L, 30L);
        assertThat(cache.stats().staleServed()).isPositive();
    }

    @Test
    void get_whenFirstLoadFails_remembersTheFailureForTheBackoffDelay() {
        CompletableFuture<String> first = cache.get("k");
        loader.fail(OUTAGE);
        assertThatThrownBy(first::join).cause().isInstanceOf(CacheLoadException.class).hasCause(OUTAGE);

        for (int i = 0; i < 100; i++) {
            assertThat(cache.get("k")).isCompletedExceptionally();
        }
        assertThat(loader.calls).hasValue(1);

        time.advance(Duration.ofSeconds(1));
        CompletableFuture<String> retry = cache.get("k");
        assertThat(loader.calls).hasValue(2);
        loader.succeed("v1");
        assertThat(retry).isCompletedWithValue("v1");
    }


    @Test
    void getIfFresh_returnsOnlyValuesYoungerThanTheSoftTtlAndStartsNothing() {
        assertThat(cache.getIfFresh("k")).isNull();
        assertThat(loader.calls).hasValue(0);
        warm("v1");
        assertThat(cache.getIfFresh("k")).isEqualTo("v1");

        time.advance(Duration.ofMinutes(6));
        assertThat(cache.getIfFresh("k")).isNull();
        assertThat(loader.calls).hasValue(1);
        cache.get("k");
        time.runDue();
        assertThat(cache.getIfFresh("k")).isNull();
        loader.succeed("v2");
        assertThat(cache.getIfFresh("k")).isEqualTo("v2");
        cache.invalidate("k");
        assertThat(cache.getIfFresh("k")).isNull();
    }

    @Test
    void getViewIfFresh_returnsTheViewOfValuesYoungerThanTheSoftTtlOnly() {
        cache.close();
        FreshView<String, Integer> length = FreshView.of(String::length);
        cache = RefreshingCache.builder(loader).policy(policy).timeSource(time).scheduler(time).name("test")
                .freshView(length).recordHits(true).build();
        assertThat(cache.getViewIfFresh("k", length)).isNull();
        assertThat(loader.calls).hasValue(0);
        warm("v1");
        Integer view = cache.getViewIfFresh("k", length);
        assertThat(view).isEqualTo(2);
        assertThat(cache.getIfFresh("k")).isEqualTo("v1");
        assertThat(cache.stats().hits()).isEqualTo(2);

        time.advance(Duration.ofMinutes(6));
        assertThat(cache.getViewIfFresh("k", length)).isNull();
        cache.get("k");
        time.runDue();
        loader.succeed("v222");
        assertThat(cache.getViewIfFresh("k", length)).isEqualTo(4);
        cache.invalidate("k");
        assertThat(cache.getViewIfFresh("k", length)).isNull();
    }

    @Test
    void getViewIfFresh_withAnotherViewThanBuilt_isRejectedNamingIt() {
        FreshView<String, Integer> other = FreshView.of(String::length);
        warm("v1");

        assertThatThrownBy(() -> cache.getViewIfFresh("k", other)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(other.toString());
    }

    @Test
    void get_eachFailedReadGetsItsOwnException() {
        cache.get("k");
        loader.fail(OUTAGE);
        Throwable a = catchFailure(cache.get("k"));
        Throwable b = catchFailure(cache.get("k"));
        assertThat(a).isNotSameAs(b).isInstanceOf(CacheLoadException.class);
    }

    private static Throwable catchFailure(CompletableFuture<String> future) {
        return future.handle((v, e) -> dev.awskit.core.Futures.unwrap(e)).join();
    }

    @Test
    void refresh_loadsNowWhileReadersKeepTheCurrentValue() {
        warm("v1");
        CompletableFuture<String> refreshed = cache.refresh("k");
        assertThat(cache.get("k")).isCompletedWithValue("v1");
        loader.succeed("v2");
        assertThat(refreshed).isCompletedWithValue("v2");
        assertThat(cache.get("k")).isCompletedWithValue("v2");
    }

    @Test
    void refresh_whenLoadFails_reportsTheLoaderFailureAndKeepsServing() {
        warm("v1");
        CompletableFuture<String> refreshed = cache.refresh("k");
        loader.fail(OUTAGE);
        assertThatThrownBy(refreshed::join).hasCause(OUTAGE);
        assertThat(cache.get("k")).isCompletedWithValue("v1");
    }

    @Test
    void invalidate_makesTheNextReadLoad() {
        warm("v1");
        cache.invalidate("k");
        CompletableFuture<String> read = cache.get("k");
        loader.succeed("v2");
        assertThat(read).isCompletedWithValue("v2");
        assertThat(loader.calls).hasValue(2);
    }

    @Test
    void get_overMaximumSize_evictsTheOldestEntry() {
        cache = cache(policy.toBuilder().maximumSize(2).build());
        for (String key : List.of("a", "b", "c")) {
            cache.get(key);
            loader.succeed(key);
        }
        assertThat(cache.estimatedSize()).isEqualTo(2);
        assertThat(cache.stats().evictions()).isEqualTo(1);
        cache.get("b");
        cache.get("c");
        assertThat(loader.calls).hasValue(3);
        cache.get("a");
        assertThat(loader.calls).hasValue(4);
    }

    @Test
    void get_withJitter_refreshesBeforeTheNominalSoftTtl() {
        cache = RefreshingCache.builder(loader).policy(policy.toBuilder().jitter(0.5).build())
                .timeSource(time).scheduler(time).random(() -> 0.5).build();
        warm("v1");
        time.advance(Duration.ofMinutes(4));
        cache.get("k");
        time.runDue();
        assertThat(loader.calls).hasValue(2);
    }

    @Test
    void getAll_loadsMissingKeysInOneBatchAndReportsFailuresPerKey() {
        warm("cached");
        List<java.util.Set<String>> batches = new ArrayList<>();
        CompletableFuture<BatchResult<String, String>> all = cache.getAll(List.of("k", "a", "b"), keys -> {
            batches.add(keys);
            return CompletableFuture.completedFuture(new BatchResult<>(
                    java.util.Map.of("a", "A"), java.util.Map.of("b", new IllegalStateException("missing"))));
        });

        BatchResult<String, String> result = all.join();
        assertThat(batches).containsExactly(java.util.Set.of("a", "b"));
        assertThat(result.values()).containsEntry("k", "cached").containsEntry("a", "A").hasSize(2);
        assertThat(result.failures()).containsOnlyKeys("b");
        assertThat(result.failures().get("b")).isInstanceOf(CacheLoadException.class);
        assertThat(cache.get("a")).isCompletedWithValue("A");
    }

    @Test
    void stats_withRecordHits_countHitsMissesAndLoads() {
        cache = RefreshingCache.builder(loader).policy(policy).timeSource(time).scheduler(time).recordHits(true).build();
        warm("v1");
        cache.get("k");
        cache.get("k");
        CacheStats stats = cache.stats();
        assertThat(stats.misses()).isEqualTo(1);
        assertThat(stats.hits()).isEqualTo(2);
        assertThat(stats.loadSuccesses()).isEqualTo(1);
        assertThat(stats.hitRate()).isEqualTo(2.0 / 3);
    }

    @Test
    void stats_byDefault_leaveHitsUncountedAndSaySo() {
        warm("v1");
        cache.get("k");
        assertThat(cache.stats().hitsRecorded()).isFalse();
        assertThat(cache.stats().hits()).isZero();
        assertThat(cache.stats().hitRate()).isNaN();
        assertThat(cache.stats().misses()).isEqualTo(1);
    }

    @Test
    void get_whenKeyCheckRejects_throwsBeforeLoading() {
        cache = RefreshingCache.builder(loader).policy(policy).timeSource(time).scheduler(time)
                .keyCheck(key -> {
                    if (key.isBlank()) {
                        throw new IllegalArgumentException("blank key");
                    }
                }).build();
        assertThatThrownBy(() -> cache.get(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThat(loader.calls).hasValue(0);
        assertThat(cache.estimatedSize()).isZero();
    }
}

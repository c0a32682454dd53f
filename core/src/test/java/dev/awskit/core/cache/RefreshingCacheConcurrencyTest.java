package dev.awskit.core.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awskit.core.Futures;
import dev.awskit.core.backoff.Backoff;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Real threads and a real scheduler against the engine's compare-and-set state machine: very short TTLs, a
 * loader that answers from another thread and fails a third of the time, readers and explicit refreshes
 * racing. Checks the invariants, not timings.
 */
class RefreshingCacheConcurrencyTest {
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
    private final ExecutorService backend = Executors.newFixedThreadPool(2);
    private final ExecutorService readers = Executors.newFixedThreadPool(6);

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
        backend.shutdownNow();
        readers.shutdownNow();
    }

    @Test
    void get_underRacingReadsRefreshesAndFailures_neverLoadsAKeyTwiceAtOnceAndAlwaysAnswers() throws Exception {
        Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
        AtomicInteger overlaps = new AtomicInteger();
        AtomicInteger loads = new AtomicInteger();
        Random random = new Random(7);
        CacheLoader<String, String> loader = key -> {
            loads.incrementAndGet();
            if (inFlight.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet() > 1) {
                overlaps.incrementAndGet();
            }
            boolean fail;
            synchronized (random) {
                fail = random.nextInt(3) == 0;
            }
            return CompletableFuture.supplyAsync(() -> {
                inFlight.get(key).decrementAndGet();
                if (fail) {
                    throw new UncheckedIOException(new IOException("flaky"));
                }
                return key + "-value";
            }, CompletableFuture.delayedExecutor(1, TimeUnit.MILLISECONDS, backend));
        };
        CachePolicy policy = CachePolicy.builder().softTtl(Duration.ofMillis(2)).hardTtl(Duration.ofMillis(5))
                .maxStaleness(Duration.ofMillis(20)).errorBackoff(Backoff.fixed(Duration.ofMillis(1))).build();
        try (RefreshingCache<String, String> cache = RefreshingCache.builder(loader).policy(policy)
                .scheduler(scheduler).build()) {
            CountDownLatch start = new CountDownLatch(1);
            List<java.util.concurrent.Future<List<CompletableFuture<String>>>> workers = new ArrayList<>();
            for (int w = 0; w < 6; w++) {
                int worker = w;
                workers.add(readers.submit(() -> {
                    start.await();
                    List<CompletableFuture<String>> reads = new ArrayList<>();
                    for (int i = 0; i < 3_000; i++) {
                        String key = "k" + (i % 4);
                        reads.add(worker == 0 && i % 50 == 0 ? cache.refresh(key) : cache.get(key));
                    }
                    return reads;
                }));
            }
            start.countDown();
            int values = 0;
            for (var worker : workers) {
                for (CompletableFuture<String> read : worker.get(60, TimeUnit.SECONDS)) {
                    Throwable failure = read.handle((v, e) -> e).get(60, TimeUnit.SECONDS);
                    if (failure == null) {
                        assertThat(read.join()).endsWith("-value");
                        values++;
                    } else {
                        assertThat(Futures.unwrap(failure))
                                .isInstanceOfAny(CacheLoadException.class, UncheckedIOException.class);
                    }
                }
            }
            assertThat(overlaps).hasValue(0);
            assertThat(values).isPositive();
            assertThat(loads.get()).isLessThan(18_000);
            assertThat(cache.stats().loadSuccesses() + cache.stats().loadFailures()).isLessThanOrEqualTo(loads.get());
        }
    }
}

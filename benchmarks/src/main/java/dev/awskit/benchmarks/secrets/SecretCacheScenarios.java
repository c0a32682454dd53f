package dev.awskit.benchmarks.secrets;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The behaviour half of the secret cache comparison, in wall-clock time against {@link FakeBackend}:
 * API calls for a burst of cold reads, reader latency while an entry refreshes, and reader errors and
 * backend calls during an outage. Prints Markdown tables.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.awskit.benchmarks.secrets.SecretCacheScenarios</pre>
 */
public final class SecretCacheScenarios {
    private SecretCacheScenarios() {
    }

    /** Builds a contender over a backend with a TTL. */
    private interface Factory extends Function<FakeBackend, Caches.Contender> {
    }

    public static void main(String[] args) throws Exception {
        System.out.println("### API calls for 256 concurrent cold reads (backend latency 20 ms)\n");
        System.out.println("| library | GetSecretValue | DescribeSecret | reader errors |");
        System.out.println("| --- | ---: | ---: | ---: |");
        for (Factory factory : factories(Duration.ofMinutes(5), Duration.ofMinutes(30))) {
            coldBurst(factory);
        }

        System.out.println("\n### Reader latency while the entry refreshes (TTL / soft TTL 300 ms, backend latency 100 ms,"
                + " 2 readers for 2 s)\n");
        System.out.println("| library | reads | reads that waited >= 90 ms | p99.9 | max | backend calls |");
        System.out.println("| --- | ---: | ---: | ---: | ---: | ---: |");
        List<Factory> withBaseline = new ArrayList<>();
        withBaseline.add(backend -> mapBaseline());
        withBaseline.addAll(factories(Duration.ofMillis(300), Duration.ofSeconds(30)));
        for (Factory factory : withBaseline) {
            refreshing(factory);
        }

        System.out.println("\n### 100 % failing backend after warm-up (TTL / soft TTL 200 ms, backend latency 20 ms,"
                + " 2 readers, one read per ms each, 3 s; awskit max staleness 10 s, backoff 100 ms x2 up to 1 s)\n");
        System.out.println("| library | reads | reader errors | backend calls |");
        System.out.println("| --- | ---: | ---: | ---: |");
        for (Factory factory : factories(Duration.ofMillis(200), Duration.ofSeconds(10))) {
            outage(factory);
        }
        System.exit(0);
    }

    private static List<Factory> factories(Duration ttl, Duration maxStaleness) {
        return List.of(
                backend -> Caches.awsCachingClient(backend, ttl),
                backend -> Caches.powertools(backend, ttl),
                backend -> Caches.awskit(backend, ttl, maxStaleness));
    }

    /** A map that never refreshes: its tail latency is the machine's own noise (GC, scheduling). */
    private static Caches.Contender mapBaseline() {
        java.util.concurrent.ConcurrentHashMap<String, String> map = new java.util.concurrent.ConcurrentHashMap<>();
        map.put(FakeBackend.SECRET_ID, FakeBackend.SECRET);
        return new Caches.Contender("ConcurrentHashMap (noise floor, never refreshes)", map::get, () -> { });
    }

    private static void coldBurst(Factory factory) throws Exception {
        FakeBackend backend = new FakeBackend(Duration.ofMillis(20));
        Caches.Contender cache = factory.apply(backend);
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger errors = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 256; i++) {
            Thread thread = new Thread(() -> {
                try {
                    start.await();
                    cache.read();
                } catch (Exception e) {
                    errors.incrementAndGet();
                }
            });
            thread.start();
            threads.add(thread);
        }
        start.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        System.out.printf("| %s | %d | %d | %d |%n", cache.name(), backend.getSecretValueCalls.get(),
                backend.describeSecretCalls.get(), errors.get());
        cache.closer().close();
    }

    private static void refreshing(Factory factory) throws Exception {
        FakeBackend backend = new FakeBackend(Duration.ofMillis(100));
        Caches.Contender cache = factory.apply(backend);
        cache.read();
        backend.resetCounts();
        long end = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        Histogram all = new Histogram();
        runReaders(cache, end, 0, new AtomicInteger()).forEach(all::add);
        System.out.printf("| %s | %,d | %d | %s | %s | %d |%n", cache.name(), all.count(), all.atLeast(90_000_000L),
                micros(all.percentile(0.999)), micros(all.max()), backend.calls());
        cache.closer().close();
    }

    private static void outage(Factory factory) throws Exception {
        FakeBackend backend = new FakeBackend(Duration.ofMillis(20));
        Caches.Contender cache = factory.apply(backend);
        cache.read();
        backend.resetCounts();
        backend.fail(true);
        AtomicInteger errors = new AtomicInteger();
        long end = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        long reads = runReaders(cache, end, 1, errors).stream().mapToLong(Histogram::count).sum();
        System.out.printf("| %s | %d | %d | %d |%n", cache.name(), reads, errors.get(), backend.calls());
        cache.closer().close();
    }

    /** Two readers until {@code end}, pausing {@code pauseMillis} between reads; one latency histogram each. */
    private static List<Histogram> runReaders(Caches.Contender cache, long end, long pauseMillis, AtomicInteger errors)
            throws InterruptedException {
        List<Histogram> results = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            Histogram latencies = new Histogram();
            results.add(latencies);
            Thread thread = new Thread(() -> {
                while (System.nanoTime() < end) {
                    long before = System.nanoTime();
                    try {
                        cache.read();
                    } catch (RuntimeException e) {
                        errors.incrementAndGet();
                    }
                    latencies.record(System.nanoTime() - before);
                    if (pauseMillis > 0) {
                        try {
                            Thread.sleep(pauseMillis);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return results;
    }

    /** Read latencies: 1 µs buckets below 1 ms, 1 ms buckets up to 10 s, plus the exact maximum. */
    private static final class Histogram {
        private final long[] micros = new long[1000];
        private final long[] millis = new long[10_000];
        private long max;

        void record(long nanos) {
            long us = nanos / 1000;
            if (us < 1000) {
                micros[(int) us]++;
            } else {
                millis[(int) Math.min(millis.length - 1, nanos / 1_000_000)]++;
            }
            max = Math.max(max, nanos);
        }

        void add(Histogram other) {
            for (int i = 0; i < micros.length; i++) {
                micros[i] += other.micros[i];
            }
            for (int i = 0; i < millis.length; i++) {
                millis[i] += other.millis[i];
            }
            max = Math.max(max, other.max);
        }

        long count() {
            return Arrays.stream(micros).sum() + Arrays.stream(millis).sum();
        }

        long max() {
            return max;
        }

        long atLeast(long nanos) {
            long from = nanos / 1_000_000;
            long n = 0;
            for (int i = (int) from; i < millis.length; i++) {
                n += millis[i];
            }
            return n;
        }

        /** The upper edge of the bucket holding the given quantile. */
        long percentile(double quantile) {
            long target = (long) Math.ceil(count() * quantile);
            long seen = 0;
            for (int i = 0; i < micros.length; i++) {
                seen += micros[i];
                if (seen >= target) {
                    return (i + 1) * 1000L;
                }
            }
            for (int i = 0; i < millis.length; i++) {
                seen += millis[i];
                if (seen >= target) {
                    return (i + 1) * 1_000_000L;
                }
            }
            return max;
        }
    }

    private static String micros(long nanos) {
        return nanos >= 1_000_000 ? String.format("%.1f ms", nanos / 1e6) : String.format("%.1f µs", nanos / 1e3);
    }
}

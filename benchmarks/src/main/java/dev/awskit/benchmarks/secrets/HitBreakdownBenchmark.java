package dev.awskit.benchmarks.secrets;

import dev.awskit.core.SecretValue;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Where a {@code SecretCache} hit's time goes beyond a bare map lookup: the same lookup with hand-written
 * stand-ins for the parts of awskit's hit path, added one at a time. {@code entry}: the map holds a per-key
 * entry (what any refreshing cache needs, since the value it serves changes while the key stays) and the hit
 * reads its volatile fresh value. {@code entryBehindFacade}: the entry, reached the way
 * {@code secrets.sync().get(id)} reaches it, through the cache, its sync view and the engine. The last row
 * is the real thing. All read one String key, a compile-time constant, as in {@link SecretCacheHitBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 8, time = 1)
@Fork(2)
@Threads(1)
public class HitBreakdownBenchmark {
    private static final String ID = FakeBackend.SECRET_ID;

    /** Stands for the engine's per-key entry: the value served while fresh, in a volatile field. */
    static final class Entry {
        volatile SecretValue freshView;
    }

    /** Stands for one object on the way to the map (the cache, its sync view, the engine). */
    static final class Hop {
        final Hop next;
        final ConcurrentHashMap<String, Entry> map;

        Hop(Hop next, ConcurrentHashMap<String, Entry> map) {
            this.next = next;
            this.map = map;
        }
    }

    private final ConcurrentHashMap<String, SecretValue> map = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private Hop facade;
    private dev.awskit.secrets.SecretCache awskit;
    private dev.awskit.secrets.SecretHandleSync handle;

    @Setup
    public void warm() {
        SecretValue value = SecretValue.of(FakeBackend.SECRET);
        map.put(ID, value);
        Entry entry = new Entry();
        entry.freshView = value;
        entries.put(ID, entry);
        facade = new Hop(new Hop(new Hop(null, entries), null), null);
        Duration hour = Duration.ofHours(1);
        awskit = Caches.awskitCache(new FakeBackend(Duration.ofMillis(1)), hour, hour);
        awskit.sync().get(ID);
        handle = awskit.handle(ID).sync();
        handle.get();
    }

    @TearDown
    public void close() {
        awskit.close();
    }

    @Benchmark
    public SecretValue map() {
        return map.get(ID);
    }

    @Benchmark
    public SecretValue entry() {
        return entries.get(ID).freshView;
    }

    @Benchmark
    public SecretValue entryBehindFacade() {
        return facade.next.next.map.get(ID).freshView;
    }

    @Benchmark
    public SecretValue awskitSyncGet() {
        return awskit.sync().get(ID);
    }

    @Benchmark
    public SecretValue awskitHandle() {
        return handle.get();
    }
}

package dev.awskit.benchmarks.secrets;

import com.github.benmanes.caffeine.cache.AsyncLoadingCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.awskit.core.SecretValue;
import dev.awskit.core.cache.CachePolicy;
import dev.awskit.core.cache.RefreshingCache;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
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
 * The cost of a cache hit: the same warm secret read through each library (1 and 2 reader threads), beside a
 * bare {@code ConcurrentHashMap.get} and the engines awskit could be built on. TTLs are an hour, so no
 * refresh happens while measuring. The backend latency (20 ms) only matters for the warm-up read.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 8, time = 1)
@Fork(2)
public class SecretCacheHitBenchmark {
    private static final String ID = FakeBackend.SECRET_ID;

    private final ConcurrentHashMap<String, String> map = new ConcurrentHashMap<>();
    private Caches.Contender aws;
    private Caches.Contender powertools;
    private dev.awskit.secrets.SecretCache awskit;
    private dev.awskit.secrets.SecretHandleSync handle;
    private dev.awskit.secrets.ParameterCache parameters;
    private dev.awskit.secrets.ParameterHandleSync parameterHandle;
    private RefreshingCache<String, String> engine;
    private RefreshingCache<String, String> engineCountingHits;
    private AsyncLoadingCache<String, String> caffeine;

    @Setup
    public void warm() {
        FakeBackend backend = new FakeBackend(Duration.ofMillis(20));
        Duration hour = Duration.ofHours(1);
        map.put(ID, FakeBackend.SECRET);
        aws = Caches.awsCachingClient(backend, hour);
        powertools = Caches.powertools(backend, hour);
        awskit = Caches.awskitCache(backend, hour, hour);
        engine = RefreshingCache.<String, String>builder(id -> CompletableFuture.completedFuture(FakeBackend.SECRET))
                .policy(CachePolicy.builder().softTtl(hour).hardTtl(hour).maxStaleness(hour).build()).build();
        engineCountingHits = RefreshingCache.<String, String>builder(
                        id -> CompletableFuture.completedFuture(FakeBackend.SECRET))
                .policy(CachePolicy.builder().softTtl(hour).hardTtl(hour).maxStaleness(hour).build())
                .recordHits(true).build();
        engineCountingHits.sync().get(ID);
        caffeine = Caffeine.newBuilder().maximumSize(10_000).refreshAfterWrite(hour).expireAfterWrite(hour)
                .recordStats().buildAsync((String id) -> FakeBackend.SECRET);
        aws.read();
        powertools.read();
        awskit.sync().get(ID);
        handle = awskit.handle(ID).sync();
        handle.get();
        parameters = dev.awskit.secrets.ParameterCache.builder(new FakeSsmAsyncClient(backend))
                .policy(CachePolicy.builder().softTtl(hour).hardTtl(hour).maxStaleness(hour).build()).build();
        parameterHandle = parameters.handle(FakeSsmAsyncClient.NAME).sync();
        parameterHandle.get();
        parameters.sync().get(FakeSsmAsyncClient.NAME);
        engine.sync().get(ID);
        caffeine.get(ID).join();
    }

    @TearDown
    public void close() throws Exception {
        aws.closer().close();
        awskit.close();
        parameters.close();
        engine.close();
        engineCountingHits.close();
    }

    @Benchmark
    @Threads(1)
    public String mapBaseline_1t() {
        return map.get(ID);
    }

    @Benchmark
    @Threads(2)
    public String mapBaseline_2t() {
        return map.get(ID);
    }

    @Benchmark
    @Threads(1)
    public String awsCachingClient_1t() {
        return aws.read();
    }

    @Benchmark
    @Threads(2)
    public String awsCachingClient_2t() {
        return aws.read();
    }

    @Benchmark
    @Threads(1)
    public String powertools_1t() {
        return powertools.read();
    }

    @Benchmark
    @Threads(2)
    public String powertools_2t() {
        return powertools.read();
    }

    /** awskit's primary read: the cached {@link SecretValue}, as held. */
    @Benchmark
    @Threads(1)
    public SecretValue awskitGet_1t() {
        return awskit.sync().get(ID);
    }

    @Benchmark
    @Threads(2)
    public SecretValue awskitGet_2t() {
        return awskit.sync().get(ID);
    }

    /** awskit's bound handle: the entry read directly, no map lookup ({@code secrets.handle(id).sync().get()}). */
    @Benchmark
    @Threads(1)
    public SecretValue awskitHandle_1t() {
        return handle.get();
    }

    @Benchmark
    @Threads(2)
    public SecretValue awskitHandle_2t() {
        return handle.get();
    }

    /** awskit's parameter cache, plain String read through the map ({@code parameters.sync().get(name)}). */
    @Benchmark
    @Threads(1)
    public String awskitParameterGet_1t() {
        return parameters.sync().get(FakeSsmAsyncClient.NAME);
    }

    /** awskit's parameter handle ({@code parameters.handle(name).sync().get()}). */
    @Benchmark
    @Threads(1)
    public String awskitParameterHandle_1t() {
        return parameterHandle.get();
    }

    @Benchmark
    @Threads(2)
    public String awskitParameterHandle_2t() {
        return parameterHandle.get();
    }

    /** awskit's String read: reveals the value into a new String on every call. */
    @Benchmark
    @Threads(1)
    public String awskitGetString_1t() {
        return awskit.sync().getString(ID);
    }

    @Benchmark
    @Threads(2)
    public String awskitGetString_2t() {
        return awskit.sync().getString(ID);
    }

    /** The bare engine: {@code RefreshingCache.get(key).join()}. */
    @Benchmark
    @Threads(1)
    public String awskitEngine_1t() {
        return engine.get(ID).join();
    }

    @Benchmark
    @Threads(2)
    public String awskitEngine_2t() {
        return engine.get(ID).join();
    }

    /** The bare engine with hit counting switched on ({@code recordHits(true)}). */
    @Benchmark
    @Threads(1)
    public String awskitEngineCountingHits_1t() {
        return engineCountingHits.get(ID).join();
    }

    @Benchmark
    @Threads(2)
    public String awskitEngineCountingHits_2t() {
        return engineCountingHits.get(ID).join();
    }

    /** The alternative base: Caffeine's AsyncLoadingCache with refresh, expiry and stats switched on. */
    @Benchmark
    @Threads(1)
    public String caffeineAsync_1t() {
        return caffeine.get(ID).join();
    }

    @Benchmark
    @Threads(2)
    public String caffeineAsync_2t() {
        return caffeine.get(ID).join();
    }
}

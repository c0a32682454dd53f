package dev.awskit.benchmarks.s3;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.awskit.core.json.AwsKitJson;
import dev.awskit.s3.S3Bucket;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
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
import org.openjdk.jmh.annotations.Warmup;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.async.AsyncRequestBody;
import software.amazon.awssdk.core.async.AsyncResponseTransformer;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

/**
 * JSON and gzip put/get through {@link S3Bucket} beside the same operations written with the bare SDK client (the
 * code a team writes by hand: Jackson, {@code GZIPOutputStream}, {@code Content-Encoding}), on one client against
 * moto, in one run. Time per blocking call; the difference is awskit's overhead.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
public class S3ObjectOverheadBenchmark {
    /** About 2 KB of JSON, a job result as seed 004's metrics app reads them. */
    public record JobResult(String job, long images, long files, List<String> tags) {
    }

    private static final String BUCKET = "bench-objects";
    private static final ObjectMapper MAPPER = AwsKitJson.mapper();

    private S3Moto moto;
    private S3AsyncClient client;
    private S3Bucket bucket;
    private JobResult payload;

    @Setup
    public void setUp() {
        moto = new S3Moto();
        client = moto.client();
        client.createBucket(r -> r.bucket(BUCKET)).join();
        bucket = S3Bucket.of(client, BUCKET);
        payload = new JobResult("nightly", 1200, 87, IntStream.range(0, 100).mapToObj(i -> "tag-" + i).toList());
        bucket.sync().putJson("awskit.json", payload);
        bucket.sync().putJson("awskit.json.gz", payload, o -> o.gzip(true));
        sdkPutJson();
        sdkPutGzip();
    }

    @TearDown
    public void tearDown() {
        client.close();
        moto.close();
    }

    @Benchmark
    public Object awskitPutJson() {
        return bucket.sync().putJson("awskit.json", payload);
    }

    @Benchmark
    public Object sdkPutJson() {
        return client.putObject(r -> r.bucket(BUCKET).key("sdk.json").contentType("application/json"),
                AsyncRequestBody.fromBytes(json(payload))).join();
    }

    @Benchmark
    public JobResult awskitGetJson() {
        return bucket.sync().getJson("awskit.json", JobResult.class);
    }

    @Benchmark
    public JobResult sdkGetJson() throws IOException {
        ResponseBytes<GetObjectResponse> bytes = client.getObject(r -> r.bucket(BUCKET).key("sdk.json"),
                AsyncResponseTransformer.toBytes()).join();
        return MAPPER.readValue(bytes.asByteArrayUnsafe(), JobResult.class);
    }

    @Benchmark
    public Object awskitPutGzip() {
        return bucket.sync().putJson("awskit.json.gz", payload, o -> o.gzip(true));
    }

    @Benchmark
    public Object sdkPutGzip() {
        return client.putObject(r -> r.bucket(BUCKET).key("sdk.json.gz").contentType("application/json")
                .contentEncoding("gzip"), AsyncRequestBody.fromBytes(gzip(json(payload)))).join();
    }

    @Benchmark
    public JobResult awskitGetGzip() {
        return bucket.sync().getJson("awskit.json.gz", JobResult.class);
    }

    @Benchmark
    public JobResult sdkGetGzip() throws IOException {
        ResponseBytes<GetObjectResponse> bytes = client.getObject(r -> r.bucket(BUCKET).key("sdk.json.gz"),
                AsyncResponseTransformer.toBytes()).join();
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes.asByteArrayUnsafe()))) {
            return MAPPER.readValue(in, JobResult.class);
        }
    }

    private static byte[] json(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] gzip(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}

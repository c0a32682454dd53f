package dev.awskit.benchmarks.s3;

import dev.awskit.s3.S3Bucket;
import dev.awskit.s3.UploadResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import software.amazon.awssdk.core.async.AsyncRequestBody;
import software.amazon.awssdk.services.s3.S3AsyncClient;

/**
 * Uploads of {@code size} MiB against moto, side by side: awskit's {@code S3Bucket.upload} of a stream of unknown
 * length; the SDK's own multipart client ({@code multipartEnabled(true)}) with a known-length file; and the same SDK
 * client with the stream of unknown length ({@code AsyncRequestBody.fromInputStream} without a length). Parts of
 * 8 MiB everywhere. A first round measures the heap each holds (see {@link HeapSampler}), the others throughput;
 * prints a Markdown table.
 *
 * <pre>java -Xmx128m -cp benchmarks/target/benchmarks.jar dev.awskit.benchmarks.s3.StreamUploadHarness [MiB] [rounds]</pre>
 */
public final class StreamUploadHarness {
    private static final int PART = 8 * 1024 * 1024;

    private StreamUploadHarness() {
    }

    /** One contender's upload. */
    private interface Upload {
        String run() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        int mib = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        long size = (long) mib * 1024 * 1024;
        Path file = Files.createTempFile("awskit-upload", ".bin");
        try (S3Moto moto = new S3Moto();
                S3AsyncClient plain = moto.client();
                S3AsyncClient multipart = moto.client(S3AsyncClient.builder().multipartEnabled(true)
                        .multipartConfiguration(m -> m.minimumPartSizeInBytes((long) PART).thresholdInBytes((long) PART)))) {
            ExecutorService reader = Executors.newSingleThreadExecutor();
            try (var out = Files.newOutputStream(file)) {
                new GeneratedStream(size).transferTo(out);
            }
            plain.createBucket(r -> r.bucket("bench-uploads")).join();
            S3Bucket bucket = S3Bucket.builder(plain, "bench-uploads").partSize(PART).maxPartsInMemory(2).build();
            bucket.sync().putString("warm-up", "x");
            System.out.printf(Locale.ROOT, "%n%d MiB, parts of 8 MiB, max heap %d MiB%n%n", mib,
                    Runtime.getRuntime().maxMemory() / (1024 * 1024));
            System.out.println("| round | contender | seconds | MiB/s | peak heap held above baseline (MiB) | note |");
            System.out.println("| ---: | --- | ---: | ---: | ---: | --- |");
            for (int round = 0; round <= rounds; round++) {
                boolean heap = round == 0;
                run(heap, round, "awskit `S3Bucket.upload`, unknown length", mib, () -> {
                    UploadResult r = bucket.sync().upload("awskit.bin", new GeneratedStream(size));
                    return r.parts() + " parts, part buffers peak " + r.peakBufferedBytes() / (1024 * 1024) + " MiB";
                });
                run(heap, round, "SDK multipart client, known-length file", mib, () -> {
                    multipart.putObject(r -> r.bucket("bench-uploads").key("sdk-file.bin"),
                            AsyncRequestBody.fromFile(file)).join();
                    return "";
                });
                run(heap, round, "SDK multipart client, unknown-length stream", mib, () -> {
                    multipart.putObject(r -> r.bucket("bench-uploads").key("sdk-stream.bin"),
                            AsyncRequestBody.fromInputStream(b -> b.inputStream(new GeneratedStream(size))
                                    .executor(reader))).join();
                    return "";
                });
            }
            reader.shutdown();
        } finally {
            Files.deleteIfExists(file);
        }
        System.exit(0);
    }

    private static double mebibytes(long bytes) {
        return Math.max(0, bytes) / (1024.0 * 1024);
    }

    private static void run(boolean heap, int round, String name, int mib, Upload upload) throws Exception {
        if (heap) {
            measureHeap(name, upload);
        } else {
            measure(round, name, mib, upload);
        }
    }

    /** A throughput round: nothing else runs. */
    private static void measure(int round, String name, int mib, Upload upload) throws Exception {
        HeapSampler.settledBaseline();
        long start = System.nanoTime();
        String note = attempt(upload);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "| %d | %s | %.2f | %.1f | | %s |%n", round, name, seconds, mib / seconds, note);
    }

    /** A memory round: a full collection every 50 ms, the peak of what stays in use. */
    private static void measureHeap(String name, Upload upload) throws Exception {
        long baseline = HeapSampler.settledBaseline();
        String note;
        long live;
        try (HeapSampler sampler = HeapSampler.start(50)) {
            note = attempt(upload);
            live = sampler.peakLive();
        }
        System.out.printf(Locale.ROOT, "| heap | %s | | | %.1f | %s |%n", name, mebibytes(live - baseline), note);
    }

    private static String attempt(Upload upload) {
        try {
            return upload.run();
        } catch (Exception | Error e) {
            return "failed: " + e;
        }
    }

}

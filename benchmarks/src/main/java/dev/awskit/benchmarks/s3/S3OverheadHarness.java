package dev.awskit.benchmarks.s3;

import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * The same comparison as {@link S3ObjectOverheadBenchmark}, made robust to a busy machine: each awskit call is paired
 * with the SDK call it replaces, run back to back in alternating order, so load that comes and goes hits both alike.
 * Prints the median latency of each and the median of the per-pair ratios, as a Markdown table.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.awskit.benchmarks.s3.S3OverheadHarness [pairs]</pre>
 */
public final class S3OverheadHarness {
    private S3OverheadHarness() {
    }

    public static void main(String[] args) throws Exception {
        int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 400;
        S3ObjectOverheadBenchmark bench = new S3ObjectOverheadBenchmark();
        bench.setUp();
        try {
            System.out.printf(Locale.ROOT, "%n%d pairs per operation, after %d warm-up pairs%n%n", pairs, pairs / 2);
            System.out.println("| operation | awskit median (µs) | SDK median (µs) | median awskit/SDK per pair |");
            System.out.println("| --- | ---: | ---: | ---: |");
            compare("put JSON", pairs, bench::awskitPutJson, bench::sdkPutJson);
            compare("get JSON", pairs, bench::awskitGetJson, bench::sdkGetJson);
            compare("put gzip JSON", pairs, bench::awskitPutGzip, bench::sdkPutGzip);
            compare("get gzip JSON", pairs, bench::awskitGetGzip, bench::sdkGetGzip);
        } finally {
            bench.tearDown();
        }
        System.exit(0);
    }

    private static void compare(String name, int pairs, Callable<?> awskit, Callable<?> sdk) throws Exception {
        for (int i = 0; i < pairs / 2; i++) {
            time(awskit);
            time(sdk);
        }
        long[] a = new long[pairs];
        long[] s = new long[pairs];
        double[] ratio = new double[pairs];
        for (int i = 0; i < pairs; i++) {
            if (i % 2 == 0) {
                a[i] = time(awskit);
                s[i] = time(sdk);
            } else {
                s[i] = time(sdk);
                a[i] = time(awskit);
            }
            ratio[i] = (double) a[i] / s[i];
        }
        System.out.printf(Locale.ROOT, "| %s | %.0f | %.0f | %.3f |%n", name, median(a) / 1e3, median(s) / 1e3,
                median(ratio));
    }

    private static long time(Callable<?> call) throws Exception {
        long start = System.nanoTime();
        call.call();
        return System.nanoTime() - start;
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}

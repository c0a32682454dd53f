package dev.awskit.benchmarks.coldstart;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * Time from JVM start to the first secret value, whole-process: starts moto on 127.0.0.1 (or uses
 * {@code MOTO_ENDPOINT}), creates one secret, then runs every variant of {@link FirstSecret} as its own JVM, round
 * after round, the order rotated each round (A/B alternating), and prints the medians: time to the value (from
 * spawning the process to the line that reports it), the whole process (spawn to exit), and the process's own CPU.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.awskit.benchmarks.coldstart.ColdStartBenchmark [rounds] [variants...]</pre>
 */
public final class ColdStartBenchmark {
    private static final List<String> VARIANTS = List.of("sdk-sync", "awskit-sync", "awskit-async", "sdk-async",
            "caching-java", "powertools");
    private static final String SECRET_ID = "cold/start";

    private ColdStartBenchmark() {
    }

    /**
     * Runs the comparison.
     *
     * @param args the number of rounds (default 8), then the variants to run (default all)
     * @throws Exception if moto or a child process cannot be run
     */
    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        List<String> variants = args.length > 1 ? List.of(args).subList(1, args.length) : VARIANTS;
        String given = System.getenv("MOTO_ENDPOINT");
        Process moto = null;
        URI endpoint;
        if (given != null && !given.isBlank()) {
            endpoint = URI.create(given);
        } else {
            int port = freePort();
            moto = new ProcessBuilder("moto_server", "-H", "127.0.0.1", "-p", String.valueOf(port))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            endpoint = URI.create("http://127.0.0.1:" + port);
            awaitMoto(endpoint);
        }
        try {
            createSecret(endpoint);
            Map<String, List<Sample>> samples = new LinkedHashMap<>();
            variants.forEach(v -> samples.put(v, new ArrayList<>()));
            for (String variant : variants) {
                run(variant, endpoint); // one unmeasured run each: file cache and moto warm for everyone
            }
            for (int round = 0; round < rounds; round++) {
                for (int i = 0; i < variants.size(); i++) {
                    String variant = variants.get((i + round) % variants.size());
                    samples.get(variant).add(run(variant, endpoint));
                }
                System.err.printf(Locale.ROOT, "round %d/%d done%n", round + 1, rounds);
            }
            print(samples, rounds);
        } finally {
            if (moto != null) {
                moto.destroy();
            }
        }
    }

    /** One run's times, in milliseconds. */
    private record Sample(double toValue, double whole, double cpu) {
    }

    private static Sample run(String variant, URI endpoint) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        String classpath = System.getProperty("java.class.path");
        long start = System.nanoTime();
        Process child = new ProcessBuilder(java, "-cp", classpath, FirstSecret.class.getName(), variant,
                endpoint.toString(), SECRET_ID).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        long valueAt = -1;
        long cpu = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("VALUE ")) {
                    valueAt = System.nanoTime();
                } else if (line.startsWith("CPU ")) {
                    cpu = Long.parseLong(line.substring(4).trim());
                }
            }
        }
        int exit = child.waitFor();
        long end = System.nanoTime();
        if (exit != 0 || valueAt < 0) {
            throw new IllegalStateException(variant + " failed (exit " + exit + ")");
        }
        return new Sample((valueAt - start) / 1e6, (end - start) / 1e6, cpu);
    }

    private static void print(Map<String, List<Sample>> samples, int rounds) {
        double base = median(samples.getOrDefault("sdk-sync", List.of()), Sample::toValue);
        System.out.printf(Locale.ROOT, "%nCold start to the first secret value, %d runs each, medians (ms)%n", rounds);
        System.out.printf(Locale.ROOT, "| %-14s | %10s | %8s | %10s | %8s |%n", "variant", "to value", "x sdk",
                "whole JVM", "CPU");
        System.out.printf(Locale.ROOT, "| %-14s | %10s | %8s | %10s | %8s |%n", "---", "---:", "---:", "---:", "---:");
        samples.forEach((variant, list) -> {
            double toValue = median(list, Sample::toValue);
            System.out.printf(Locale.ROOT, "| %-14s | %10.0f | %8s | %10.0f | %8.0f |%n", variant, toValue,
                    Double.isNaN(base) ? "-" : String.format(Locale.ROOT, "%.2fx", toValue / base),
                    median(list, Sample::whole), median(list, Sample::cpu));
        });
    }

    private static double median(List<Sample> list, java.util.function.ToDoubleFunction<Sample> field) {
        if (list.isEmpty()) {
            return Double.NaN;
        }
        double[] values = list.stream().mapToDouble(field).sorted().toArray();
        int mid = values.length / 2;
        return values.length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }

    private static void createSecret(URI endpoint) {
        try (SecretsManagerClient client = SecretsManagerClient.builder().region(Region.US_EAST_1)
                .endpointOverride(endpoint).httpClient(UrlConnectionHttpClient.create())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .build()) {
            try {
                client.createSecret(r -> r.name(SECRET_ID).secretString("{\"password\":\"cold-start\"}"));
            } catch (software.amazon.awssdk.services.secretsmanager.model.ResourceExistsException e) {
                // Already there from an earlier run against the same moto.
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void awaitMoto(URI endpoint) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        for (int attempt = 0; attempt < 100; attempt++) {
            try {
                http.send(HttpRequest.newBuilder(endpoint.resolve("/moto-api/")).timeout(Duration.ofSeconds(1))
                        .build(), HttpResponse.BodyHandlers.discarding());
                return;
            } catch (IOException e) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("moto did not start at " + endpoint);
    }
}

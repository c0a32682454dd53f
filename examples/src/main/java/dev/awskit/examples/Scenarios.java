package dev.awskit.examples;

import dev.awskit.core.client.ClientSettings;
import dev.awskit.examples.secrets.ConfigCachePreload;
import dev.awskit.examples.secrets.DbCredentialsRotation;
import dev.awskit.examples.ssmrun.SsmRunScenario;
import dev.awskit.testkit.MotoServer;
import java.io.PrintStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the example scenarios: {@code Scenarios [all | name[,name...]]}.
 *
 * <p>Against the local emulator by default: {@code MOTO_ENDPOINT} or {@code AWS_ENDPOINT_URL} when set,
 * otherwise a moto server started for the run and stopped at its end. Exits 0 when every scenario passed.
 */
public final class Scenarios {
    private static final List<Scenario> ALL = List.of(
            new EmulatorRoundTrip(),
            new DbCredentialsRotation(),
            new ConfigCachePreload(),
            new SsmRunScenario());

    private Scenarios() {
    }

    /**
     * Runs the scenarios named in {@code args[0]} (default {@code all}).
     *
     * @param args {@code all} or a comma-separated list of scenario names
     */
    public static void main(String[] args) {
        PrintStream out = System.out;
        List<Scenario> chosen;
        try {
            chosen = choose(args.length == 0 ? "all" : args[0]);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        String endpoint = firstSet(System.getenv("MOTO_ENDPOINT"), System.getenv("AWS_ENDPOINT_URL"));
        int failed;
        if (endpoint != null) {
            out.println("Using the emulator at " + endpoint);
            failed = runAll(chosen, ClientSettings.emulator(URI.create(endpoint)), out);
        } else {
            try (MotoServer moto = MotoServer.start()) {
                out.println("Started moto at " + moto.endpoint());
                failed = runAll(chosen, moto.settings(), out);
            }
        }
        System.exit(failed == 0 ? 0 : 1);
    }

    static List<Scenario> choose(String selection) {
        Map<String, Scenario> byName = new LinkedHashMap<>();
        ALL.forEach(s -> byName.put(s.name(), s));
        if (selection.isBlank() || selection.equals("all")) {
            return ALL;
        }
        List<Scenario> chosen = new ArrayList<>();
        for (String name : selection.split(",")) {
            Scenario scenario = byName.get(name.trim());
            if (scenario == null) {
                throw new IllegalArgumentException("unknown scenario '" + name.trim() + "'; known: " + byName.keySet());
            }
            chosen.add(scenario);
        }
        return chosen;
    }

    static int runAll(List<Scenario> scenarios, ClientSettings settings, PrintStream out) {
        int passed = 0;
        List<String> failures = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            out.println("== " + scenario.name() + ": " + scenario.description());
            long start = System.nanoTime();
            try {
                scenario.run(new ScenarioContext(settings, out));
                passed++;
                out.printf("   ok (%d ms)%n", (System.nanoTime() - start) / 1_000_000);
            } catch (Exception | AssertionError e) {
                failures.add(scenario.name());
                out.println("   FAILED: " + e);
                Arrays.stream(e.getStackTrace()).limit(8).forEach(frame -> out.println("     at " + frame));
            }
        }
        out.printf("Scenarios: %d passed, %d failed%n", passed, failures.size());
        if (!failures.isEmpty()) {
            out.println("Failed: " + String.join(", ", failures));
        }
        return failures.size();
    }

    private static String firstSet(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}

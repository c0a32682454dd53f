package dev.awskit.examples;

import dev.awskit.core.client.ClientSettings;
import dev.awskit.examples.buckets.BucketCountScenario;
import dev.awskit.examples.cloudjob.CloudJobMetricsScenario;
import dev.awskit.examples.gmsa.GmsaCredentialSpecScenario;
import dev.awskit.examples.iac.RepositoriesToCsvScenario;
import dev.awskit.examples.iam.AssumeRoleWriteScenario;
import dev.awskit.examples.letters.LetterGeneratorScenario;
import dev.awskit.examples.secrets.ConfigCachePreload;
import dev.awskit.examples.secrets.DbCredentialsRotation;
import dev.awskit.examples.ssmrun.SsmRunScenario;
import dev.awskit.examples.tfstate.StateInspectorScenario;
import dev.awskit.examples.votes.VoteCounterScenario;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/**
 * The registry of example scenarios, one or more per seed document, and the entry point of the runner
 * ({@link ExamplesCommand}): {@code Scenarios [list | run NAME... | NAME,...] [--endpoint URL] [--region R]
 * [--profile P]}.
 */
public final class Scenarios {
    private static final List<Scenario> ALL = List.of(
            new EmulatorRoundTrip(),
            new DbCredentialsRotation(),
            new ConfigCachePreload(),
            new SsmRunScenario(),
            new GmsaCredentialSpecScenario(),
            new LetterGeneratorScenario(),
            new BucketCountScenario(),
            new VoteCounterScenario(),
            new StateInspectorScenario(),
            new CloudJobMetricsScenario(),
            new AssumeRoleWriteScenario(),
            new RepositoriesToCsvScenario());

    private Scenarios() {
    }

    /**
     * Runs the command line; exits 0 when every chosen scenario passed, 1 when one failed, 2 on bad usage.
     *
     * @param args see {@link ExamplesCommand}
     */
    public static void main(String[] args) {
        System.exit(new CommandLine(new ExamplesCommand()).execute(args));
    }

    /**
     * Returns every registered scenario, in the order they run.
     *
     * @return the scenarios
     */
    public static List<Scenario> all() {
        return ALL;
    }

    /**
     * Picks scenarios by name.
     *
     * @param names {@code all}, names, or comma-separated lists of names
     * @return the chosen scenarios in the order given, each once
     * @throws IllegalArgumentException naming an unknown scenario
     */
    public static List<Scenario> choose(String... names) {
        Map<String, Scenario> byName = new LinkedHashMap<>();
        ALL.forEach(s -> byName.put(s.name(), s));
        List<String> wanted = Arrays.stream(names).flatMap(name -> Arrays.stream(name.split(",")))
                .map(String::trim).filter(name -> !name.isEmpty()).toList();
        if (wanted.isEmpty() || wanted.contains("all")) {
            return ALL;
        }
        List<Scenario> chosen = new ArrayList<>();
        for (String name : wanted) {
            Scenario scenario = byName.get(name);
            if (scenario == null) {
                throw new IllegalArgumentException("unknown scenario '" + name + "'; known: " + byName.keySet());
            }
            if (!chosen.contains(scenario)) {
                chosen.add(scenario);
            }
        }
        return chosen;
    }

    /**
     * Runs scenarios one after the other, printing each one's progress, result and time.
     *
     * @param scenarios what to run
     * @param settings the settings every client is built from
     * @param out where to print
     * @return how many failed
     */
    public static int runAll(List<Scenario> scenarios, ClientSettings settings, PrintStream out) {
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
}

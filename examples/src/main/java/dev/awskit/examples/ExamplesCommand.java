package dev.awskit.examples;

import dev.awskit.core.client.ClientSettings;
import dev.awskit.testkit.MotoServer;
import java.io.PrintStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The examples runner. Where the scenarios run:
 * <ul>
 *   <li>{@code --endpoint URL}: the emulator (moto, LocalStack, ...) at that URL;</li>
 *   <li>{@code --region}/{@code --profile} without {@code --endpoint}: a real AWS account, with the SDK's default
 *       credentials chain or that profile (the scenarios create resources with unique names);</li>
 *   <li>neither: {@code MOTO_ENDPOINT} or {@code AWS_ENDPOINT_URL} when set, else a moto server started for the run
 *       on 127.0.0.1 and stopped at its end.</li>
 * </ul>
 */
@Command(name = "examples", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = "Runs awskit's example scenarios (one or more per seed document) and reports each one.",
        subcommands = {ExamplesCommand.ListCommand.class, ExamplesCommand.RunCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every scenario passed", "1:a scenario failed", "2:bad usage (the bad value is named)"})
public final class ExamplesCommand implements Callable<Integer> {
    private final PrintStream out;

    @Spec
    private CommandSpec spec;

    @Option(names = "--endpoint", paramLabel = "URL", scope = ScopeType.INHERIT,
            description = "Run against the emulator at URL (default: MOTO_ENDPOINT, AWS_ENDPOINT_URL, or a moto "
                    + "server started for the run).")
    private URI endpoint;

    @Option(names = "--region", paramLabel = "REGION", scope = ScopeType.INHERIT,
            description = "AWS region; without --endpoint, runs against a real account.")
    private String region;

    @Option(names = "--profile", paramLabel = "PROFILE", scope = ScopeType.INHERIT,
            description = "AWS profile for credentials; without --endpoint, runs against a real account.")
    private String profile;

    @Parameters(paramLabel = "NAME", arity = "0..*",
            description = "Scenarios to run (names or comma-separated lists; default all).")
    private List<String> names = new ArrayList<>();

    /** Creates the command printing to standard output. */
    public ExamplesCommand() {
        this(System.out);
    }

    /**
     * Creates the command printing to {@code out}.
     *
     * @param out where scenario progress goes
     */
    public ExamplesCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() {
        return run(names);
    }

    int run(List<String> chosenNames) {
        List<Scenario> chosen;
        ClientSettings settings;
        try {
            chosen = Scenarios.choose(chosenNames.toArray(String[]::new));
            settings = explicitSettings();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        if (settings != null) {
            out.println("Running against " + describe(settings));
            return Scenarios.runAll(chosen, settings, out) == 0 ? 0 : 1;
        }
        try (MotoServer moto = MotoServer.start()) {
            out.println("Started moto at " + moto.endpoint());
            return Scenarios.runAll(chosen, moto.settings(), out) == 0 ? 0 : 1;
        }
    }

    /** The settings the options or the environment name, or null to start a local moto. */
    private ClientSettings explicitSettings() {
        URI target = endpoint != null ? endpoint : environmentEndpoint();
        if (target != null) {
            ClientSettings.Builder emulator = ClientSettings.emulator(target).toBuilder();
            if (region != null) {
                emulator.region(region);
            }
            if (profile != null) {
                emulator.credentialsProvider(null).profile(profile);
            }
            return emulator.build();
        }
        if (region == null && profile == null) {
            return null;
        }
        ClientSettings.Builder account = ClientSettings.builder().profile(profile);
        if (region != null) {
            account.region(region);
        }
        return account.build();
    }

    private static URI environmentEndpoint() {
        for (String name : List.of("MOTO_ENDPOINT", "AWS_ENDPOINT_URL")) {
            String value = System.getenv(name);
            if (value != null && !value.isBlank()) {
                return URI.create(value);
            }
        }
        return null;
    }

    private static String describe(ClientSettings settings) {
        return settings.endpointOverride() != null ? "the emulator at " + settings.endpointOverride()
                : "AWS (region " + (settings.region() == null ? "from the environment" : settings.region())
                        + (settings.profile() == null ? "" : ", profile " + settings.profile()) + ")";
    }

    /** {@code list}: prints every scenario with what it shows. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the scenarios.")
    static final class ListCommand implements Callable<Integer> {
        @ParentCommand
        private ExamplesCommand parent;

        @Override
        public Integer call() {
            Scenarios.all().forEach(s -> parent.out.printf("%-26s %s%n", s.name(), s.description()));
            return 0;
        }
    }

    /** {@code run NAME...}: runs the named scenarios. */
    @Command(name = "run", mixinStandardHelpOptions = true, description = "Runs the named scenarios.")
    static final class RunCommand implements Callable<Integer> {
        @ParentCommand
        private ExamplesCommand parent;

        @Parameters(paramLabel = "NAME", arity = "1..*", description = "Scenario names (see 'list').")
        private List<String> names = new ArrayList<>();

        @Override
        public Integer call() {
            return parent.run(names);
        }
    }
}

package dev.awskit.examples.ssmrun;

import dev.awskit.core.Futures;
import dev.awskit.core.backoff.Backoff;
import dev.awskit.ssm.AutomationException;
import dev.awskit.ssm.AutomationFailedException;
import dev.awskit.ssm.AutomationParameterException;
import dev.awskit.ssm.AutomationParameters;
import dev.awskit.ssm.AutomationRequest;
import dev.awskit.ssm.AutomationResult;
import dev.awskit.ssm.AutomationStartException;
import dev.awskit.ssm.AutomationTimeoutException;
import dev.awskit.ssm.AwaitOptions;
import dev.awskit.ssm.SsmAutomationHelper;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.ssm.SsmAsyncClient;

/**
 * {@code ssm-run}: runs an SSM Automation document and waits for it, the CLI of seed 004 without its faults
 * (every failure has its own exit code, any status ends the wait, a deadline bounds it, values may hold
 * {@code =}).
 *
 * <pre>
 * java -jar ssm-run.jar --document AWS-StartEC2Instance InstanceId=i-0ed4574c5ba94c877 \
 *     AutomationAssumeRole=arn:aws:iam::123456789012:role/AutomationServiceRole --timeout 10m
 * </pre>
 */
@Command(name = "ssm-run", mixinStandardHelpOptions = true, versionProvider = SsmRunCommand.Version.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = "Runs an SSM Automation document and waits until it ends.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the automation succeeded",
                "1:the automation failed or could not be started (the failure message is printed)",
                "2:bad usage (the bad option or parameter is named)",
                "3:the automation did not end within --timeout"},
        footerHeading = "%nEnvironment (read by the AWS SDK when no option is given):%n",
        footer = {"  AWS_REGION                 region (else the profile's region)",
                "  AWS_PROFILE                profile for credentials and region",
                "  AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN",
                "                             static credentials",
                "  AWS_CONFIG_FILE, AWS_SHARED_CREDENTIALS_FILE",
                "                             where profiles live (default ~/.aws/config, ~/.aws/credentials)",
                "  AWS_ENDPOINT_URL_SSM, AWS_ENDPOINT_URL",
                "                             SSM endpoint (--endpoint wins)",
                "  AWS_MAX_ATTEMPTS, AWS_RETRY_MODE",
                "                             the SDK's retries of each call"})
public final class SsmRunCommand implements Callable<Integer> {
    /** The automation succeeded. */
    public static final int EXIT_SUCCESS = 0;
    /** The automation failed, or could not be started. */
    public static final int EXIT_FAILED = 1;
    /** Bad usage. */
    public static final int EXIT_USAGE = 2;
    /** The deadline passed. */
    public static final int EXIT_TIMED_OUT = 3;

    /** How results are printed. */
    enum Output { text, json }

    @Spec
    private CommandSpec spec;

    @Option(names = {"-D", "--document"}, required = true, paramLabel = "NAME",
            description = "Automation document name or ARN, e.g. AWS-StartEC2Instance.")
    private String document;

    @Option(names = "--document-version", paramLabel = "VERSION", description = "Document version (default: the default version).")
    private String documentVersion;

    @Parameters(paramLabel = "KEY=VALUE", arity = "0..*",
            description = "Input parameters; a value may contain '='; a repeated key gives a list.")
    private List<String> parameters = new ArrayList<>();

    @Option(names = "--parameters-json", paramLabel = "JSON",
            description = "Input parameters as a JSON object, e.g. '{\"InstanceId\":[\"i-1\"]}'; KEY=VALUE arguments add to it.")
    private String parametersJson;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "30m", converter = DurationConverter.class,
            description = "How long to wait, e.g. 90s, 10m, 2h (default: ${DEFAULT-VALUE}).")
    private Duration timeout;

    @Option(names = "--stop-on-timeout", description = "Stop (cancel) the execution when --timeout passes.")
    private boolean stopOnTimeout;

    @Option(names = "--poll-interval", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Fixed wait between polls (default: 2.5s for 4 polls, 5s for 7, then 15s).")
    private Duration pollInterval;

    @Option(names = "--region", paramLabel = "REGION", description = "AWS region (default: the SDK's chain).")
    private String region;

    @Option(names = "--profile", paramLabel = "PROFILE", description = "AWS profile for credentials.")
    private String profile;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "SSM endpoint, e.g. a VPC endpoint or an emulator; an endpoint on this machine (localhost, "
                    + "127.0.0.1) is taken for an emulator and gets test credentials unless --profile is given.")
    private URI endpoint;

    @Option(names = "--client-token", paramLabel = "UUID",
            description = "Idempotency token of the start (default: a new one). Running again with the token a "
                    + "failed start printed returns the execution it started instead of starting a second one.")
    private String clientToken;

    @Option(names = "--output", paramLabel = "FORMAT", defaultValue = "text",
            description = "Result format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Output output;

    @Option(names = {"-v", "--verbose"}, description = "Also print awskit's log lines.")
    private boolean verbose;

    private final boolean ownsLogging;

    /**
     * Creates the command.
     *
     * @param ownsLogging whether the command may reconfigure logging (true when it is the whole program)
     */
    SsmRunCommand(boolean ownsLogging) {
        this.ownsLogging = ownsLogging;
    }

    /**
     * Runs the CLI and exits with its exit code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        System.exit(new CommandLine(new SsmRunCommand(true)).setCaseInsensitiveEnumValuesAllowed(true).execute(args));
    }

    /**
     * Runs the CLI without exiting and without touching the logging configuration.
     *
     * @param args the command line
     * @return the exit code
     */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /**
     * Returns the configured picocli command line, so callers can redirect its output.
     *
     * @return the command line
     */
    public static CommandLine commandLine() {
        return new CommandLine(new SsmRunCommand(false)).setCaseInsensitiveEnumValuesAllowed(true);
    }

    @Override
    public Integer call() {
        if (ownsLogging) {
            CliLogging.configure(verbose);
        }
        AutomationRequest request = request();
        ProgressPrinter progress = new ProgressPrinter(spec.commandLine().getErr());
        ResultPrinter printer = new ResultPrinter(spec.commandLine().getOut(), output == Output.json);
        AwaitOptions options = AwaitOptions.builder().timeout(timeout).stopOnTimeout(stopOnTimeout).build();
        try (SsmAsyncClient client = CliSettings.of(endpoint, region, profile).client(SsmAsyncClient.builder());
                SsmAutomationHelper helper = helper(client, progress)) {
            AutomationResult result = Futures.join(helper.run(request, options));
            printer.succeeded(result);
            return EXIT_SUCCESS;
        } catch (AutomationTimeoutException e) {
            printer.timedOut(e);
            return EXIT_TIMED_OUT;
        } catch (AutomationFailedException e) {
            printer.failed(e);
            return EXIT_FAILED;
        } catch (AutomationStartException e) {
            printer.startFailed(e);
            return EXIT_FAILED;
        } catch (AutomationException e) {
            printer.error(e.executionId().orElse(null), e.getMessage());
            return EXIT_FAILED;
        } catch (SdkException e) {
            printer.error(null, e.getMessage());
            return EXIT_FAILED;
        }
    }

    private AutomationRequest request() {
        Map<String, List<String>> merged = new LinkedHashMap<>();
        try {
            if (parametersJson != null) {
                merged.putAll(AutomationParameters.fromJson(parametersJson));
            }
            AutomationParameters.parse(parameters).forEach((key, values) ->
                    merged.merge(key, values, (a, b) -> {
                        List<String> all = new ArrayList<>(a);
                        all.addAll(b);
                        return all;
                    }));
        } catch (AutomationParameterException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        AutomationRequest.Builder builder = AutomationRequest.builder().documentName(document).parameters(merged);
        if (documentVersion != null) {
            builder.documentVersion(documentVersion);
        }
        try {
            if (clientToken != null) {
                builder.clientToken(clientToken);
            }
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--client-token: " + e.getMessage());
        }
    }

    private SsmAutomationHelper helper(SsmAsyncClient client, ProgressPrinter progress) {
        SsmAutomationHelper.Builder builder = SsmAutomationHelper.builder(client).listener(progress);
        if (pollInterval != null) {
            builder.backoff(Backoff.fixed(pollInterval)).errorBackoff(Backoff.fixed(pollInterval));
        }
        return builder.build();
    }

    /** The version line: the jar's implementation version, or "development" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = SsmRunCommand.class.getPackage().getImplementationVersion();
            return new String[] {"ssm-run " + (version == null ? "development" : version) + " (awskit)"};
        }
    }
}

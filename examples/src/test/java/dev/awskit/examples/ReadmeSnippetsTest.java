package dev.awskit.examples;

import static dev.awskit.core.poll.PollOutcome.CONTINUE;
import static dev.awskit.core.poll.PollOutcome.SUCCESS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awskit.core.AwsKitTimeoutException;
import dev.awskit.core.SecretValue;
import dev.awskit.core.backoff.Backoff;
import dev.awskit.core.client.ClientSettings;
import dev.awskit.core.json.AwsKitJson;
import dev.awskit.core.poll.PollPolicy;
import dev.awskit.core.poll.Poller;
import dev.awskit.s3.S3Bucket;
import dev.awskit.s3.UploadResult;
import dev.awskit.s3.event.DrainListener;
import dev.awskit.s3.event.DrainReport;
import dev.awskit.s3.event.S3EventDrain;
import dev.awskit.core.cache.CacheLoadException;
import dev.awskit.secrets.ParameterCache;
import dev.awskit.secrets.PreloadConfig;
import dev.awskit.secrets.PreloadReport;
import dev.awskit.secrets.Preloader;
import dev.awskit.secrets.SecretCache;
import dev.awskit.secrets.SecretHandleSync;
import dev.awskit.ssm.AutomationFailedException;
import dev.awskit.ssm.AutomationRequest;
import dev.awskit.ssm.AutomationResult;
import dev.awskit.ssm.AutomationStartException;
import dev.awskit.ssm.SsmAutomationHelper;
import dev.awskit.ssm.command.CommandFailedException;
import dev.awskit.ssm.command.CommandResult;
import dev.awskit.ssm.command.RunCommandHelper;
import dev.awskit.testkit.FaultInjector;
import dev.awskit.testkit.MotoExtension;
import dev.awskit.testkit.MotoServer;
import dev.awskit.testkit.ssm.Runbook;
import dev.awskit.testkit.ssm.RunbookStep;
import dev.awskit.testkit.ssm.SsmAutomationEmulator;
import dev.awskit.testkit.ssm.SsmAutomationEmulatorExtension;
import dev.awskit.testkit.ssm.SsmEmulatorPreset;
import java.io.InputStream;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableResponse;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;
import software.amazon.awssdk.services.ssm.SsmAsyncClient;
import software.amazon.awssdk.services.ssm.SsmClient;

/**
 * The code snippets of the root README, compiled with the build so the README cannot drift from the API.
 * The testkit snippets also run: against moto, and against the SSM Automation emulator.
 */
@ExtendWith(MotoExtension.class)
class ReadmeSnippetsTest {

    record DbCredentials(String username, String password, String host) {
        @Override
        public String toString() {
            return "DbCredentials[username=" + username + ", password=redacted, host=" + host + "]";
        }
    }

    /** README: the first screen. Needs a real account, so it is compiled only. */
    static void quickStart() {
        try (SsmAsyncClient ssm = ClientSettings.builder().region("eu-west-1").profile("ops").build()
                        .client(SsmAsyncClient.builder());
                SsmAutomationHelper automation = SsmAutomationHelper.create(ssm)) {
            AutomationResult result = automation.sync().run(r -> r.documentName("AWS-StartEC2Instance")
                    .parameter("InstanceId", "i-0ed4574c5ba94c877")
                    .parameter("AutomationAssumeRole", "arn:aws:iam::123456789012:role/AutomationServiceRole"));
            System.out.println(result.status() + " " + result.outputs());
        } catch (AutomationFailedException e) {
            System.out.println(e.status() + " " + e.failureMessage() + " " + e.failedStep());
        } catch (AutomationStartException e) {
            System.out.println(e.clientToken() + " " + e.request());
        } catch (AwsKitTimeoutException e) {
            System.out.println(e.getMessage());
        }
    }

    /** README: "SSM Automation and Run Command". Compiled only. */
    static void ssmAutomationAndRunCommand(SsmAsyncClient ssm, SsmAutomationHelper automation) {
        AutomationRequest request = AutomationRequest.builder().documentName("Deploy").parameter("Version", "42").build();
        String id = automation.sync().start(request);
        String same = automation.sync().start(request);

        try (RunCommandHelper commands = RunCommandHelper.create(ssm)) {
            CommandResult result = commands.sync().run(r -> r.tag("env", "prod").maxConcurrency("10%")
                    .commands("systemctl restart nginx"));
            System.out.println(id + " " + same + " " + result);
        } catch (CommandFailedException e) {
            e.failures().forEach(f -> System.out.println(f.summary()));
        }
    }

    /** README: "Secrets and parameters". Compiled only. */
    static void secretsAndParameters() throws SQLException {
        SecretCache secrets = SecretCache.create(SecretsManagerClient.create());   // or SecretsManagerAsyncClient
        SecretValue password = secrets.sync().getField("prod/db", "password");     // prints SecretValue[redacted]
        Connection db = secrets.sync().withSecret("prod/db", e -> e instanceof SQLInvalidAuthorizationSpecException,
                secret -> connect(AwsKitJson.read(secret.reveal(), DbCredentials.class)));  // throws SQLException as is
        SecretHandleSync apiKey = secrets.handle("prod/api-key").sync();            // keep it: no map lookup
        ParameterCache parameters = ParameterCache.create(SsmClient.create());
        String level = parameters.sync().get("/app/log-level");                     // or "/app/log-level:3", ":prod"
        PreloadReport report = Preloader.from(PreloadConfig.read(Path.of("config.yaml"))).sync()
                .into(secrets, parameters);
        System.out.println(password + " " + db + " " + apiKey.get() + " " + level + " " + report);
    }

    /** README: "When a read fails". Compiled only. */
    static SecretValue whenAReadFails(SecretCache secrets) {
        try {
            return secrets.sync().get("prod/db");
        } catch (CacheLoadException e) {
            if (e.isNotFound() || e.isForbidden()) {
                throw new IllegalStateException("configure secret " + e.key(), e);  // deleted, denied, bad name
            } else if (e.isStale()) {
                throw new IllegalStateException("Secrets Manager down for too long", e);  // past max staleness
            } else {
                throw new IllegalStateException("Secrets Manager failing: " + e.getCause(), e);  // nothing cached
            }
        }
    }

    static Connection connect(DbCredentials credentials) throws SQLException {
        return DriverManager.getConnection("jdbc:mysql://" + credentials.host(), credentials.username(),
                credentials.password());
    }

    record Profile(String name, String segment) {
    }

    record JobResult(int images, int files) {
    }

    interface Metrics {
        void submit(JobResult result);
    }

    /** README: "S3 objects and event queues". Compiled only. */
    static void s3ObjectsAndEventQueues(S3AsyncClient s3, SqsAsyncClient sqs, String queueUrl, Profile profile,
            InputStream csvStream, Metrics metrics) {
        S3Bucket letters = S3Bucket.of(s3, "letters");
        letters.sync().putString("C42/D7.txt", "Dear customer, ...");
        letters.sync().putJson("C42/profile.json", profile, o -> o.gzip(true));
        Profile back = letters.sync().getJson("C42/profile.json", Profile.class);
        UploadResult up = letters.sync().upload("exports/all.csv", csvStream);
        long big = letters.sync().list("exports/").filter(e -> e.size() > 1_000_000).count();
        URL link = letters.sync().presignGet("C42/D7.txt", Duration.ofMinutes(15));

        DrainReport report = S3EventDrain.builder(sqs, queueUrl)
                .handler(event -> S3Bucket.of(s3, event.bucket()).getJson(event.key(), JobResult.class)
                        .thenAccept(metrics::submit))
                .parallelism(8).listener(DrainListener.logging())
                .build().sync().drain();
        System.out.println(back + " " + up + " " + big + " " + link + " " + report);
    }

    /** README: "Polling anything". Compiled only. */
    static DescribeTableResponse pollingAnything(DynamoDbAsyncClient dynamo) {
        try (Poller poller = Poller.create()) {
            return poller.poll(
                    () -> dynamo.describeTable(r -> r.tableName("votes")),
                    PollPolicy.<DescribeTableResponse>builder()
                            .classifier(r -> r.table().tableStatus() == TableStatus.ACTIVE ? SUCCESS : CONTINUE)
                            .backoff(Backoff.exponential(Duration.ofMillis(200), Duration.ofSeconds(5)))
                            .timeout(Duration.ofMinutes(2))
                            .build()).join();
        }
    }

    /** README: "Testing your code offline", run for real. */
    @Test
    void read_whenFirstCallIsThrottled_retriesOnce(MotoServer moto) {
        FaultInjector faults = FaultInjector.create();
        faults.on("GetSecretValue").nthCall(1).throttle();
        try (SecretsManagerClient sm = moto.settings().toBuilder().addInterceptor(faults).build()
                .client(SecretsManagerClient.builder())) {
            sm.createSecret(r -> r.name("readme/secret").secretString("value"));

            String read = sm.getSecretValue(r -> r.secretId("readme/secret")).secretString();

            assertThat(read).isEqualTo("value");
            assertThat(faults.calls("GetSecretValue")).isEqualTo(1);
            assertThat(faults.attempts("GetSecretValue")).isEqualTo(2);
        }
    }

    /** README: "The SSM Automation emulator", run for real. */
    @Nested
    @ExtendWith(SsmAutomationEmulatorExtension.class)
    class DeployTest {
        @Test
        void deploy_whenVerifyFails_namesTheStep(SsmAutomationEmulator ssm, SsmAsyncClient client) {
            ssm.register(Runbook.builder("Deploy")
                    .step(RunbookStep.builder("build").duration(Duration.ofMillis(50)).build())
                    .step(RunbookStep.builder("verify").fails("health check failed").build()).build());
            try (SsmAutomationHelper helper = SsmAutomationHelper.builder(client)
                    .backoff(SsmEmulatorPreset.pollBackoff()).build()) {
                assertThatThrownBy(() -> helper.sync().run(r -> r.documentName("Deploy")))
                        .isInstanceOfSatisfying(AutomationFailedException.class,
                                e -> assertThat(e.failedStep().orElseThrow().name()).isEqualTo("verify"));
            }
        }
    }
}

package dev.awskit.examples;

import static dev.awskit.core.poll.PollOutcome.CONTINUE;
import static dev.awskit.core.poll.PollOutcome.SUCCESS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awskit.core.SecretValue;
import dev.awskit.core.backoff.Backoff;
import dev.awskit.core.client.ClientSettings;
import dev.awskit.core.json.AwsKitJson;
import dev.awskit.core.poll.PollPolicy;
import dev.awskit.core.poll.Poller;
import dev.awskit.secrets.ParameterCache;
import dev.awskit.secrets.SecretCache;
import dev.awskit.ssm.AutomationFailedException;
import dev.awskit.ssm.AutomationResult;
import dev.awskit.ssm.AutomationTimeoutException;
import dev.awskit.ssm.SsmAutomationHelper;
import dev.awskit.testkit.FaultInjector;
import dev.awskit.testkit.MotoExtension;
import dev.awskit.testkit.MotoServer;
import dev.awskit.testkit.ssm.Runbook;
import dev.awskit.testkit.ssm.RunbookStep;
import dev.awskit.testkit.ssm.SsmAutomationEmulator;
import dev.awskit.testkit.ssm.SsmAutomationEmulatorExtension;
import dev.awskit.testkit.ssm.SsmEmulatorPreset;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableResponse;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerAsyncClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.ssm.SsmAsyncClient;

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
        } catch (AutomationTimeoutException e) {
            System.out.println(e.getMessage());
        }
    }

    /** README: "Secrets and parameters". Compiled only. */
    static void secretsAndParameters() {
        SecretCache secrets = SecretCache.create(SecretsManagerAsyncClient.create());
        SecretValue password = secrets.sync().getField("prod/db", "password");
        Connection db = secrets.withSecret("prod/db", e -> e instanceof SQLInvalidAuthorizationSpecException,
                secret -> connect(AwsKitJson.read(secret.reveal(), DbCredentials.class)));
        ParameterCache parameters = ParameterCache.create(SsmAsyncClient.create());
        String level = parameters.sync().get("/app/log-level");
        System.out.println(password + " " + db + " " + level);
    }

    static Connection connect(DbCredentials credentials) throws SQLException {
        return DriverManager.getConnection("jdbc:mysql://" + credentials.host(), credentials.username(),
                credentials.password());
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

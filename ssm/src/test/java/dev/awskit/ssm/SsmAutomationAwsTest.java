package dev.awskit.ssm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ssm.SsmAsyncClient;

/**
 * Against a real account, as the seed's integration tests did: excluded by default (tag {@code aws}); run
 * with {@code mvn -pl ssm test -Dawskit.groups.excluded= -Dtest=SsmAutomationAwsTest} and the environment
 * {@code AWSKIT_TEST_INSTANCE_ID} (a stoppable EC2 instance) and {@code AWSKIT_TEST_AUTOMATION_ROLE} (a role
 * SSM may assume), plus the usual AWS credentials and region.
 */
@Tag("aws")
class SsmAutomationAwsTest {

    @Test
    void run_stopThenStartInstance_succeedsInRealAccount() {
        String instance = System.getenv("AWSKIT_TEST_INSTANCE_ID");
        String role = System.getenv("AWSKIT_TEST_AUTOMATION_ROLE");
        assumeTrue(instance != null && role != null,
                "set AWSKIT_TEST_INSTANCE_ID and AWSKIT_TEST_AUTOMATION_ROLE to run against AWS");
        AwaitOptions options = AwaitOptions.builder().timeout(Duration.ofMinutes(15)).stopOnTimeout(true).build();
        try (SsmAsyncClient ssm = SsmAsyncClient.create();
                SsmAutomationHelper helper = SsmAutomationHelper.create(ssm)) {
            AutomationResult stopped = helper.sync().run(AutomationRequest.builder()
                    .documentName("AWS-StopEC2Instance").parameter("InstanceId", instance)
                    .parameter("AutomationAssumeRole", role).build(), options);
            AutomationResult started = helper.sync().run(AutomationRequest.builder()
                    .documentName("AWS-StartEC2Instance").parameter("InstanceId", instance)
                    .parameter("AutomationAssumeRole", role).build(), options);

            assertThat(stopped.status()).isEqualTo("Success");
            assertThat(started.status()).isEqualTo("Success");
            assertThat(started.steps()).isNotEmpty();
        }
    }
}

package dev.awskit.ssm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awskit.testkit.MotoExtension;
import dev.awskit.testkit.MotoServer;
import dev.awskit.testkit.ssm.SsmAutomationEmulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.InstanceStateName;
import software.amazon.awssdk.services.ssm.SsmAsyncClient;
import software.amazon.awssdk.services.ssm.model.ParameterType;

/**
 * Seed 004 offline: AWS-StopEC2Instance and AWS-StartEC2Instance really stop and start a moto instance, and
 * the same client reaches Parameter Store through the emulator's forwarding.
 */
@ExtendWith(MotoExtension.class)
class SsmAutomationSeedScenarioTest {
    @RegisterExtension
    static final SsmAutomationEmulatorExtension SSM = SsmAutomationEmulatorExtension.builder().forwardToMoto().build();
    private static final String ROLE = "arn:aws:iam::123456789012:role/AutomationServiceRole";

    @Test
    void run_ec2Runbooks_stopAndStartMotoInstance(MotoServer moto, SsmAsyncClient ssm) {
        try (SsmAutomationHelper helper = TestClients.helper(ssm).build();
                Ec2Client ec2 = moto.client(Ec2Client.builder())) {
            String image = ec2.describeImages().images().get(0).imageId();
            String instance = ec2.runInstances(r -> r.imageId(image).minCount(1).maxCount(1))
                    .instances().get(0).instanceId();

            helper.sync().run(r -> r.documentName("AWS-StopEC2Instance").parameter("InstanceId", instance)
                    .parameter("AutomationAssumeRole", ROLE));
            assertThat(state(ec2, instance)).isEqualTo(InstanceStateName.STOPPED);

            AutomationResult started = helper.sync().run(r -> r.documentName("AWS-StartEC2Instance")
                    .parameter("InstanceId", instance).parameter("AutomationAssumeRole", ROLE));
            assertThat(started.status()).isEqualTo("Success");
            assertThat(started.steps()).extracting(AutomationStep::action).containsExactly("aws:changeInstanceState");
            assertThat(state(ec2, instance)).isEqualTo(InstanceStateName.RUNNING);

            ssm.putParameter(r -> r.name("/seed/instance").value(instance).type(ParameterType.STRING)).join();
            assertThat(ssm.getParameter(r -> r.name("/seed/instance")).join().parameter().value()).isEqualTo(instance);
        }
    }

    @Test
    void run_whenInstanceDoesNotExist_failsWithEc2ErrorInFailedStep(SsmAsyncClient ssm) {
        try (SsmAutomationHelper helper = TestClients.helper(ssm).build()) {
            assertThatThrownBy(() -> helper.sync().run(r -> r.documentName("AWS-StartEC2Instance")
                    .parameter("InstanceId", "i-0123456789abcdef0")))
                    .isInstanceOfSatisfying(AutomationFailedException.class, e -> {
                        assertThat(e.failedStep().orElseThrow().name()).isEqualTo("startInstances");
                        assertThat(e.failedStep().orElseThrow().failureMessage()).contains("InvalidInstanceID");
                    });
        }
    }

    private static InstanceStateName state(Ec2Client ec2, String instance) {
        return ec2.describeInstances(r -> r.instanceIds(instance)).reservations().get(0).instances().get(0)
                .state().name();
    }
}

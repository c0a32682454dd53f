package dev.awskit.testkit.ssm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awskit.testkit.MotoExtension;
import dev.awskit.testkit.MotoServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.InstanceStateName;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.AutomationExecutionMetadata;
import software.amazon.awssdk.services.ssm.model.ParameterType;

/** Forwarding to moto and the built-in EC2 runbooks acting on moto's instances, on wall time. */
@ExtendWith(MotoExtension.class)
class SsmAutomationEmulatorMotoTest {
    @RegisterExtension
    static final SsmAutomationEmulatorExtension SSM = SsmAutomationEmulatorExtension.builder().forwardToMoto().build();

    @Test
    void forwarding_servesParameterStoreFromMotoThroughTheSameClient(SsmClient ssm, SsmAutomationEmulator emulator) {
        ssm.putParameter(r -> r.name("/app/color").value("blue").type(ParameterType.STRING));

        assertThat(ssm.getParameter(r -> r.name("/app/color")).parameter().value()).isEqualTo("blue");
        assertThat(emulator.calls("GetParameter")).isEqualTo(1);
    }

    @Test
    void ec2Runbooks_stopAndStartMotoInstance_forAClientPollingOnlyDescribe(MotoServer moto, SsmClient ssm,
            SsmAutomationEmulator emulator) {
        try (Ec2Client ec2 = moto.client(Ec2Client.builder())) {
            String instance = launch(ec2);

            assertThat(runToEnd(ssm, "AWS-StopEC2Instance", instance).automationExecutionStatusAsString())
                    .isEqualTo("Success");
            assertThat(state(ec2, instance)).isEqualTo(InstanceStateName.STOPPED);
            assertThat(runToEnd(ssm, "AWS-StartEC2Instance", instance).automationExecutionStatusAsString())
                    .isEqualTo("Success");
            assertThat(state(ec2, instance)).isEqualTo(InstanceStateName.RUNNING);
            assertThat(emulator.calls("GetAutomationExecution")).isZero();
        }
    }

    @Test
    void ec2Runbook_whenInstanceMissing_failsWithTheEc2Error(SsmClient ssm) {
        AutomationExecutionMetadata failed = runToEnd(ssm, "AWS-StartEC2Instance", "i-0000000000000dead");

        assertThat(failed.automationExecutionStatusAsString()).isEqualTo("Failed");
        assertThat(failed.failureMessage()).contains("InvalidInstanceID");
    }

    private static AutomationExecutionMetadata runToEnd(SsmClient ssm, String document, String instance) {
        String id = ssm.startAutomationExecution(r -> r.documentName(document)
                .parameters(Map.of("InstanceId", List.of(instance)))).automationExecutionId();
        return Contract.describeUntilEnded(ssm, id);
    }

    private static String launch(Ec2Client ec2) {
        String image = ec2.describeImages().images().get(0).imageId();
        return ec2.runInstances(r -> r.imageId(image).minCount(1).maxCount(1)).instances().get(0).instanceId();
    }

    private static InstanceStateName state(Ec2Client ec2, String instance) {
        return ec2.describeInstances(r -> r.instanceIds(instance)).reservations().get(0).instances().get(0)
                .state().name();
    }
}

package dev.awskit.testkit.ssm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awskit.testkit.MotoExtension;
import dev.awskit.testkit.MotoServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.InstanceStateName;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.AutomationExecution;
import software.amazon.awssdk.services.ssm.model.ParameterType;

/** Forwarding to moto and the built-in EC2 runbooks acting on moto's instances. */
@ExtendWith(MotoExtension.class)
class SsmAutomationEmulatorMotoTest {

    @Test
    void forwarding_servesParameterStoreFromMotoThroughTheSameClient(MotoServer moto) {
        try (SsmAutomationEmulator emulator = SsmAutomationEmulator.builder().forwardTo(moto.endpoint()).start();
                SsmClient ssm = emulator.settings().client(SsmClient.builder())) {
            ssm.putParameter(r -> r.name("/app/color").value("blue").type(ParameterType.STRING));

            assertThat(ssm.getParameter(r -> r.name("/app/color")).parameter().value()).isEqualTo("blue");
            assertThat(emulator.calls("GetParameter")).isEqualTo(1);
        }
    }

    @Test
    void ec2Runbooks_startAndStopMotoInstance(MotoServer moto) {
        try (SsmAutomationEmulator emulator = SsmAutomationEmulator.builder().ec2Endpoint(moto.endpoint()).start();
                SsmClient ssm = emulator.settings().client(SsmClient.builder());
                Ec2Client ec2 = moto.client(Ec2Client.builder())) {
            String image = ec2.describeImages().images().get(0).imageId();
            String instance = ec2.runInstances(r -> r.imageId(image).minCount(1).maxCount(1))
                    .instances().get(0).instanceId();

            runToEnd(ssm, "AWS-StopEC2Instance", instance);
            assertThat(state(ec2, instance)).isEqualTo(InstanceStateName.STOPPED);

            AutomationExecution started = runToEnd(ssm, "AWS-StartEC2Instance", instance);
            assertThat(started.automationExecutionStatusAsString()).isEqualTo("Success");
            assertThat(state(ec2, instance)).isEqualTo(InstanceStateName.RUNNING);
        }
    }

    @Test
    void ec2Runbook_whenInstanceMissing_failsWithEc2Error(MotoServer moto) {
        try (SsmAutomationEmulator emulator = SsmAutomationEmulator.builder().ec2Endpoint(moto.endpoint()).start();
                SsmClient ssm = emulator.settings().client(SsmClient.builder())) {
            AutomationExecution failed = runToEnd(ssm, "AWS-StartEC2Instance", "i-0000000000000dead");

            assertThat(failed.automationExecutionStatusAsString()).isEqualTo("Failed");
            assertThat(failed.stepExecutions().get(0).failureMessage()).contains("InvalidInstanceID");
        }
    }

    private static AutomationExecution runToEnd(SsmClient ssm, String document, String instance) {
        String id = ssm.startAutomationExecution(r -> r.documentName(document)
                .parameters(Map.of("InstanceId", List.of(instance)))).automationExecutionId();
        ssm.getAutomationExecution(r -> r.automationExecutionId(id));
        return ssm.getAutomationExecution(r -> r.automationExecutionId(id)).automationExecution();
    }

    private static InstanceStateName state(Ec2Client ec2, String instance) {
        return ec2.describeInstances(r -> r.instanceIds(instance)).reservations().get(0).instances().get(0)
                .state().name();
    }
}

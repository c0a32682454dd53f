package dev.awskit.testkit.ssm.internal;

import dev.awskit.testkit.ssm.Runbook;
import dev.awskit.testkit.ssm.RunbookStep;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.ec2.Ec2Client;

/**
 * {@code AWS-StartEC2Instance} and {@code AWS-StopEC2Instance} with the parameters of the AWS-owned documents
 * ({@code InstanceId} required, {@code AutomationAssumeRole} optional), acting on an EC2 endpoint (moto).
 */
public final class Ec2Runbooks {
    private Ec2Runbooks() {
    }

    /**
     * Creates both runbooks.
     *
     * @param ec2 the client their steps call
     * @return the runbooks
     */
    public static List<Runbook> create(Ec2Client ec2) {
        Runbook start = Runbook.builder("AWS-StartEC2Instance")
                .requiredParameters("InstanceId")
                .parameter("AutomationAssumeRole")
                .step(RunbookStep.builder("startInstances").action("aws:changeInstanceState")
                        .onComplete(parameters -> {
                            ec2.startInstances(r -> r.instanceIds(parameters.get("InstanceId")));
                            return Map.of();
                        }).build())
                .build();
        Runbook stop = Runbook.builder("AWS-StopEC2Instance")
                .requiredParameters("InstanceId")
                .parameter("AutomationAssumeRole")
                .step(RunbookStep.builder("stopInstances").action("aws:changeInstanceState")
                        .onComplete(parameters -> {
                            ec2.stopInstances(r -> r.instanceIds(parameters.get("InstanceId")));
                            return Map.of();
                        }).build())
                .build();
        return List.of(start, stop);
    }
}

package dev.awskit.examples.ssmrun;

import dev.awskit.examples.Scenario;
import dev.awskit.examples.ScenarioContext;
import dev.awskit.testkit.ssm.SsmAutomationEmulator;
import java.io.PrintWriter;
import java.net.URI;
import java.util.List;
import picocli.CommandLine;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.InstanceStateName;

/**
 * Seed 004 ("My first scala app") offline: {@code ssm-run} stops and starts an EC2 instance with
 * {@code AWS-StopEC2Instance} and {@code AWS-StartEC2Instance}, played by the SSM Automation emulator on
 * moto's EC2, and exits 1 with the failure message for an instance that does not exist.
 */
public final class SsmRunScenario implements Scenario {
    private static final String ROLE = "AutomationAssumeRole=arn:aws:iam::123456789012:role/AutomationServiceRole";

    @Override
    public String name() {
        return "ssm-run";
    }

    @Override
    public String description() {
        return "seed 004: ssm-run stops and starts an EC2 instance through SSM Automation (emulator on moto)";
    }

    @Override
    public void run(ScenarioContext context) {
        URI moto = context.settings().endpointOverride();
        try (SsmAutomationEmulator ssm = SsmAutomationEmulator.builder().forwardTo(moto).ec2Endpoint(moto).start();
                Ec2Client ec2 = context.settings().client(Ec2Client.builder())) {
            String image = ec2.describeImages().images().get(0).imageId();
            String instance = ec2.runInstances(r -> r.imageId(image).minCount(1).maxCount(1))
                    .instances().get(0).instanceId();
            context.say("instance %s is %s", instance, state(ec2, instance));

            expect(context, ssm, 0, "AWS-StopEC2Instance", "InstanceId=" + instance);
            check(state(ec2, instance) == InstanceStateName.STOPPED, "instance stopped");
            expect(context, ssm, 0, "AWS-StartEC2Instance", "InstanceId=" + instance);
            check(state(ec2, instance) == InstanceStateName.RUNNING, "instance running");
            expect(context, ssm, 1, "AWS-StartEC2Instance", "InstanceId=i-0123456789abcdef0");
            context.say("instance %s is %s again", instance, state(ec2, instance));
        }
    }

    private static void expect(ScenarioContext context, SsmAutomationEmulator ssm, int exitCode, String document,
            String instanceParameter) {
        List<String> args = List.of("--document", document, instanceParameter, ROLE,
                "--endpoint", ssm.endpoint().toString(), "--region", "us-east-1", "--poll-interval", "200ms");
        context.say("$ ssm-run %s", String.join(" ", args.subList(0, 4)));
        PrintWriter out = new PrintWriter(context.out(), true);
        CommandLine command = SsmRunCommand.commandLine();
        command.setOut(out);
        command.setErr(out);
        int code = command.execute(args.toArray(String[]::new));
        context.say("exit code %d", code);
        check(code == exitCode, "ssm-run exits " + exitCode + " for " + document + " " + instanceParameter);
    }

    private static InstanceStateName state(Ec2Client ec2, String instance) {
        return ec2.describeInstances(r -> r.instanceIds(instance)).reservations().get(0).instances().get(0)
                .state().name();
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException("expected: " + what);
        }
    }
}

package dev.awskit.ssm.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import dev.awskit.core.Futures;
import dev.awskit.core.backoff.Backoff;
import dev.awskit.testkit.FaultInjector;
import dev.awskit.testkit.MotoExtension;
import dev.awskit.testkit.MotoServer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ssm.SsmAsyncClient;
import software.amazon.awssdk.services.ssm.model.GetCommandInvocationResponse;

/** Run Command against moto; failures are played by rewriting moto's answers. */
@ExtendWith(MotoExtension.class)
class RunCommandHelperTest {

    @Test
    void run_whenEveryInvocationSucceeds_returnsOnePerInstance(MotoServer moto) {
        List<String> instances = instances(moto, 2);
        try (SsmAsyncClient ssm = moto.client(SsmAsyncClient.builder());
                RunCommandHelper commands = fast(ssm)) {
            CommandResult result = commands.runSync(CommandRequest.builder()
                    .instanceIds(instances.toArray(String[]::new)).commands("uptime").build());

            assertThat(result.invocations()).extracting(CommandInvocation::instanceId)
                    .containsExactlyElementsOf(instances);
            assertThat(result.invocations()).allSatisfy(i -> assertThat(i.succeeded()).isTrue());
        }
    }

    @Test
    void run_whenInvocationFails_throwsWithStatusAndOutputExcerpts(MotoServer moto) {
        List<String> instances = instances(moto, 2);
        FaultInjector faults = FaultInjector.create();
        faults.on("GetCommandInvocation").always().rewriteResponse((request, response) -> {
            GetCommandInvocationResponse answer = (GetCommandInvocationResponse) response;
            return answer.instanceId().equals(instances.get(1))
                    ? answer.toBuilder().status("Failed").statusDetails("Failed").responseCode(2)
                            .standardErrorContent("grep: /etc/app.conf: No such file").standardOutputContent("starting")
                            .build()
                    : answer;
        });
        try (SsmAsyncClient ssm = moto.settings().toBuilder().addInterceptor(faults).build()
                        .client(SsmAsyncClient.builder());
                RunCommandHelper commands = fast(ssm)) {
            assertThatThrownBy(() -> Futures.join(commands.run(CommandRequest.builder()
                    .instanceIds(instances.toArray(String[]::new)).commands("grep x /etc/app.conf").build())))
                    .asInstanceOf(type(CommandFailedException.class))
                    .satisfies(e -> {
                        assertThat(e.failures()).singleElement().satisfies(f -> {
                            assertThat(f.instanceId()).isEqualTo(instances.get(1));
                            assertThat(f.responseCode()).isEqualTo(2);
                        });
                        assertThat(e.result().invocations()).hasSize(2);
                        assertThat(e.getMessage()).contains(instances.get(1), "Failed", "exit 2",
                                "No such file", "starting");
                    });
        }
    }

    @Test
    void run_whenInvocationNeverEnds_throwsTimeoutNamingInstanceAndStatus(MotoServer moto) {
        List<String> instances = instances(moto, 1);
        FaultInjector faults = FaultInjector.create();
        faults.on("GetCommandInvocation").always().rewriteResponse((request, response) ->
                ((GetCommandInvocationResponse) response).toBuilder().status("InProgress").build());
        try (SsmAsyncClient ssm = moto.settings().toBuilder().addInterceptor(faults).build()
                        .client(SsmAsyncClient.builder());
                RunCommandHelper commands = RunCommandHelper.builder(ssm).backoff(Backoff.fixed(Duration.ofMillis(10)))
                        .timeout(Duration.ofMillis(300)).build()) {
            assertThatThrownBy(() -> commands.runSync(CommandRequest.builder().instanceIds(instances.get(0))
                    .commands("sleep 600").build()))
                    .isInstanceOfSatisfying(CommandTimeoutException.class, e -> {
                        assertThat(e.instanceId()).isEqualTo(instances.get(0));
                        assertThat(e.lastStatus()).isEqualTo("InProgress");
                    });
        }
    }

    @Test
    void await_whenBlankCommandId_throwsBeforeAnyCall(MotoServer moto) {
        try (SsmAsyncClient ssm = moto.client(SsmAsyncClient.builder());
                RunCommandHelper commands = fast(ssm)) {
            assertThatThrownBy(() -> commands.await(" ", List.of("i-1")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("commandId");
        }
    }

    private static RunCommandHelper fast(SsmAsyncClient ssm) {
        return RunCommandHelper.builder(ssm).backoff(Backoff.fixed(Duration.ofMillis(10))).build();
    }

    private static List<String> instances(MotoServer moto, int count) {
        try (Ec2Client ec2 = moto.client(Ec2Client.builder())) {
            String image = ec2.describeImages().images().get(0).imageId();
            return ec2.runInstances(r -> r.imageId(image).minCount(count).maxCount(count)).instances().stream()
                    .map(i -> i.instanceId()).toList();
        }
    }
}

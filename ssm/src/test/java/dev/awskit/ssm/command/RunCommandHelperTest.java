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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ssm.SsmAsyncClient;
import software.amazon.awssdk.services.ssm.model.GetCommandInvocationResponse;

/** Run Command to instance ids against moto; failures are played by rewriting moto's answers. */
@ExtendWith(MotoExtension.class)
class RunCommandHelperTest {
    private static final FaultInjector faults = FaultInjector.create();
    private static SsmAsyncClient ssm;
    private static Ec2Client ec2;
    private static MotoInstances instances;

    @BeforeAll
    static void clients(MotoServer moto) {
        ssm = moto.settings().toBuilder().addInterceptor(faults).build().client(SsmAsyncClient.builder());
        ec2 = moto.client(Ec2Client.builder());
        instances = new MotoInstances(ec2);
    }

    @AfterAll
    static void closeClients() {
        ssm.close();
        ec2.close();
    }

    @BeforeEach
    void clearFaults() {
        faults.clearRules().reset();
    }

    @Test
    void run_whenEveryInvocationSucceeds_returnsOnePerInstance() {
        List<String> ids = instances.launch("prod", 2);
        try (RunCommandHelper commands = fast(ssm)) {
            CommandResult result = commands.sync().run(CommandRequest.builder()
                    .instanceIds(ids.toArray(String[]::new)).commands("uptime").build());

            assertThat(result.invocations()).extracting(CommandInvocation::instanceId).containsExactlyElementsOf(ids);
            assertThat(result.invocations()).allSatisfy(i -> assertThat(i.succeeded()).isTrue());
            assertThat(faults.calls("SendCommand")).isEqualTo(1);
        }
    }

    @Test
    void run_whenInvocationFails_throwsWithStatusAndOutputExcerpts() {
        List<String> ids = instances.launch("prod", 2);
        faults.on("GetCommandInvocation").always().rewriteResponse((request, response) -> {
            GetCommandInvocationResponse answer = (GetCommandInvocationResponse) response;
            return answer.instanceId().equals(ids.get(1))
                    ? answer.toBuilder().status("Failed").statusDetails("Failed").responseCode(2)
                            .standardErrorContent("grep: /etc/app.conf: No such file").standardOutputContent("starting")
                            .build()
                    : answer;
        });
        try (RunCommandHelper commands = fast(ssm)) {
            assertThatThrownBy(() -> Futures.join(commands.run(r -> r.instanceIds(ids.toArray(String[]::new))
                    .commands("grep x /etc/app.conf"))))
                    .asInstanceOf(type(CommandFailedException.class))
                    .satisfies(e -> {
                        assertThat(e.failures()).singleElement().satisfies(f -> {
                            assertThat(f.instanceId()).isEqualTo(ids.get(1));
                            assertThat(f.responseCode()).isEqualTo(2);
                        });
                        assertThat(e.result().invocations()).hasSize(2);
                        assertThat(e.getMessage()).contains(ids.get(1), "Failed", "exit 2", "No such file",
                                "starting", ids.get(0) + " (Success, exit 0)");
                    });
        }
    }

    @Test
    void run_whenInvocationNeverEnds_throwsTimeoutNamingInstanceAndStatus() {
        List<String> ids = instances.launch("prod", 1);
        faults.on("GetCommandInvocation").always().rewriteResponse((request, response) ->
                ((GetCommandInvocationResponse) response).toBuilder().status("InProgress").build());
        try (RunCommandHelper commands = RunCommandHelper.builder(ssm).backoff(Backoff.fixed(Duration.ofMillis(10)))
                .timeout(Duration.ofMillis(300)).build()) {
            assertThatThrownBy(() -> commands.sync().run(CommandRequest.builder().instanceIds(ids.get(0))
                    .commands("sleep 600").build()))
                    .isInstanceOfSatisfying(CommandTimeoutException.class, e -> {
                        assertThat(e.commandId()).isNotBlank();
                        assertThat(e.instanceId()).contains(ids.get(0));
                        assertThat(e.lastStatus()).contains("InProgress");
                        assertThat(e.elapsed()).isGreaterThanOrEqualTo(Duration.ofMillis(300));
                    });
        }
    }

    @Test
    void run_whenSendRefused_throwsCommandExceptionWithoutCommandId() {
        faults.on("SendCommand").always().serviceError(400, "InvalidDocument");
        try (RunCommandHelper commands = fast(ssm)) {
            assertThatThrownBy(() -> commands.sync().run(r -> r.instanceIds("i-0123456789abcdef0").commands("uptime")))
                    .isInstanceOfSatisfying(CommandException.class, e -> {
                        assertThat(e.commandId()).isEmpty();
                        assertThat(e.getMessage()).contains("AWS-RunShellScript", "i-0123456789abcdef0",
                                "InvalidDocument");
                    });
            assertThat(faults.calls("GetCommandInvocation")).isZero();
        }
    }

    @Test
    void await_whenBlankCommandId_throwsBeforeAnyCall() {
        try (RunCommandHelper commands = fast(ssm)) {
            assertThatThrownBy(() -> commands.await(" ", List.of("i-1")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("commandId");
            assertThatThrownBy(() -> commands.await("c-1", List.of()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("instanceIds");
            assertThat(faults.calls()).isEmpty();
        }
    }

    private static RunCommandHelper fast(SsmAsyncClient ssm) {
        return RunCommandHelper.builder(ssm).backoff(Backoff.fixed(Duration.ofMillis(10))).build();
    }
}

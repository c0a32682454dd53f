package dev.awskit.ssm.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.awskit.core.backoff.Backoff;
import dev.awskit.testkit.FaultInjector;
import dev.awskit.testkit.MotoExtension;
import dev.awskit.testkit.MotoServer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ssm.SsmAsyncClient;
import software.amazon.awssdk.services.ssm.model.Command;
import software.amazon.awssdk.services.ssm.model.GetCommandInvocationResponse;
import software.amazon.awssdk.services.ssm.model.ListCommandsResponse;

/**
 * Issue 11: Run Command by targets against moto, which resolves {@code tag:} targets to its EC2 instances. moto
 * knows a command's instances at once; real SSM resolves them after the send, so {@code ListCommands} first shows
 * {@code TargetCount} 0 and a targets-based command never lists instance ids itself. A response rewrite plays that
 * on moto's answers, and {@link MotoRunCommand} answers the {@code ListCommandInvocations} moto lacks.
 */
@ExtendWith(MotoExtension.class)
class RunCommandTargetsTest {
    private static final FaultInjector faults = FaultInjector.create();
    private static SsmAsyncClient raw;
    private static SsmAsyncClient faulted;
    private static Ec2Client ec2;
    private static MotoInstances instances;
    private List<String> prod;

    @BeforeAll
    static void clients(MotoServer moto) {
        raw = moto.client(SsmAsyncClient.builder());
        faulted = moto.settings().toBuilder().addInterceptor(faults).build().client(SsmAsyncClient.builder());
        ec2 = moto.client(Ec2Client.builder());
        instances = new MotoInstances(ec2);
    }

    @AfterAll
    static void closeClients() {
        raw.close();
        faulted.close();
        ec2.close();
    }

    @BeforeEach
    void setUp() {
        faults.clearRules().reset();
        prod = instances.launch("prod", 3);
        instances.launch("staging", 1);
    }

    @Test
    void run_byTag_discoversTheInstancesAfterTheSendAndWaitsForEachOne() {
        resolveTargetsAfter(1);
        MotoRunCommand ssm = new MotoRunCommand(faulted, raw, 2, 1);
        try (RunCommandHelper commands = helper(ssm).build()) {
            CommandResult result = commands.sync().run(r -> r.tag("env", "prod").maxConcurrency("50%").commands("uptime"));

            assertThat(result.invocations()).extracting(CommandInvocation::instanceId)
                    .containsExactlyInAnyOrderElementsOf(prod);
            assertThat(result.failures()).isEmpty();
            assertThat(result.toString()).contains(prod.get(0), "Success", "exit 0");
            // poll 1: unresolved; poll 2: resolved, invocations not listed yet; poll 3: two pages (page size 2)
            assertThat(faults.calls("ListCommands")).isEqualTo(3);
            assertThat(ssm.listCalls()).isEqualTo(1 + 2);
            assertThat(faults.calls("GetCommandInvocation")).isEqualTo(prod.size());
        }
    }

    @Test
    void run_byTag_whenOneInstanceFails_failureListsEveryInstanceWithStatusAndOutput() {
        resolveTargetsAfter(0);
        String failing = prod.get(1);
        faults.on("GetCommandInvocation").always().rewriteResponse((request, response) -> {
            GetCommandInvocationResponse answer = (GetCommandInvocationResponse) response;
            return answer.instanceId().equals(failing)
                    ? answer.toBuilder().status("Failed").statusDetails("Failed").responseCode(1)
                            .standardErrorContent("nginx: [emerg] unknown directive").standardOutputContent("testing config")
                            .build()
                    : answer.toBuilder().standardOutputContent("restarted").build();
        });
        try (RunCommandHelper commands = helper(new MotoRunCommand(faulted, raw, 50, 0)).build()) {
            CommandFailedException failed = catchThrowableOfType(() -> commands.sync()
                    .run(r -> r.tag("env", "prod").commands("nginx -t && systemctl restart nginx")),
                    CommandFailedException.class);

            assertThat(failed.commandId()).isPresent();
            assertThat(failed.failures()).singleElement().satisfies(f -> {
                assertThat(f.instanceId()).isEqualTo(failing);
                assertThat(f.status()).isEqualTo("Failed");
                assertThat(f.responseCode()).isEqualTo(1);
            });
            assertThat(failed.result().invocations()).hasSize(prod.size());
            assertThat(failed.getMessage()).contains("failed on 1 of 3 instance(s)",
                    failing + " (Failed, exit 1) stderr: nginx: [emerg] unknown directive stdout: testing config")
                    .contains(prod.stream().filter(id -> !id.equals(failing)).map(id -> id + " (Success, exit 0)")
                            .toList());
        }
    }

    @Test
    void run_whenTargetsMatchNoInstance_failsNamingTheCommandWithoutWaiting() {
        try (RunCommandHelper commands = helper(new MotoRunCommand(faulted, raw, 50, 0)).build()) {
            CommandException none = catchThrowableOfType(() -> commands.sync()
                    .run(r -> r.tag("env", "nowhere").commands("uptime")), CommandException.class);

            assertThat(none).isNotInstanceOf(CommandFailedException.class);
            assertThat(none.commandId()).isPresent();
            assertThat(none.getMessage()).contains(none.commandId().get(), "reached no instance");
            assertThat(faults.calls("GetCommandInvocation")).isZero();
        }
    }

    @Test
    void await_whenTargetsNeverResolve_timesOutAfterTheDiscoveryWindowWithoutInstanceId() {
        resolveTargetsAfter(Integer.MAX_VALUE);
        try (RunCommandHelper commands = helper(new MotoRunCommand(faulted, raw, 50, 0))
                .discoveryWindow(Duration.ofMillis(200)).build()) {
            String id = commands.sync().send(r -> r.tag("env", "prod").commands("uptime"));

            CommandTimeoutException timeout = catchThrowableOfType(() -> commands.sync().await(id),
                    CommandTimeoutException.class);

            assertThat(timeout.commandId()).isEqualTo(id);
            assertThat(timeout.instanceId()).isEmpty();
            assertThat(timeout.lastStatus()).contains("Pending");
            assertThat(timeout.timeout()).isEqualTo(Duration.ofMillis(200));
            assertThat(timeout.getMessage()).contains(id, "not all listed", "0 of 0 target(s)");
            assertThat(faults.calls("GetCommandInvocation")).isZero();
        }
    }

    @Test
    void await_commandSentToInstanceIds_findsThemInTheCommandWithoutListingInvocations() {
        // moto 5.2 sends a command for instance ids to every instance (its empty target filter matches all) and
        // lists them all in the command; SSM lists the instances named in the send.
        faults.on("ListCommands").always().rewriteResponse((request, response) -> {
            ListCommandsResponse answer = (ListCommandsResponse) response;
            return answer.toBuilder().commands(answer.commands().get(0).toBuilder()
                    .instanceIds(prod.get(0), prod.get(2)).targetCount(2).build()).build();
        });
        MotoRunCommand ssm = new MotoRunCommand(faulted, raw, 50, 0);
        try (RunCommandHelper commands = helper(ssm).build()) {
            String id = commands.sync().send(r -> r.instanceIds(prod.get(0), prod.get(2)).commands("uptime"));

            CommandResult result = commands.sync().await(id);

            assertThat(result.invocations()).extracting(CommandInvocation::instanceId)
                    .containsExactlyInAnyOrder(prod.get(0), prod.get(2));
            assertThat(ssm.listCalls()).isZero();
        }
    }

    @Test
    void run_whenRequestNamesInstancesAndTargets_throwsBeforeAnyCall() {
        try (RunCommandHelper commands = helper(new MotoRunCommand(faulted, raw, 50, 0)).build()) {
            assertThat(catchThrowableOfType(() -> commands.run(r -> r.instanceIds(prod.get(0)).tag("env", "prod")),
                    IllegalArgumentException.class)).hasMessageContaining("not both").hasMessageContaining(prod.get(0));
            assertThat(catchThrowableOfType(() -> commands.await(" "), IllegalArgumentException.class))
                    .hasMessageContaining("commandId");
            assertThat(faults.calls()).isEmpty();
        }
    }

    /** Plays real SSM's ListCommands for a targets-based command: no instance ids, targets unresolved at first. */
    private void resolveTargetsAfter(int unresolvedCalls) {
        AtomicInteger calls = new AtomicInteger();
        faults.on("ListCommands").always().rewriteResponse((request, response) -> {
            ListCommandsResponse answer = (ListCommandsResponse) response;
            Command command = answer.commands().get(0);
            boolean resolved = calls.incrementAndGet() > unresolvedCalls;
            return answer.toBuilder().commands(command.toBuilder().instanceIds(List.of())
                    .targetCount(resolved ? command.targetCount() : 0).status(resolved ? "InProgress" : "Pending")
                    .build()).build();
        });
    }

    private static RunCommandHelper.Builder helper(SsmAsyncClient ssm) {
        return RunCommandHelper.builder(ssm).backoff(Backoff.fixed(Duration.ofMillis(10)));
    }
}

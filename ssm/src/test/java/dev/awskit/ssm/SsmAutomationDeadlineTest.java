package dev.awskit.ssm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import dev.awskit.core.Futures;
import dev.awskit.core.poll.Poller;
import dev.awskit.core.time.VirtualTime;
import dev.awskit.testkit.FaultInjector;
import dev.awskit.testkit.ssm.Runbook;
import dev.awskit.testkit.ssm.RunbookStep;
import dev.awskit.testkit.ssm.SsmAutomationEmulator;
import dev.awskit.testkit.ssm.SsmAutomationEmulatorExtension;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.ssm.SsmAsyncClient;

/**
 * Deadlines (with and without stop), cancellation, stop and signals. The emulator runs on virtual time and
 * each poll lets a minute of it pass; deadlines are the helper's, on wall time.
 */
class SsmAutomationDeadlineTest {
    @RegisterExtension
    static final SsmAutomationEmulatorExtension SSM = SsmAutomationEmulatorExtension.builder().virtualTime().build();
    static SsmAutomationEmulator emulator;
    static SsmAsyncClient client;
    static SsmAutomationHelper helper;

    @BeforeAll
    static void startClient() {
        emulator = SSM.emulator();
        emulator.register(Runbook.builder("Forever").statuses(TestClients.POLL_COST, "InProgress")
                .cancellingFor(TestClients.POLL_COST.multipliedBy(2)).build());
        emulator.register(Runbook.builder("Approval")
                .step(RunbookStep.builder("approve").waitsForApproval().build())
                .step(RunbookStep.builder("apply").build())
                .build());
        emulator.register(Runbook.builder("Paused")
                .step(RunbookStep.builder("hold").pauses().build())
                .step(RunbookStep.builder("apply").build())
                .build());
        client = TestClients.lockstep(SSM);
        helper = TestClients.helper(client).build();
    }

    @AfterAll
    static void closeClient() {
        helper.close();
        client.close();
    }

    @Test
    void run_whenDeadlinePassesWithoutStop_throwsTimeoutAndLeavesExecutionRunning() {
        AutomationTimeoutException e = foreverUntil(AwaitOptions.timeout(Duration.ofMillis(200)));

        assertThat(e.stopped()).isFalse();
        assertThat(e.lastStatus()).contains("InProgress");
        assertThat(e.executionId()).isEqualTo(emulator.executions().get(0).executionId());
        assertThat(emulator.calls("StopAutomationExecution")).isZero();
        assertThat(emulator.executions().get(0).status()).isEqualTo("InProgress");
    }

    @Test
    void run_whenDeadlinePassesWithStop_stopsAndWaitsUntilCancelled() {
        AutomationTimeoutException e = foreverUntil(
                AwaitOptions.builder().timeout(Duration.ofMillis(200)).stopOnTimeout(true).build());

        assertThat(e.stopped()).isTrue();
        assertThat(e.statusAfterStop()).contains("Cancelled");
        assertThat(e.getMessage()).contains("stopped");
        assertThat(emulator.calls("StopAutomationExecution")).isEqualTo(1);
        assertThat(emulator.executions().get(0).status()).isEqualTo("Cancelled");
    }

    @Test
    void await_whenFutureCancelled_emulatorSeesNoFurtherGet() {
        try (VirtualPolls polls = new VirtualPolls()) {
            String id = polls.helper.sync().start(AutomationRequest.builder().documentName("Forever").build());
            CompletableFuture<AutomationResult> result = polls.helper.await(id);
            polls.firstPoll();

            assertThat(result.cancel(true)).isTrue();
            polls.time.advance(Duration.ofHours(2));

            // Counted on the execution: a poll of the previous test may still land after the reset.
            assertThat(emulator.execution(id).orElseThrow().getCalls()).isEqualTo(1);
            assertThat(result).isCancelled();
        }
    }

    @Test
    void run_whenCancelled_throwsCancellationToSyncCallerOfJoin() {
        CompletableFuture<AutomationResult> result = helper.run(r -> r.documentName("Forever"));
        result.cancel(true);

        assertThatThrownBy(result::join).isInstanceOf(CancellationException.class);
    }

    @Test
    void approve_whenStepWaitsForSignal_letsRunFinish() throws InterruptedException {
        CountDownLatch waiting = new CountDownLatch(1);
        try (SsmAutomationHelper signalled = TestClients.helper(client).listener(new AutomationListener() {
            @Override
            public void onStatusChange(String id, String previous, String current, int poll) {
                if (current.equals("Waiting")) {
                    waiting.countDown();
                }
            }
        }).build()) {
            String id = signalled.sync().start(AutomationRequest.builder().documentName("Approval").build());
            CompletableFuture<AutomationResult> result = signalled.await(id);
            assertThat(waiting.await(30, TimeUnit.SECONDS)).isTrue();

            signalled.approve(id).join();

            assertThat(result.join().status()).isEqualTo("Success");
            assertThat(emulator.execution(id).orElseThrow().signals()).containsExactly("Approve");
        }
    }

    @Test
    void reject_whenStepWaitsForSignal_failsRunWithRejectedStep() throws InterruptedException {
        String id = helper.sync().start(AutomationRequest.builder().documentName("Approval").build());
        helper.reject(id).join();

        assertThatThrownBy(() -> helper.sync().await(id))
                .asInstanceOf(type(AutomationFailedException.class))
                .satisfies(e -> assertThat(e.failedStep().orElseThrow().name()).isEqualTo("approve"));
    }

    @Test
    void resume_withTheStepName_letsAPausedRunFinish() {
        String id = helper.sync().start(AutomationRequest.builder().documentName("Paused").build());

        helper.sync().resume(id, "hold");

        assertThat(helper.sync().await(id).status()).isEqualTo("Success");
        assertThat(emulator.execution(id).orElseThrow().signals()).containsExactly("Resume");
    }

    @Test
    void resume_withABlankStepName_isRefusedBeforeAnyCall() {
        assertThatThrownBy(() -> helper.resume("some-id", " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("stepName");
    }

    @Test
    void stop_whenRunning_endsExecutionCancelled() {
        String id = helper.sync().start(AutomationRequest.builder().documentName("Forever").build());

        helper.sync().stop(id);

        assertThatThrownBy(() -> helper.sync().await(id))
                .asInstanceOf(type(AutomationFailedException.class))
                .satisfies(e -> assertThat(e.status()).isEqualTo("Cancelled"));
    }

    @Test
    void await_whenIdBlank_throwsBeforeAnyCall() {
        // Counted on this client: a poll of an earlier test that timed out may still reach the emulator.
        FaultInjector counter = FaultInjector.create();
        try (SsmAsyncClient counted = TestClients.lockstep(SSM, counter);
                SsmAutomationHelper blank = TestClients.helper(counted).build()) {
            assertThatThrownBy(() -> blank.await(" "))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("executionId");
            assertThat(counter.attempts("GetAutomationExecution")).isZero();
        }
    }

    /** Runs "Forever" with a helper on virtual poll time until its deadline; returns the timeout. */
    private static AutomationTimeoutException foreverUntil(AwaitOptions options) {
        try (VirtualPolls polls = new VirtualPolls()) {
            CompletableFuture<AutomationResult> run = polls.helper.run(
                    AutomationRequest.builder().documentName("Forever").build(), options);
            Throwable failure = Futures.unwrap(polls.drive(run).handle((result, error) -> error).join());
            assertThat(failure).isInstanceOf(AutomationTimeoutException.class);
            return (AutomationTimeoutException) failure;
        }
    }

    /**
     * A helper whose poller, and so its deadline, runs on virtual time; the emulator's time passes with its polls
     * (lockstep client). Time is moved only once the first poll was answered, so what it saw is known.
     */
    private static final class VirtualPolls implements AutoCloseable {
        final VirtualTime time = VirtualTime.create();
        private final CountDownLatch polled = new CountDownLatch(1);
        private final Poller poller = Poller.builder().scheduler(time).timeSource(time).build();
        final SsmAutomationHelper helper = TestClients.helper(client).poller(poller)
                .listener(new AutomationListener() {
                    @Override
                    public void onStatusChange(String id, String previous, String current, int poll) {
                        polled.countDown();
                    }
                }).build();

        /** Runs the due polls until the first one was answered (its call goes over real HTTP). */
        void firstPoll() {
            try {
                while (!polled.await(10, TimeUnit.MILLISECONDS)) {
                    time.runDue();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /** After the first poll, moves virtual time 10 ms at a time until {@code future} is done. */
        <T> CompletableFuture<T> drive(CompletableFuture<T> future) {
            firstPoll();
            while (!future.isDone()) {
                time.advance(Duration.ofMillis(10));
                try {
                    future.get(10, TimeUnit.MILLISECONDS);
                } catch (TimeoutException | ExecutionException | InterruptedException e) {
                    // not done yet, or done exceptionally: the loop condition decides
                }
            }
            return future;
        }

        @Override
        public void close() {
            helper.close();
            poller.close();
        }
    }
}

package dev.awskit.testkit.ssm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awskit.core.poll.PollOutcome;
import dev.awskit.core.poll.PollPolicy;
import dev.awskit.core.poll.Poller;
import dev.awskit.core.time.VirtualTime;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.GetAutomationExecutionResponse;

/**
 * The fast preset a consuming app gives its code under test: its waits end when the emulated run ends, not a
 * production poll interval later. Measured on virtual time shared by the poller and the emulator.
 */
class SsmEmulatorPresetTest {
    @RegisterExtension
    static final SsmAutomationEmulatorExtension SSM = SsmAutomationEmulatorExtension.builder().virtualTime().build();

    @Test
    void pollBackoff_waitsTenMillisecondsBeforeEveryPoll_andErrorBackoffTwenty() {
        assertThat(IntStream.rangeClosed(1, 20).mapToObj(n -> SsmEmulatorPreset.pollBackoff().delay(n)))
                .containsOnly(Duration.ofMillis(10));
        assertThat(SsmEmulatorPreset.errorBackoff().delay(3)).isEqualTo(Duration.ofMillis(20));
    }

    @Test
    void waitWithThePreset_endsWithinOnePollIntervalOfTheRun(SsmAutomationEmulator emulator, SsmClient ssm,
            VirtualTime time) {
        emulator.register(Runbook.builder("OneSecond")
                .step(RunbookStep.builder("work").duration(Duration.ofSeconds(1)).build()).build());
        AtomicInteger polls = new AtomicInteger();
        Duration startedAt = time.elapsed();
        String id = ssm.startAutomationExecution(r -> r.documentName("OneSecond")).automationExecutionId();

        try (Poller poller = Poller.builder().scheduler(time).timeSource(time).build()) {
            CompletableFuture<GetAutomationExecutionResponse> done = poller.poll(() -> {
                polls.incrementAndGet();
                return CompletableFuture.completedFuture(ssm.getAutomationExecution(r -> r.automationExecutionId(id)));
            }, PollPolicy.<GetAutomationExecutionResponse>builder()
                    .classifier(r -> r.automationExecution().executionEndTime() != null
                            ? PollOutcome.SUCCESS : PollOutcome.CONTINUE)
                    .backoff(SsmEmulatorPreset.pollBackoff())
                    .timeout(Duration.ofMinutes(1)).build());
            while (!done.isDone()) {
                time.advanceToNext();
            }

            assertThat(done.join().automationExecution().automationExecutionStatusAsString()).isEqualTo("Success");
            // Polls at 0, 10, ..., 1000 ms: the last one sees the step that ended at 1000 ms.
            assertThat(time.elapsed().minus(startedAt)).isEqualTo(Duration.ofSeconds(1));
            assertThat(polls.get()).isEqualTo(101);
        }
    }

    @Test
    void settings_useTheEmulatorPresetWithThePresetRetries() {
        var settings = SsmEmulatorPreset.settings(java.net.URI.create("http://127.0.0.1:1"));

        assertThat(settings.endpointOverride()).hasToString("http://127.0.0.1:1");
        assertThat(settings.retryStrategy().maxAttempts()).isEqualTo(SsmEmulatorPreset.MAX_ATTEMPTS);
    }
}

package dev.awskit.ssm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awskit.core.poll.PollRateLimiter;
import dev.awskit.core.poll.Poller;
import dev.awskit.testkit.ssm.Runbook;
import dev.awskit.testkit.ssm.SsmAutomationEmulator;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ssm.SsmAsyncClient;

/** Many executions at once share one small scheduler and one poll-rate limit. */
class SsmAutomationConcurrencyTest {
    private static final int RUNS = 1000;
    private static final double POLLS_PER_SECOND = 2000;

    @Test
    void run_thousandConcurrentRuns_completeWithBoundedThreadsUnderThePollRateLimit() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
        try (SsmAutomationEmulator emulator = SsmAutomationEmulator.start();
                SsmAsyncClient client = TestClients.ssm(emulator.endpoint());
                Poller poller = Poller.builder().scheduler(scheduler)
                        .rateLimiter(PollRateLimiter.perSecond(POLLS_PER_SECOND)).build();
                SsmAutomationHelper helper = TestClients.helper(client).poller(poller).build()) {
            emulator.register(Runbook.builder("Batch").build());
            client.describeAutomationExecutions(r -> r.maxResults(1)).join();
            int baseline = threads.getThreadCount();
            threads.resetPeakThreadCount();

            long startNanos = System.nanoTime();
            List<CompletableFuture<AutomationResult>> runs = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                runs.add(helper.run(r -> r.documentName("Batch")));
            }
            CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).orTimeout(5, TimeUnit.MINUTES).join();
            double seconds = (System.nanoTime() - startNanos) / 1e9;

            assertThat(runs).allSatisfy(run -> assertThat(run.join().status()).isEqualTo("Success"));
            int gets = emulator.calls("GetAutomationExecution");
            assertThat(emulator.executions()).hasSize(RUNS);
            // Each run ends on the emulator's clock right after its start: one poll sees it, or two if the
            // first came sooner.
            assertThat(gets).isBetween(RUNS, 2 * RUNS);
            // The limiter spaces polls 1/rate apart, so the run cannot be faster than that.
            assertThat((gets - 1) / POLLS_PER_SECOND).isLessThanOrEqualTo(seconds);
            // No thread per execution: the SDK's and emulator's pools plus two scheduler threads.
            assertThat(threads.getPeakThreadCount() - baseline).isLessThan(RUNS / 10);
        } finally {
            scheduler.shutdownNow();
        }
    }
}

package dev.awskit.core.poll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awskit.core.AwsKitException;
import dev.awskit.core.backoff.Backoff;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Real threads: which threads a poller uses and what closing it does. Waits are bounded, never timed. */
class PollerThreadsTest {
    private static final long GENEROUS_SECONDS = 60;

    private static PollPolicy<Integer> upTo(int calls, Duration backoff) {
        return PollPolicy.<Integer>builder()
                .name("threads wait")
                .classifier(n -> n >= calls ? PollOutcome.SUCCESS : PollOutcome.CONTINUE)
                .backoff(Backoff.fixed(backoff))
                .build();
    }

    @Test
    void ownedScheduler_1000ConcurrentWaits_allRunOnThePollersOneThread() throws Exception {
        Set<String> callThreads = ConcurrentHashMap.newKeySet();
        Set<String> classifierThreads = ConcurrentHashMap.newKeySet();
        List<CompletableFuture<Integer>> waits = new ArrayList<>();
        try (Poller poller = Poller.create()) {
            PollPolicy<Integer> policy = upTo(3, Duration.ofMillis(1)).toBuilder()
                    .classifier(n -> {
                        classifierThreads.add(Thread.currentThread().getName());
                        return n >= 3 ? PollOutcome.SUCCESS : PollOutcome.CONTINUE;
                    }).build();
            for (int i = 0; i < 1000; i++) {
                AtomicInteger calls = new AtomicInteger();
                waits.add(poller.poll(() -> {
                    callThreads.add(Thread.currentThread().getName());
                    return CompletableFuture.completedFuture(calls.incrementAndGet());
                }, policy));
            }
            CompletableFuture.allOf(waits.toArray(CompletableFuture[]::new)).get(GENEROUS_SECONDS, TimeUnit.SECONDS);
        }

        assertThat(waits).allSatisfy(wait -> assertThat(wait).isCompletedWithValue(3));
        assertThat(callThreads).hasSize(1);
        assertThat(callThreads.iterator().next()).startsWith("awskit-poller-");
        assertThat(classifierThreads).isEqualTo(callThreads);
    }

    @Test
    void givenScheduler_waitsRunOnItsThreadsOnly() throws Exception {
        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2, r -> new Thread(r, "app-scheduler"));
        Set<String> callThreads = ConcurrentHashMap.newKeySet();
        try (Poller poller = Poller.builder().scheduler(scheduler).build()) {
            List<CompletableFuture<Integer>> waits = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                AtomicInteger calls = new AtomicInteger();
                waits.add(poller.poll(() -> {
                    callThreads.add(Thread.currentThread().getName());
                    return CompletableFuture.completedFuture(calls.incrementAndGet());
                }, upTo(2, Duration.ofMillis(1))));
            }
            CompletableFuture.allOf(waits.toArray(CompletableFuture[]::new)).get(GENEROUS_SECONDS, TimeUnit.SECONDS);
        }
        assertThat(callThreads).containsOnly("app-scheduler");
        assertThat(scheduler.isShutdown()).as("a given scheduler is the caller's to shut down").isFalse();
        scheduler.shutdownNow();
    }

    @Test
    void close_whileWaitsRun_failsThemWithAClosedErrorInsteadOfHanging() throws Exception {
        CountDownLatch polledTwice = new CountDownLatch(2);
        CompletableFuture<Integer> hanging = new CompletableFuture<>();
        Poller poller = Poller.create();
        CompletableFuture<Integer> sleeping = poller.poll(() -> {
            polledTwice.countDown();
            return CompletableFuture.completedFuture(0);
        }, upTo(1_000, Duration.ofHours(1)).toBuilder().name("backing off").build());
        CompletableFuture<Integer> inFlight = poller.poll(() -> {
            polledTwice.countDown();
            return hanging;
        }, upTo(1_000, Duration.ofHours(1)).toBuilder().name("in flight").build());
        assertThat(polledTwice.await(GENEROUS_SECONDS, TimeUnit.SECONDS)).isTrue();

        poller.close();

        assertClosedFailure(sleeping, "backing off");
        assertClosedFailure(inFlight, "in flight");
        // The scheduler thread may still be handing over the call it just made; it cancels that call as it sees
        // the closed wait, so the cancellation can arrive a moment after close() returns.
        assertThatThrownBy(() -> hanging.get(GENEROUS_SECONDS, TimeUnit.SECONDS))
                .isInstanceOf(java.util.concurrent.CancellationException.class);
        assertThat(poller.scheduler().isShutdown()).isTrue();
    }

    @Test
    void poll_afterClose_failsAtOnceWithAClosedError() throws Exception {
        Poller poller = Poller.create();
        poller.close();
        AtomicInteger calls = new AtomicInteger();

        CompletableFuture<Integer> late = poller.poll(() -> CompletableFuture.completedFuture(calls.incrementAndGet()),
                upTo(1, Duration.ofMillis(1)));

        assertClosedFailure(late, "threads wait");
        assertThat(calls).hasValue(0);
    }

    private static void assertClosedFailure(CompletableFuture<?> wait, String name) {
        assertThatThrownBy(() -> wait.get(GENEROUS_SECONDS, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .cause()
                .isInstanceOf(AwsKitException.class)
                .hasMessageContaining("closed")
                .hasMessageContaining(name);
    }
}

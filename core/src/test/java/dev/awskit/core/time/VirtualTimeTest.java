package dev.awskit.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class VirtualTimeTest {
    private final VirtualTime time = VirtualTime.create();
    private final List<String> log = new CopyOnWriteArrayList<>();

    private Runnable record(String name) {
        return () -> log.add(name + "@" + time.elapsed().toMillis());
    }

    @Test
    void create_startsAtTheDefaultEpochWithNothingElapsed() {
        assertThat(time.now()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(time.nanoTime()).isZero();
        assertThat(time.elapsed()).isZero();
    }

    @Test
    void startingAt_usesTheGivenInstantAndMovesWithTheClock() {
        VirtualTime custom = VirtualTime.startingAt(Instant.parse("2030-06-01T12:00:00Z"));

        custom.advance(Duration.ofMinutes(90));

        assertThat(custom.now()).isEqualTo(Instant.parse("2030-06-01T13:30:00Z"));
        assertThat(custom.nanoTime()).isEqualTo(Duration.ofMinutes(90).toNanos());
    }

    @Test
    void advance_runsDueTasksInTimeOrderWithTiesInSubmissionOrder() {
        time.schedule(record("c"), 3, TimeUnit.SECONDS);
        time.schedule(record("a"), 1, TimeUnit.SECONDS);
        time.schedule(record("b1"), 2, TimeUnit.SECONDS);
        time.schedule(record("b2"), 2000, TimeUnit.MILLISECONDS);
        time.execute(record("now"));

        int ran = time.advance(Duration.ofSeconds(5));

        assertThat(log).containsExactly("now@0", "a@1000", "b1@2000", "b2@2000", "c@3000");
        assertThat(ran).isEqualTo(5);
        assertThat(time.elapsed()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void advance_runsTasksScheduledByTasksWhenTheyFallDueInTheSameAdvance() {
        time.schedule(() -> {
            record("first").run();
            time.schedule(record("second"), 2, TimeUnit.SECONDS);
            time.schedule(record("too late"), 10, TimeUnit.SECONDS);
        }, 1, TimeUnit.SECONDS);

        time.advance(Duration.ofSeconds(5));

        assertThat(log).containsExactly("first@1000", "second@3000");
        assertThat(time.pendingTasks()).isEqualTo(1);
        time.advance(Duration.ofSeconds(6));
        assertThat(log).endsWith("too late@11000");
    }

    @Test
    void advance_stopsShortOfTasksDueAfterTheTarget() {
        time.schedule(record("later"), 1001, TimeUnit.MILLISECONDS);

        time.advance(Duration.ofSeconds(1));

        assertThat(log).isEmpty();
        assertThat(time.pendingTasks()).isEqualTo(1);
    }

    @Test
    void advance_withNegativeAmount_isRejectedNamingIt() {
        assertThatThrownBy(() -> time.advance(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PT-1S");
    }

    @Test
    void runDue_runsOnlyWhatIsDueNow() {
        time.execute(record("now"));
        time.schedule(record("soon"), 1, TimeUnit.NANOSECONDS);

        assertThat(time.runDue()).isEqualTo(1);

        assertThat(log).containsExactly("now@0");
        assertThat(time.elapsed()).isZero();
    }

    @Test
    void advanceToNext_jumpsToTheNextTaskOrDoesNothing() {
        assertThat(time.advanceToNext()).isZero();
        time.schedule(record("x"), 42, TimeUnit.SECONDS);

        assertThat(time.advanceToNext()).isEqualTo(Duration.ofSeconds(42));

        assertThat(log).containsExactly("x@42000");
    }

    @Test
    void scheduleCallable_completesItsFutureWithTheValue() throws Exception {
        ScheduledFuture<String> future = time.schedule(() -> "value", 1, TimeUnit.MINUTES);
        assertThat(future.getDelay(TimeUnit.SECONDS)).isEqualTo(60);

        time.advance(Duration.ofMinutes(1));

        assertThat(future.isDone()).isTrue();
        assertThat(future.get()).isEqualTo("value");
    }

    @Test
    void scheduleAtFixedRate_runsOnEveryPeriodUntilCancelled() {
        ScheduledFuture<?> ticking = time.scheduleAtFixedRate(record("tick"), 1, 2, TimeUnit.SECONDS);

        time.advance(Duration.ofSeconds(6));
        ticking.cancel(false);
        time.advance(Duration.ofMinutes(1));

        assertThat(log).containsExactly("tick@1000", "tick@3000", "tick@5000");
        assertThat(time.pendingTasks()).isZero();
    }

    @Test
    void scheduleWithFixedDelay_repeatsAfterEachRun() {
        time.scheduleWithFixedDelay(() -> {
            record("run").run();
            time.schedule(record("inside"), 500, TimeUnit.MILLISECONDS);
        }, 0, 1, TimeUnit.SECONDS);

        time.advance(Duration.ofMillis(2400));

        assertThat(log).containsExactly("run@0", "inside@500", "run@1000", "inside@1500", "run@2000");
    }

    @Test
    void periodicTask_whenItThrows_stopsRepeating() {
        ScheduledFuture<?> failing = time.scheduleAtFixedRate(() -> {
            record("boom").run();
            throw new IllegalStateException("periodic failure");
        }, 0, 1, TimeUnit.SECONDS);

        time.advance(Duration.ofSeconds(5));

        assertThat(log).containsExactly("boom@0");
        assertThat(failing.isDone()).isTrue();
    }

    @Test
    void scheduleAtFixedRate_withZeroPeriod_isRejected() {
        assertThatThrownBy(() -> time.scheduleAtFixedRate(record("x"), 0, 0, TimeUnit.SECONDS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0");
    }

    @Test
    void cancelledTask_neverRunsAndIsNotCountedAsPendingOrExecuted() {
        ScheduledFuture<?> cancelled = time.schedule(record("cancelled"), 1, TimeUnit.SECONDS);
        time.schedule(record("kept"), 2, TimeUnit.SECONDS);

        cancelled.cancel(false);

        assertThat(time.pendingTasks()).isEqualTo(1);
        assertThat(time.advance(Duration.ofSeconds(3))).isEqualTo(1);
        assertThat(log).containsExactly("kept@2000");
        assertThat(time.executedTasks()).isEqualTo(1);
    }

    @Test
    void schedule_withTheLongestDelay_neverFallsDueInsteadOfOverflowing() {
        time.advance(Duration.ofSeconds(1));
        time.schedule(record("never"), Long.MAX_VALUE, TimeUnit.NANOSECONDS);
        time.schedule(record("never either"), Long.MAX_VALUE, TimeUnit.DAYS);

        time.advance(Duration.ofDays(365));

        assertThat(log).isEmpty();
        assertThat(time.pendingTasks()).isEqualTo(2);
    }

    @Test
    void shutdown_rejectsNewTasksButRunsThoseAlreadyScheduled() {
        time.schedule(record("queued"), 1, TimeUnit.SECONDS);
        time.shutdown();

        assertThat(time.isShutdown()).isTrue();
        assertThat(time.isTerminated()).isFalse();
        assertThatThrownBy(() -> time.execute(record("late"))).isInstanceOf(RejectedExecutionException.class);
        time.advance(Duration.ofSeconds(1));
        assertThat(log).containsExactly("queued@1000");
        assertThat(time.isTerminated()).isTrue();
        assertThat(time.awaitTermination(1, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void shutdown_stopsPeriodicTasksAfterTheirCurrentRun() {
        time.scheduleAtFixedRate(record("tick"), 0, 1, TimeUnit.SECONDS);
        time.runDue();

        time.shutdown();
        time.advance(Duration.ofSeconds(10));

        assertThat(log).containsExactly("tick@0");
        assertThat(time.isTerminated()).isTrue();
    }

    @Test
    void shutdownNow_dropsAndReturnsEveryWaitingTask() {
        time.schedule(record("a"), 1, TimeUnit.SECONDS);
        time.schedule(record("b"), 2, TimeUnit.SECONDS);

        List<Runnable> dropped = time.shutdownNow();
        time.advance(Duration.ofSeconds(5));

        assertThat(dropped).hasSize(2);
        assertThat(log).isEmpty();
        assertThat(time.isTerminated()).isTrue();
    }

    @Test
    void submit_fromAnotherThread_runsOnlyWhenTheTestAdvances() throws Exception {
        Thread other = new Thread(() -> time.execute(record("from other thread")));
        other.start();
        other.join(60_000);
        assertThat(log).isEmpty();

        time.runDue();

        assertThat(log).containsExactly("from other thread@0");
    }
}

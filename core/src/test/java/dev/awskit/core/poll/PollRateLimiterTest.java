package dev.awskit.core.poll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awskit.core.backoff.Backoff;
import dev.awskit.core.time.VirtualTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PollRateLimiterTest {

    @ParameterizedTest
    @ValueSource(doubles = {0, -1, Double.NaN, Double.POSITIVE_INFINITY})
    void perSecond_withRateNotPositiveAndFinite_isRejectedNamingIt(double rate) {
        assertThatThrownBy(() -> PollRateLimiter.perSecond(rate))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(String.valueOf(rate));
    }

    @Test
    void reserveNanos_handsOutEvenlySpacedSlotsWithoutBurstAfterIdle() {
        PollRateLimiter limiter = PollRateLimiter.perSecond(4);
        long second = Duration.ofSeconds(1).toNanos();

        assertThat(limiter.interval()).isEqualTo(Duration.ofMillis(250));
        assertThat(limiter.reserveNanos(0)).isZero();
        assertThat(limiter.reserveNanos(0)).isEqualTo(second / 4);
        assertThat(limiter.reserveNanos(0)).isEqualTo(second / 2);
        assertThat(limiter.reserveNanos(second / 2)).isEqualTo(second / 4);
        // After a long quiet spell, one slot is free at once and the next one is a full interval away.
        assertThat(limiter.reserveNanos(100 * second)).isZero();
        assertThat(limiter.reserveNanos(100 * second)).isEqualTo(second / 4);
    }

    @Test
    void reserveNanos_withNegativeReadings_worksLikeAnyOther() {
        PollRateLimiter limiter = PollRateLimiter.perSecond(10);

        assertThat(limiter.reserveNanos(-5_000_000_000L)).isZero();
        assertThat(limiter.reserveNanos(-5_000_000_000L)).isEqualTo(100_000_000L);
    }

    @Test
    void sharedLimiter_100ConcurrentWaits_neverMoreThan10CallsInAnySecondAndAllComplete() {
        VirtualTime time = VirtualTime.create();
        PollRateLimiter limiter = PollRateLimiter.perSecond(10);
        // Two pollers share the limit, as two helpers of one application would.
        Poller first = Poller.builder().scheduler(time).timeSource(time).rateLimiter(limiter).build();
        Poller second = Poller.builder().scheduler(time).timeSource(time).rateLimiter(limiter).build();
        List<Long> callNanos = Collections.synchronizedList(new ArrayList<>());
        PollPolicy<Integer> threeCalls = PollPolicy.<Integer>builder()
                .classifier(n -> n >= 3 ? PollOutcome.SUCCESS : PollOutcome.CONTINUE)
                .backoff(Backoff.fixed(Duration.ofMillis(200)))
                .timeout(Duration.ofMinutes(10))
                .build();

        List<CompletableFuture<Integer>> waits = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            AtomicInteger calls = new AtomicInteger();
            Poller poller = i % 2 == 0 ? first : second;
            waits.add(poller.poll(() -> {
                callNanos.add(time.nanoTime());
                return CompletableFuture.completedFuture(calls.incrementAndGet());
            }, threeCalls));
        }
        time.advance(Duration.ofMinutes(5));

        assertThat(waits).allSatisfy(wait -> assertThat(wait).isCompletedWithValue(3));
        assertThat(callNanos).hasSize(300);
        List<Long> sorted = new ArrayList<>(callNanos);
        Collections.sort(sorted);
        long second1 = Duration.ofSeconds(1).toNanos();
        int busiest = 0;
        for (int i = 0; i < sorted.size(); i++) {
            int inWindow = 0;
            for (int j = i; j < sorted.size() && sorted.get(j) < sorted.get(i) + second1; j++) {
                inWindow++;
            }
            busiest = Math.max(busiest, inWindow);
        }
        assertThat(busiest).isEqualTo(10);
        // 300 calls at 10 per second take about 30 s of virtual time, not the 0.4 s they would take unlimited.
        assertThat(Duration.ofNanos(sorted.get(299))).isBetween(Duration.ofMillis(29_900), Duration.ofSeconds(31));
    }

    @Test
    void cancelledWait_doesNotCallWhenItsReservedSlotComes() {
        VirtualTime time = VirtualTime.create();
        PollRateLimiter limiter = PollRateLimiter.perSecond(1);
        Poller poller = Poller.builder().scheduler(time).timeSource(time).rateLimiter(limiter).build();
        PollPolicy<String> once = PollPolicy.<String>builder().classifier(s -> PollOutcome.SUCCESS).build();
        ScriptedCall<String> early = ScriptedCall.<String>on(time).answers("OK");
        ScriptedCall<String> queued = ScriptedCall.<String>on(time).answers("OK");

        poller.poll(early, once);
        CompletableFuture<String> waiting = poller.poll(queued, once);
        time.runDue();
        waiting.cancel(true);
        time.advance(Duration.ofMinutes(1));

        assertThat(early.calls()).isEqualTo(1);
        assertThat(queued.calls()).isZero();
    }
}

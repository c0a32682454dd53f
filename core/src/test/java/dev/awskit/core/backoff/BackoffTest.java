package dev.awskit.core.backoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void fixed_waitsTheSameAfterEveryAttempt() {
        Backoff backoff = Backoff.fixed(Duration.ofMillis(750));

        for (int attempt = 1; attempt <= 100; attempt++) {
            assertThat(backoff.delay(attempt)).isEqualTo(Duration.ofMillis(750));
        }
        assertThat(backoff.delay(Integer.MAX_VALUE)).isEqualTo(Duration.ofMillis(750));
        assertThat(backoff).hasToString("Backoff.fixed(PT0.75S)");
    }

    @Test
    void exponential_withoutJitter_doublesUpToTheCap() {
        Backoff backoff = Backoff.exponential(Duration.ofMillis(100), Duration.ofSeconds(5)).withoutJitter();

        assertThat(backoff.delay(1)).isEqualTo(Duration.ofMillis(100));
        assertThat(backoff.delay(2)).isEqualTo(Duration.ofMillis(200));
        assertThat(backoff.delay(3)).isEqualTo(Duration.ofMillis(400));
        assertThat(backoff.delay(6)).isEqualTo(Duration.ofMillis(3200));
        assertThat(backoff.delay(7)).isEqualTo(Duration.ofSeconds(5));
        assertThat(backoff.delay(10_000)).as("no overflow far out").isEqualTo(Duration.ofSeconds(5));
        assertThat(backoff.delay(Integer.MAX_VALUE)).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void exponential_withMultiplier_growsByIt() {
        Backoff backoff = Backoff.exponential(Duration.ofSeconds(1), 3.0, Duration.ofSeconds(30)).withoutJitter();

        assertThat(backoff.delay(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.delay(2)).isEqualTo(Duration.ofSeconds(3));
        assertThat(backoff.delay(3)).isEqualTo(Duration.ofSeconds(9));
        assertThat(backoff.delay(4)).isEqualTo(Duration.ofSeconds(27));
        assertThat(backoff.delay(5)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void exponential_appliesFullJitterBetweenZeroAndTheNominalDelay() {
        Backoff backoff = Backoff.exponential(Duration.ofMillis(100), Duration.ofSeconds(5)).withRandom(new Random(42)::nextDouble);

        for (int attempt = 1; attempt <= 12; attempt++) {
            Duration nominal = backoff.nominalDelay(attempt);
            Set<Duration> seen = new HashSet<>();
            for (int draw = 0; draw < 500; draw++) {
                Duration delay = backoff.delay(attempt);
                assertThat(delay).isGreaterThanOrEqualTo(Duration.ZERO).isLessThan(nominal);
                seen.add(delay);
            }
            assertThat(seen).as("jitter spreads the waits").hasSizeGreaterThan(10);
        }
        assertThat(backoff.nominalDelay(12)).isEqualTo(Duration.ofSeconds(5));
        assertThat(backoff.toString()).contains("exponential").contains("full jitter");
    }

    @Test
    void withRandom_sameSeed_drawsTheSameSchedule() {
        Backoff first = Backoff.exponential(Duration.ofMillis(100), Duration.ofSeconds(5)).withRandom(new Random(7)::nextDouble);
        Backoff second = Backoff.exponential(Duration.ofMillis(100), Duration.ofSeconds(5)).withRandom(new Random(7)::nextDouble);

        for (int attempt = 1; attempt <= 20; attempt++) {
            assertThat(first.delay(attempt)).isEqualTo(second.delay(attempt));
        }
    }

    @Test
    void fullJitter_atTheEdgesOfTheRandomRange_givesZeroAndJustUnderNominal() {
        Backoff low = Backoff.fixed(Duration.ofSeconds(1)).withFullJitter().withRandom(() -> 0.0);
        Backoff high = Backoff.fixed(Duration.ofSeconds(1)).withFullJitter().withRandom(() -> Math.nextDown(1.0));

        assertThat(low.delay(1)).isZero();
        assertThat(high.delay(1)).isEqualTo(Duration.ofMillis(999));
    }

    @Test
    void withJitter_drawsWithinTheFactorAroundNominal() {
        Backoff backoff = Backoff.fixed(Duration.ofSeconds(2)).withJitter(0.2).withRandom(new Random(1)::nextDouble);

        Set<Duration> seen = new HashSet<>();
        for (int draw = 0; draw < 1000; draw++) {
            Duration delay = backoff.delay(1);
            assertThat(delay).isBetween(Duration.ofMillis(1600), Duration.ofMillis(2400));
            seen.add(delay);
        }
        assertThat(seen).hasSizeGreaterThan(100);
        assertThat(Backoff.fixed(Duration.ofSeconds(2)).withJitter(0.2).withRandom(() -> 0.0).delay(1))
                .isEqualTo(Duration.ofMillis(1600));
        assertThat(Backoff.fixed(Duration.ofSeconds(2)).withJitter(0.2).withRandom(() -> Math.nextDown(1.0)).delay(1))
                .isEqualTo(Duration.ofMillis(2400));
        assertThat(backoff.toString()).contains("jitter 0.2");
    }

    @Test
    void withJitter_zero_givesTheNominalDelays() {
        Backoff backoff = Backoff.exponential(Duration.ofMillis(100), Duration.ofSeconds(1)).withJitter(0);

        assertThat(backoff.delay(1)).isEqualTo(Duration.ofMillis(100));
        assertThat(backoff.delay(3)).isEqualTo(Duration.ofMillis(400));
    }

    @Test
    void withJitter_replacesFullJitterAndLeavesTheOriginalUnchanged() {
        Backoff full = Backoff.exponential(Duration.ofSeconds(1), Duration.ofSeconds(8)).withRandom(() -> 0.0);
        Backoff proportional = full.withJitter(0.5);

        assertThat(full.delay(2)).isZero();
        assertThat(proportional.delay(2)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void stepped_reproducesTheSeed004Schedule() {
        Backoff seed = Backoff.stepped()
                .step(Duration.ofMillis(2500), 4)
                .step(Duration.ofSeconds(5), 7)
                .then(Duration.ofSeconds(15));

        // Seed 004's Scala loop sleeps after check number `retries` (from 0):
        // if (retries <= 3) 2500 else if (retries <= 10) 5000 else 15000. Attempt n is check n - 1.
        for (int attempt = 1; attempt <= 60; attempt++) {
            int retries = attempt - 1;
            long scala = retries <= 3 ? 2500 : retries <= 10 ? 5000 : 15000;
            assertThat(seed.delay(attempt)).as("attempt %d", attempt).isEqualTo(Duration.ofMillis(scala));
        }
        assertThat(seed.delay(4)).isEqualTo(Duration.ofMillis(2500));
        assertThat(seed.delay(5)).isEqualTo(Duration.ofSeconds(5));
        assertThat(seed.delay(11)).isEqualTo(Duration.ofSeconds(5));
        assertThat(seed.delay(12)).isEqualTo(Duration.ofSeconds(15));
        assertThat(seed).hasToString("Backoff.stepped(PT2.5S x4, PT5S x7, then PT15S)");
    }

    @Test
    void stepped_withNoSteps_isTheFinalWaitThroughout() {
        assertThat(Backoff.stepped().then(Duration.ofSeconds(3)).delay(1)).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void stepped_reusingTheBuilderAfterThen_doesNotChangeWhatWasBuilt() {
        Backoff.Stepped builder = Backoff.stepped().step(Duration.ofSeconds(1), 2);
        Backoff built = builder.then(Duration.ofSeconds(10));

        builder.step(Duration.ofSeconds(2), 5);

        assertThat(built.delay(3)).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void stepped_withJitter_jittersAroundEachStep() {
        Backoff backoff = Backoff.stepped().step(Duration.ofSeconds(1), 1).then(Duration.ofSeconds(10))
                .withJitter(0.1).withRandom(new Random(3)::nextDouble);

        for (int draw = 0; draw < 200; draw++) {
            assertThat(backoff.delay(1)).isBetween(Duration.ofMillis(900), Duration.ofMillis(1100));
            assertThat(backoff.delay(2)).isBetween(Duration.ofSeconds(9), Duration.ofSeconds(11));
        }
    }

    @Test
    void nominalDelay_ignoresJitter() {
        Backoff backoff = Backoff.fixed(Duration.ofSeconds(1)).withJitter(1.0).withRandom(() -> 0.0);

        assertThat(backoff.nominalDelay(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.delay(1)).isZero();
    }

    @Test
    void invalidDurations_areRejectedNamingTheBadValue() {
        assertThatThrownBy(() -> Backoff.fixed(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("interval").hasMessageContaining("PT0S");
        assertThatThrownBy(() -> Backoff.fixed(Duration.ofNanos(999_999)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PT0.000999999S");
        assertThatThrownBy(() -> Backoff.fixed(Duration.ofSeconds(-5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PT-5S");
        assertThatThrownBy(() -> Backoff.exponential(Duration.ofSeconds(10), Duration.ofSeconds(5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PT5S").hasMessageContaining("PT10S");
        assertThatThrownBy(() -> Backoff.exponential(Duration.ZERO, Duration.ofSeconds(5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("initial");
        assertThatThrownBy(() -> Backoff.stepped().step(Duration.ofMillis(-1), 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PT-0.001S");
        assertThatThrownBy(() -> Backoff.stepped().then(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PT0S");
        assertThatThrownBy(() -> Backoff.fixed(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("interval");
    }

    @Test
    void invalidNumbers_areRejectedNamingTheBadValue() {
        Duration second = Duration.ofSeconds(1);
        assertThatThrownBy(() -> Backoff.exponential(second, 1.0, Duration.ofSeconds(5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1.0");
        assertThatThrownBy(() -> Backoff.exponential(second, 0.5, Duration.ofSeconds(5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0.5");
        assertThatThrownBy(() -> Backoff.exponential(second, Double.NaN, Duration.ofSeconds(5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NaN");
        assertThatThrownBy(() -> Backoff.exponential(second, Double.POSITIVE_INFINITY, Duration.ofSeconds(5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Infinity");
        assertThatThrownBy(() -> Backoff.fixed(second).withJitter(1.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1.5");
        assertThatThrownBy(() -> Backoff.fixed(second).withJitter(-0.1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-0.1");
        assertThatThrownBy(() -> Backoff.fixed(second).withJitter(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NaN");
        assertThatThrownBy(() -> Backoff.stepped().step(second, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("times").hasMessageContaining("0");
        assertThatThrownBy(() -> Backoff.fixed(second).delay(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("attempt").hasMessageContaining("0");
        assertThatThrownBy(() -> Backoff.fixed(second).toIntervalFunction().apply(-3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-3");
        assertThatThrownBy(() -> Backoff.fixed(second).toIntervalFunction().apply(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("null");
        assertThatThrownBy(() -> Backoff.fixed(second).withRandom(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("random");
    }
}

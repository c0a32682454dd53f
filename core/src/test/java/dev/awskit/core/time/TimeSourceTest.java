package dev.awskit.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimeSourceTest {

    @Test
    void system_readsTheSystemClocks() {
        TimeSource system = TimeSource.system();
        long before = System.nanoTime();
        Instant wallBefore = Instant.now();

        long reading = system.nanoTime();
        Instant now = system.now();

        assertThat(reading).isGreaterThanOrEqualTo(before);
        assertThat(now).isAfterOrEqualTo(wallBefore);
        assertThat(Duration.between(wallBefore, now)).isLessThan(Duration.ofHours(1));
        assertThat(system).hasToString("TimeSource.system()");
    }
}

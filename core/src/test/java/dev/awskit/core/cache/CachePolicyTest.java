package dev.awskit.core.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CachePolicyTest {

    @Test
    void build_whenHardTtlShorterThanSoft_namesBothValues() {
        assertThatThrownBy(() -> CachePolicy.builder().softTtl(Duration.ofMinutes(10)).hardTtl(Duration.ofMinutes(1))
                .build()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PT1M")
                .hasMessageContaining("PT10M");
    }

    @Test
    void build_whenMaxStalenessShorterThanHardTtl_isRejected() {
        assertThatThrownBy(() -> CachePolicy.builder().maxStaleness(Duration.ofMinutes(1)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxStaleness");
    }

    @Test
    void build_whenJitterIsOne_isRejected() {
        assertThatThrownBy(() -> CachePolicy.builder().jitter(1.0).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jitter");
    }

    @Test
    void toBuilder_keepsEverySetting() {
        CachePolicy policy = CachePolicy.builder().ttl(Duration.ofSeconds(30)).maxStaleness(Duration.ofMinutes(2))
                .jitter(0.3).maximumSize(5).build();
        CachePolicy copy = policy.toBuilder().build();
        assertThat(copy.toString()).isEqualTo(policy.toString());
        assertThat(copy.hardTtl()).isEqualTo(Duration.ofSeconds(30));
    }
}

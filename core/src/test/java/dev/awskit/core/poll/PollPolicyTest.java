package dev.awskit.core.poll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awskit.core.backoff.Backoff;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PollPolicyTest {
    private final PollClassifier<String> classifier = s -> PollOutcome.SUCCESS;

    @Test
    void build_withOnlyAClassifier_hasTheDocumentedDefaults() {
        PollPolicy<String> policy = PollPolicy.<String>builder().classifier(classifier).build();

        assertThat(policy.name()).isEqualTo("poll");
        assertThat(policy.timeout()).isEqualTo(Duration.ofMinutes(10));
        assertThat(policy.maxAttempts()).isEqualTo(Integer.MAX_VALUE);
        assertThat(policy.initialDelay()).isZero();
        assertThat(policy.backoff().nominalDelay(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(policy.backoff().nominalDelay(10)).isEqualTo(Duration.ofSeconds(30));
        assertThat(policy.errorBackoff().nominalDelay(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(policy.transientErrors().test(SdkErrors.throttling())).isTrue();
        assertThat(policy.transientErrors().test(SdkErrors.accessDenied())).isFalse();
        assertThat(policy.notVisibleYet().test(SdkErrors.notFound())).isFalse();
        assertThat(policy.status()).isNull();
        assertThat(policy.listener()).isNotNull();
        assertThat(policy.toString()).contains("maxAttempts=unlimited").contains("PT10M");
    }

    @Test
    void build_withoutClassifier_isRejected() {
        assertThatThrownBy(() -> PollPolicy.<String>builder().build())
                .isInstanceOf(NullPointerException.class).hasMessageContaining("classifier");
    }

    @Test
    void toBuilder_copiesEverySettingAndLeavesTheOriginalUnchanged() {
        PollListener<String> listener = new PollListener<>() {
        };
        PollPolicy<String> original = PollPolicy.<String>builder()
                .name("original").classifier(classifier).backoff(Backoff.fixed(Duration.ofSeconds(2)))
                .errorBackoff(Backoff.fixed(Duration.ofSeconds(3))).timeout(Duration.ofMinutes(1)).maxAttempts(5)
                .initialDelay(Duration.ofSeconds(4)).transientErrors(e -> true)
                .notVisibleYet(e -> true, Duration.ofSeconds(6)).status(s -> s).listener(listener)
                .build();

        PollPolicy<String> copy = original.toBuilder().build();
        PollPolicy<String> changed = original.toBuilder().name("changed").maxAttempts(9).build();

        assertThat(copy).usingRecursiveComparison().isEqualTo(original);
        assertThat(changed.name()).isEqualTo("changed");
        assertThat(changed.maxAttempts()).isEqualTo(9);
        assertThat(original.name()).isEqualTo("original");
        assertThat(original.maxAttempts()).isEqualTo(5);
        assertThat(original.notVisibleYetWindow()).isEqualTo(Duration.ofSeconds(6));
    }

    @Test
    void builder_reusedAfterBuild_doesNotChangeTheBuiltPolicy() {
        PollPolicy.Builder<String> builder = PollPolicy.<String>builder().classifier(classifier).maxAttempts(2);
        PollPolicy<String> built = builder.build();

        builder.maxAttempts(7).name("other");

        assertThat(built.maxAttempts()).isEqualTo(2);
        assertThat(built.name()).isEqualTo("poll");
    }

    @Test
    void invalidSettings_areRejectedNamingTheBadValue() {
        PollPolicy.Builder<String> builder = PollPolicy.builder();

        assertThatThrownBy(() -> builder.timeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("timeout").hasMessageContaining("PT0S");
        assertThatThrownBy(() -> builder.timeout(Duration.ofSeconds(-3)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PT-3S");
        assertThatThrownBy(() -> builder.maxAttempts(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxAttempts").hasMessageContaining("0");
        assertThatThrownBy(() -> builder.initialDelay(Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PT-0.001S");
        assertThatThrownBy(() -> builder.name(" "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("' '");
        assertThatThrownBy(() -> builder.notVisibleYet(e -> true, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("window").hasMessageContaining("PT0S");
        assertThatThrownBy(() -> builder.backoff(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("backoff");
        assertThatThrownBy(() -> builder.listener(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("listener");
    }
}

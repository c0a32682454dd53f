package dev.awskit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretValueTest {
    private static final String SECRET = "hunter2-s3cr3t-Value";

    @Test
    void toString_isRedacted_alsoInsideCollectionsAndRecords() {
        SecretValue value = SecretValue.of(SECRET);
        record Credentials(String user, SecretValue password) {
        }

        assertThat(value).hasToString("SecretValue[redacted]");
        assertThat(String.valueOf(List.of(value))).doesNotContain(SECRET);
        assertThat(Map.of("password", value).toString()).doesNotContain(SECRET);
        assertThat(new Credentials("admin", value).toString()).doesNotContain(SECRET).contains("admin");
        assertThat(String.format("%s", value)).doesNotContain(SECRET);
    }

    @Test
    void reveal_returnsTheTextAndItsUtf8Bytes() {
        SecretValue value = SecretValue.of("pässwörd");

        assertThat(value.reveal()).isEqualTo("pässwörd");
        assertThat(value.revealBytes()).isEqualTo("pässwörd".getBytes(StandardCharsets.UTF_8));
        assertThat(value.length()).isEqualTo(10);
        assertThat(value.isBinary()).isFalse();
    }

    @Test
    void ofBytes_copiesTheArrayIn() {
        byte[] key = {1, 2, 3};
        SecretValue value = SecretValue.ofBytes(key);

        key[0] = 99;

        assertThat(value.revealBytes()).containsExactly(1, 2, 3);
        assertThat(value.isBinary()).isTrue();
    }

    @Test
    void revealBytes_returnsAFreshCopyEachTime() {
        SecretValue value = SecretValue.ofBytes(new byte[] {4, 5, 6});

        byte[] first = value.revealBytes();
        java.util.Arrays.fill(first, (byte) 0);

        assertThat(value.revealBytes()).containsExactly(4, 5, 6);
        assertThat(value.revealBytes()).isNotSameAs(value.revealBytes());
    }

    @Test
    void equals_comparesContentAndKind() {
        SecretValue text = SecretValue.of("abc");

        assertThat(text).isEqualTo(SecretValue.of("abc"));
        assertThat(text).hasSameHashCodeAs(SecretValue.of("abc"));
        assertThat(text).isNotEqualTo(SecretValue.of("abd"));
        assertThat(text).isNotEqualTo(SecretValue.of("abcd"));
        assertThat(text).isNotEqualTo(SecretValue.ofBytes("abc".getBytes(StandardCharsets.UTF_8)));
        assertThat(text).isNotEqualTo("abc");
        assertThat(SecretValue.ofBytes(new byte[] {1})).isEqualTo(SecretValue.ofBytes(new byte[] {1}));
    }

    @Test
    void hashCode_doesNotDependOnTheContent() {
        assertThat(SecretValue.of("aaaa").hashCode()).isEqualTo(SecretValue.of("bbbb").hashCode());
    }

    @Test
    void nullInput_isRejected() {
        assertThatThrownBy(() -> SecretValue.of(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("value");
        assertThatThrownBy(() -> SecretValue.ofBytes(null)).isInstanceOf(NullPointerException.class);
    }
}

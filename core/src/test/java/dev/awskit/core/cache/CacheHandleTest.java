package dev.awskit.core.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awskit.core.backoff.Backoff;
import dev.awskit.core.time.VirtualTime;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A handle reads like {@code get}: same loads, TTLs, refreshes and staleness, in virtual time. */
class CacheHandleTest {
    private static final FreshView<String, Integer> LENGTH = FreshView.of(String::length);

    private final VirtualTime time = VirtualTime.create();
    private final ScriptedLoader loader = new ScriptedLoader();
    private final CachePolicy policy = CachePolicy.builder()
            .softTtl(Duration.ofMinutes(5)).hardTtl(Duration.ofMinutes(10)).maxStaleness(Duration.ofMinutes(30))
            .jitter(0).maximumSize(2)
            .errorBackoff(Backoff.exponential(Duration.ofSeconds(1), Duration.ofSeconds(30)).withoutJitter()).build();
    private final RefreshingCache<String, String> cache = RefreshingCache.builder(loader).policy(policy)
            .timeSource(time).scheduler(time).freshView(LENGTH).keyCheck(key -> {
                if (key.isBlank()) {
                    throw new IllegalArgumentException("key must not be blank: '" + key + "'");
                }
            }).build();
    private final CacheHandle<String, String> handle = cache.handle("k");

    @AfterEach
    void close() {
        cache.close();
    }

    @Test
    void handle_loadsNothingUntilRead_andSharesTheLoadWithGet() {
        assertThat(loader.calls).hasValue(0);
        assertThat(cache.estimatedSize()).isZero();

        CompletableFuture<String> viaHandle = handle.get();
        CompletableFuture<String> viaGet = cache.get("k");
        loader.succeed("v1");

        assertThat(viaHandle).isCompletedWithValue("v1");
        assertThat(viaGet).isCompletedWithValue("v1");
        assertThat(loader.calls).hasValue(1);
        assertThat(handle.getIfFresh()).isEqualTo("v1");
        Integer length = handle.getViewIfFresh(LENGTH);
        assertThat(length).isEqualTo(2);
        assertThat(handle.sync().get()).isEqualTo("v1");
    }

    @Test
    void get_afterSoftTtl_servesTheCurrentValueAndRefreshesOnceInTheBackground() {
        warm("v1");
        time.advance(Duration.ofMinutes(6));

        assertThat(handle.getIfFresh()).isNull();
        assertThat(handle.get()).isCompletedWithValue("v1");
        assertThat(handle.get()).isCompletedWithValue("v1");
        time.runDue();
        assertThat(loader.calls).hasValue(2);
        loader.succeed("v2");

        assertThat(handle.getIfFresh()).isEqualTo("v2");
        assertThat(handle.sync().get()).isEqualTo("v2");
    }

    @Test
    void get_duringAnOutage_servesStaleUntilTheMaximumStalenessThenFailsStale() {
        warm("v1");
        time.advance(Duration.ofMinutes(6));
        handle.get();
        time.runDue();
        loader.fail(new UncheckedIOException(new IOException("reset")));

        Throwable firstFailure = null;
        int minute = 6;
        while (firstFailure == null && minute < 40) {
            time.advance(Duration.ofMinutes(1));
            minute++;
            CompletableFuture<String> read = handle.get();
            time.runDue();
            if (!loader.last().isDone()) {
                loader.fail(new UncheckedIOException(new IOException("reset")));
            }
            if (read.isCompletedExceptionally()) {
                firstFailure = read.handle((v, e) -> dev.awskit.core.Futures.unwrap(e)).join();
            } else {
                assertThat(read).isCompletedWithValue("v1");
            }
        }

        assertThat(minute).isEqualTo(30);
        assertThat(firstFailure).isInstanceOf(CacheLoadException.class)
                .satisfies(e -> assertThat(((CacheLoadException) e).isStale()).isTrue());
    }

    @Test
    void get_afterInvalidate_findsTheNewEntryAndLoadsAgain() {
        warm("v1");
        cache.invalidate("k");

        assertThat(handle.getIfFresh()).isNull();
        CompletableFuture<String> read = handle.get();
        loader.succeed("v2");

        assertThat(read).isCompletedWithValue("v2");
        assertThat(handle.getIfFresh()).isEqualTo("v2");
        assertThat(cache.getIfFresh("k")).isEqualTo("v2");
    }

    @Test
    void get_afterEviction_findsTheNewEntry() {
        warm("v1");
        for (String other : new String[] {"a", "b"}) {
            cache.get(other);
            loader.succeed(other);
        }
        assertThat(cache.stats().evictions()).isEqualTo(1);

        assertThat(handle.getIfFresh()).isNull();
        CompletableFuture<String> read = handle.get();
        loader.succeed("v2");
        assertThat(read).isCompletedWithValue("v2");
    }

    @Test
    void get_afterTheEntryIsDroppedAtItsHardTtl_loadsAgain() {
        warm("v1");
        time.advance(Duration.ofMinutes(11));

        CompletableFuture<String> read = handle.get();
        assertThat(read).isNotDone();
        loader.succeed("v2");
        assertThat(read).isCompletedWithValue("v2");
        assertThat(cache.stats().expirations()).isEqualTo(1);
    }

    @Test
    void refresh_loadsNowAndTheHandleServesTheNewValue() {
        warm("v1");
        CompletableFuture<String> refreshed = handle.refresh();
        assertThat(handle.get()).isCompletedWithValue("v1");
        loader.succeed("v2");

        assertThat(refreshed).isCompletedWithValue("v2");
        assertThat(handle.getIfFresh()).isEqualTo("v2");
    }

    @Test
    void handle_whenKeyRejected_throwsBeforeAnyLoad() {
        assertThatThrownBy(() -> cache.handle(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("' '");
        assertThatThrownBy(() -> cache.handle(null)).isInstanceOf(NullPointerException.class);
        assertThat(loader.calls).hasValue(0);
    }

    @Test
    void getViewIfFresh_withAnotherView_isRejected() {
        warm("v1");
        assertThatThrownBy(() -> handle.getViewIfFresh(FreshView.of(String::isEmpty)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private void warm(String value) {
        CompletableFuture<String> first = handle.get();
        loader.succeed(value);
        assertThat(first).isCompletedWithValue(value);
    }
}

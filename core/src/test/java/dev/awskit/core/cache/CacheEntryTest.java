package dev.awskit.core.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awskit.core.cache.internal.CacheEntry;
import dev.awskit.core.cache.internal.EntryState;
import dev.awskit.core.cache.internal.LoadRun;
import dev.awskit.core.cache.internal.Phase;
import org.junit.jupiter.api.Test;

class CacheEntryTest {

    private static EntryState<String> fresh(String value) {
        return EntryState.fresh(value, 1, 2, 3);
    }

    @Test
    void swap_afterDrop_neverLeavesTheDroppedState() {
        CacheEntry<String, String> entry = new CacheEntry<>("k", null);

        assertThat(entry.swap(entry.state(), EntryState.dropped())).isTrue();

        assertThat(entry.isRemoved()).isTrue();
        assertThat(entry.swap(EntryState.dropped(), EntryState.<String>dropped().with(Phase.LOADING, LoadRun.create())))
                .isFalse();
        assertThat(entry.state()).isSameAs(EntryState.dropped());
    }

    @Test
    void freshView_isTheViewOfTheValueOnlyWhileFresh() {
        CacheEntry<String, String> entry = new CacheEntry<>("k", FreshView.<String, Integer>of(String::length));
        EntryState<String> fresh = fresh("secret");

        entry.swap(entry.state(), fresh);
        assertThat(entry.fresh()).isEqualTo("secret");
        assertThat(entry.freshView()).isEqualTo(6);

        entry.swap(fresh, fresh.with(Phase.REFRESH_DUE, null));
        assertThat(entry.fresh()).isNull();
        assertThat(entry.freshView()).isNull();
    }

    @Test
    void freshView_withoutView_isTheValue() {
        CacheEntry<String, String> entry = new CacheEntry<>("k", null);

        entry.swap(entry.state(), fresh("secret"));

        assertThat(entry.freshView()).isEqualTo("secret");
    }

    @Test
    void freshView_whenTheViewThrows_isNullAndTheValueStaysFresh() {
        CacheEntry<String, String> entry = new CacheEntry<>("k", FreshView.<String, Object>of(value -> {
            throw new IllegalStateException("view");
        }));

        assertThat(entry.swap(entry.state(), fresh("secret"))).isTrue();

        assertThat(entry.freshView()).isNull();
        assertThat(entry.fresh()).isEqualTo("secret");
        assertThat(entry.state().phase()).isEqualTo(Phase.FRESH);
    }

    @Test
    void markRemoved_clearsTheFreshValueAndALaterSwapPublishesNothing() {
        CacheEntry<String, String> entry = new CacheEntry<>("k", null);
        EntryState<String> fresh = fresh("secret");
        entry.swap(entry.state(), fresh);

        entry.markRemoved();
        assertThat(entry.fresh()).isNull();
        assertThat(entry.freshView()).isNull();

        entry.swap(fresh, fresh("newer"));
        assertThat(entry.fresh()).isNull();
        assertThat(entry.isRemoved()).isTrue();
    }
}

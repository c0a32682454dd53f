package dev.awskit.dynamodb.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awskit.dynamodb.DuplicateKeys;
import dev.awskit.dynamodb.ItemKey;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/** Chunking and duplicate handling of the batch writer's buffer (the 16 MB limit scaled down). */
class WriteBufferTest {

    private static PendingWrite write(String key, long size) {
        return new PendingWrite(ItemKey.of(key), WriteRequest.builder().build(), size, key);
    }

    @Test
    void next_whenItemsWouldPassTheByteLimit_cutsTheChunkThere() {
        WriteBuffer buffer = new WriteBuffer(DuplicateKeys.LAST_WINS, 25, 1_000);
        for (int i = 0; i < 10; i++) {
            buffer.add(write("k" + i, 300));
        }

        List<PendingWrite> first = buffer.next(false);
        List<PendingWrite> second = buffer.next(false);

        assertThat(first).hasSize(3);
        assertThat(second).hasSize(3);
        assertThat(buffer.next(false)).hasSize(3);
        assertThat(buffer.next(false)).isNull();
        assertThat(buffer.next(true)).hasSize(1);
    }

    @Test
    void next_takesFullChunksOnlyUnlessFlushing_andSkipsKeysInFlight() {
        WriteBuffer buffer = new WriteBuffer(DuplicateKeys.LAST_WINS, 3, Long.MAX_VALUE);
        buffer.add(write("a", 1));
        buffer.add(write("b", 1));
        assertThat(buffer.next(false)).isNull();
        buffer.add(write("c", 1));
        assertThat(buffer.next(false)).extracting(PendingWrite::key)
                .containsExactly(ItemKey.of("a"), ItemKey.of("b"), ItemKey.of("c"));

        buffer.add(write("a", 1)); // a is in flight: the new write waits for it
        assertThat(buffer.next(true)).isNull();
        buffer.release(ItemKey.of("a"));
        assertThat(buffer.next(true)).extracting(PendingWrite::key).containsExactly(ItemKey.of("a"));
    }

    @Test
    void add_appliesTheDuplicatePolicy() {
        WriteBuffer last = new WriteBuffer(DuplicateKeys.LAST_WINS, 25, Long.MAX_VALUE);
        PendingWrite first = write("k", 1);
        last.add(first);
        assertThat(last.add(write("k", 2))).isSameAs(first);
        assertThat(last.next(true)).singleElement().extracting(w -> w.size).isEqualTo(2L);

        WriteBuffer firstWins = new WriteBuffer(DuplicateKeys.FIRST_WINS, 25, Long.MAX_VALUE);
        firstWins.add(write("k", 1));
        PendingWrite dropped = write("k", 2);
        assertThat(firstWins.add(dropped)).isSameAs(dropped);

        WriteBuffer reject = new WriteBuffer(DuplicateKeys.REJECT, 25, Long.MAX_VALUE);
        reject.add(write("k", 1));
        assertThatThrownBy(() -> reject.checkAccepts(List.of(write("k", 2)))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> reject.checkAccepts(List.of(write("x", 1), write("x", 2))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void split_sendsEachHalfAlone() {
        WriteBuffer buffer = new WriteBuffer(DuplicateKeys.LAST_WINS, 25, Long.MAX_VALUE);
        List<PendingWrite> chunk = List.of(write("a", 1), write("b", 1), write("c", 1));

        buffer.split(chunk);

        assertThat(buffer.next(true)).hasSize(1);
        assertThat(buffer.next(true)).hasSize(2);
        assertThat(buffer.waiting()).isZero();
    }
}

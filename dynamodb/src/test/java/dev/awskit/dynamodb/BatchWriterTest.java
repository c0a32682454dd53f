package dev.awskit.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awskit.dynamodb.DynamoFixture.Vote;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** The batch writer against both emulators, without faults. */
class BatchWriterTest {

    private static List<Vote> votes(int count) {
        return IntStream.range(0, count).mapToObj(i -> new Vote("v" + i, i)).toList();
    }

    @EmulatorTest
    void putAll_writesEveryItemInChunksOf25(DynamoFixture fx) {
        DynamoTable<Vote> table = fx.votes();
        fx.calls.reset();

        BatchWriteResult<Vote> result;
        try (BatchWriter<Vote> writer = table.batchWriter()) {
            writer.putAll(votes(1_000));
            result = writer.sync().finish();
        }

        assertThat(result.written()).isEqualTo(1_000);
        assertThat(result.requests()).isEqualTo(40);
        assertThat(result.isComplete()).isTrue();
        assertThat(fx.calls.calls("BatchWriteItem")).isEqualTo(40);
        assertThat(table.sync().scan(Scan.builder().build()).count()).isEqualTo(1_000);
    }

    @EmulatorTest
    void put_whenSameKeyIsWrittenAgain_collapsesToLastWrite(DynamoFixture fx) {
        DynamoTable<Vote> table = fx.votes();
        BatchWriter<Vote> writer = table.batchWriter();

        writer.sync().put(new Vote("tabs", 1));
        writer.sync().put(new Vote("tabs", 2));
        writer.sync().put(new Vote("spaces", 1));
        writer.sync().put(new Vote("tabs", 3));
        writer.sync().delete(ItemKey.of("spaces"));
        BatchWriteResult<Vote> result = writer.sync().finish();

        assertThat(result.written()).isEqualTo(2);
        assertThat(result.superseded()).isEqualTo(3);
        assertThat(table.sync().get(ItemKey.of("tabs"))).contains(new Vote("tabs", 3));
        assertThat(table.sync().get(ItemKey.of("spaces"))).isEmpty();
    }

    @EmulatorTest
    void put_whenDuplicatesAreFirstWinsOrRejected_keepsTheFirstWrite(DynamoFixture fx) {
        DynamoTable<Vote> table = fx.votes();
        BatchWriter<Vote> first = table.batchWriter(w -> w.duplicates(DuplicateKeys.FIRST_WINS));
        BatchWriter<Vote> reject = table.batchWriter(w -> w.duplicates(DuplicateKeys.REJECT));

        first.sync().put(new Vote("a", 1));
        first.sync().put(new Vote("a", 2));
        reject.sync().put(new Vote("b", 1));

        assertThatThrownBy(() -> reject.put(new Vote("b", 2))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[b]");
        assertThatThrownBy(() -> reject.putAll(List.of(new Vote("c", 1), new Vote("c", 2))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[c]");
        assertThat(first.sync().finish().superseded()).isEqualTo(1);
        assertThat(reject.sync().finish().written()).isEqualTo(1);
        assertThat(table.sync().get(ItemKey.of("a"))).contains(new Vote("a", 1));
        assertThat(table.sync().get(ItemKey.of("b"))).contains(new Vote("b", 1));
        assertThat(table.sync().get(ItemKey.of("c"))).isEmpty();
    }

    @EmulatorTest
    void put_whenItemCannotBeStored_refusesItNamingKeyAndKeepsTheQueuedOnes(DynamoFixture fx) {
        DynamoTable<Map<String, Object>> table = fx.dynamo.table("votes", KeySchema.of("name"));
        fx.votes();
        BatchWriter<Map<String, Object>> writer = table.batchWriter();
        writer.sync().putAll(List.of(Map.of("name", "ok1"), Map.of("name", "ok2")));
        fx.calls.reset();

        assertThatThrownBy(() -> writer.put(Map.of("votes", 1L)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("key attribute 'name'");
        assertThatThrownBy(() -> writer.put(Map.of("name", "big", "blob", "x".repeat(410_000))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("{name=big}")
                .hasMessageContaining("409600");
        assertThatThrownBy(() -> writer.put(Map.of("name", "nan", "score", Double.NaN)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'score'");
        assertThatThrownBy(() -> writer.putAll(List.of(Map.of("name", "fine"), Map.of("name", ""))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not be empty");
        assertThat(fx.calls.calls()).isEmpty();

        BatchWriteResult<Map<String, Object>> result = writer.sync().finish();
        assertThat(result.written()).isEqualTo(2);
        assertThat(table.sync().scan(Scan.builder().build()).map(item -> item.get("name")))
                .containsExactlyInAnyOrder("ok1", "ok2");
    }

    @EmulatorTest
    void close_whenServiceRefusesOneItem_writesTheOthersAndListsTheBadOne(DynamoFixture fx) {
        DynamoTable<Map<String, Object>> table = fx.dynamo.table("votes", KeySchema.of("name"));
        fx.votes();
        List<Map<String, Object>> items = new ArrayList<>();
        IntStream.range(0, 24).forEach(i -> items.add(Map.of("name", "n" + i)));
        items.add(Map.of("name", 12L)); // the table's key is a string: DynamoDB refuses the whole request
        List<FailedWrite<?>> heard = new CopyOnWriteArrayList<>();
        BatchWriter<Map<String, Object>> writer = table.batchWriter(w -> w.listener(new BatchWriteListener() {
            @Override
            public void onFailed(FailedWrite<?> failure) {
                heard.add(failure);
            }
        }));
        writer.putAll(items);

        assertThatThrownBy(writer::close).isInstanceOfSatisfying(BatchWriteException.class, e -> {
            assertThat(e.result().written()).isEqualTo(24);
            assertThat(e.result().failures()).singleElement().satisfies(failure -> {
                assertThat(failure.key()).isEqualTo(ItemKey.of(12));
                assertThat(failure.cause()).isInstanceOf(AwsKitDynamoDbException.class);
            });
        });
        assertThat(heard).hasSize(1);
        assertThat(table.sync().scan(Scan.builder().build()).count()).isEqualTo(24);
    }

    @EmulatorTest
    void putAllStream_withSmallBuffer_readsTheStreamAsRoomFrees(DynamoFixture fx) {
        DynamoTable<Vote> table = fx.votes();
        AtomicLong progress = new AtomicLong();
        BatchWriter<Vote> writer = table.batchWriter(w -> w.maxBuffered(50).maxConcurrency(2)
                .listener(new BatchWriteListener() {
                    @Override
                    public void onWritten(int count, long totalWritten) {
                        progress.accumulateAndGet(totalWritten, Math::max);
                    }
                }));

        writer.putAll(Stream.iterate(0, i -> i + 1).limit(500).map(i -> new Vote("s" + i, i))).join();
        BatchWriteResult<Vote> result = writer.sync().finish();

        assertThat(result.written()).isEqualTo(500);
        assertThat(progress.get()).isEqualTo(500);
        assertThatThrownBy(() -> writer.put(new Vote("late", 1))).isInstanceOf(IllegalStateException.class);
    }

    @EmulatorTest
    void batchWriter_onVersionedTable_isRefused(DynamoFixture fx) {
        DynamoTable<Vote> table = fx.votes().withVersionAttribute("version");

        assertThatThrownBy(table::batchWriter).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("version attribute 'version'");
    }

    @EmulatorTest
    void flush_whenCancelled_stopsAndAccountsForEveryWrite(DynamoFixture fx) {
        DynamoTable<Vote> table = fx.votes();
        BatchWriter<Vote> writer = table.batchWriter(w -> w.maxConcurrency(1));
        writer.putAll(votes(110));

        writer.flush().cancel(true);
        BatchWriteResult<Vote> result = writer.sync().finish();

        assertThat(result.written() + result.failures().size()).isEqualTo(110);
        assertThat(result.failures()).isNotEmpty()
                .allSatisfy(failure -> assertThat(failure.cause()).isInstanceOf(CancellationException.class));
        // A request cancelled in flight may still have been applied: its writes are listed, as of unknown outcome.
        assertThat(table.sync().scan(Scan.builder().build()).count())
                .isBetween(result.written(), result.written() + result.failures().size());
        assertThatThrownBy(() -> writer.put(new Vote("late", 1))).isInstanceOf(IllegalStateException.class);
    }
}

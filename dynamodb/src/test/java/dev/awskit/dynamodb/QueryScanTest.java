package dev.awskit.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awskit.dynamodb.expression.Attr;
import dev.awskit.dynamodb.expression.Key;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

/** Queries, scans, pages and cursors against both emulators. */
class QueryScanTest {
    private static final String PADDING = "x".repeat(5_000);

    private static void writeDocs(DynamoTable<Map<String, Object>> docs, String customer, int count, boolean padded) {
        CompletableFuture.allOf(IntStream.range(0, count).mapToObj(i -> docs.put(Map.of("customer", customer,
                "doc", String.format("D%04d", i), "status", i % 2 == 0 ? "open" : "closed", "n", (long) i,
                "pad", padded ? PADDING : "")))
                .toArray(CompletableFuture[]::new)).join();
    }

    private static List<String> docIds(List<Map<String, Object>> items) {
        return items.stream().map(item -> (String) item.get("doc")).toList();
    }

    private static List<String> keys(List<Map<String, Object>> items) {
        return items.stream().map(item -> item.get("customer") + "/" + item.get("doc")).toList();
    }

    @EmulatorTest
    void query_withSortConditionFilterAndOrder_returnsMatchingItemsInOrder(DynamoFixture fx) {
        DynamoTable<Map<String, Object>> docs = fx.docs();
        writeDocs(docs, "C1", 20, false);
        writeDocs(docs, "C2", 3, false);

        List<Map<String, Object>> open = docs.sync().query(q -> q
                .keyCondition(Key.name("customer").eq("C1").and(Key.name("doc").between("D0005", "D0014")))
                .filter(Attr.name("status").eq("open"))
                .descending()).toList();

        assertThat(docIds(open)).containsExactly("D0014", "D0012", "D0010", "D0008", "D0006");
    }

    @EmulatorTest
    void query_withTotalLimitAndSmallPages_stopsAtLimitAcrossPages(DynamoFixture fx) {
        DynamoTable<Map<String, Object>> docs = fx.docs();
        writeDocs(docs, "C1", 30, false);
        fx.calls.reset();

        List<Map<String, Object>> first = docs.sync().query(q -> q.keyCondition(Key.name("customer").eq("C1"))
                .pageSize(4).limit(10)).toList();

        assertThat(docIds(first)).hasSize(10).startsWith("D0000").endsWith("D0009");
        assertThat(fx.calls.calls("Query")).isEqualTo(3);
    }

    @EmulatorTest
    void scanAndQuery_pastOneMegabyte_readEveryItemOverSeveralPages(DynamoFixture fx) {
        DynamoTable<Map<String, Object>> docs = fx.docs();
        writeDocs(docs, "C1", 300, true);
        fx.calls.reset();

        long scanned = docs.sync().scan(Scan.builder().build()).count();
        long queried = docs.sync().query(q -> q.keyCondition(Key.name("customer").eq("C1"))).count();

        assertThat(scanned).isEqualTo(300);
        assertThat(queried).isEqualTo(300);
        assertThat(fx.calls.calls("Scan")).isGreaterThanOrEqualTo(2);
        assertThat(fx.calls.calls("Query")).isGreaterThanOrEqualTo(2);
    }

    @EmulatorTest
    void queryPage_cursorResumedInNewTableHandle_continuesWithoutGapsOrRepeats(DynamoFixture fx) {
        DynamoTable<Map<String, Object>> docs = fx.docs();
        writeDocs(docs, "C1", 25, false);
        List<String> seen = new ArrayList<>();
        String token = null;
        do {
            // Each page through a new resource and table handle, as another process would read it.
            try (DynamoResource other = DynamoResource.create(fx.client)) {
                DynamoTable<Map<String, Object>> fresh = other.table("docs", KeySchema.of("customer", "doc"));
                String resumeFrom = token;
                Page<Map<String, Object>> page = fresh.sync().queryPage(q -> {
                    q.keyCondition(Key.name("customer").eq("C1")).limit(10);
                    if (resumeFrom != null) {
                        q.startAfter(Cursor.parse(resumeFrom));
                    }
                });
                seen.addAll(docIds(page.items()));
                token = page.next().map(Cursor::asString).orElse(null);
            }
        } while (token != null);

        assertThat(seen).hasSize(25).doesNotHaveDuplicates();
        assertThat(seen).isSorted();
    }

    @EmulatorTest
    void scan_splitIntoSegments_readsEveryItemExactlyOnce(DynamoFixture fx) {
        DynamoTable<Map<String, Object>> docs = fx.docs();
        writeDocs(docs, "C1", 40, false);
        writeDocs(docs, "C2", 40, false);

        List<String> seen = new ArrayList<>();
        for (Scan segment : Scan.builder().pageSize(7).build().split(4)) {
            docs.sync().scan(segment).forEach(item -> seen.add(item.get("customer") + "/" + item.get("doc")));
        }

        assertThat(seen).hasSize(80).doesNotHaveDuplicates();
    }

    @EmulatorTest
    void scan_segmentsReadAtOnceByIndependentWorkers_readEveryItemExactlyOnce(DynamoFixture fx) throws Exception {
        DynamoTable<Map<String, Object>> docs = fx.docs();
        for (int customer = 0; customer < 16; customer++) {
            writeDocs(docs, "C" + customer, 5, false);
        }
        SentRequests sent = new SentRequests();
        DynamoDbAsyncClient client = fx.settings.toBuilder().addInterceptor(sent).build()
                .applyTo(DynamoDbAsyncClient.builder().httpClient(DynamoFixture.HTTP)).build();
        ExecutorService workers = Executors.newFixedThreadPool(4);
        try {
            // Each worker builds its own resource and table handle, as one on another machine would.
            List<Future<List<String>>> segments = new ArrayList<>();
            for (Scan segment : Scan.builder().pageSize(6).build().split(4)) {
                segments.add(workers.submit(() -> {
                    try (DynamoResource worker = DynamoResource.create(client)) {
                        return keys(worker.table("docs", KeySchema.of("customer", "doc")).sync().scan(segment)
                                .toList());
                    }
                }));
            }
            List<String> seen = new ArrayList<>();
            for (Future<List<String>> segment : segments) {
                seen.addAll(segment.get(1, TimeUnit.MINUTES));
            }

            assertThat(seen).hasSize(80).doesNotHaveDuplicates();
            assertThat(sent.of(ScanRequest.class).toList()).hasSizeGreaterThanOrEqualTo(4)
                    .allSatisfy(request -> assertThat(request.totalSegments()).isEqualTo(4))
                    .extracting(ScanRequest::segment).containsOnly(0, 1, 2, 3);
        } finally {
            workers.shutdownNow();
            client.close();
        }
    }

    @EmulatorTest
    void scanPage_cursorOfOneSegment_resumesOnlyThatSegment(DynamoFixture fx) {
        DynamoTable<Map<String, Object>> docs = fx.docs();
        for (int customer = 0; customer < 20; customer++) {
            writeDocs(docs, "C" + customer, 3, false);
        }
        Scan segment = Scan.builder().limit(2).build().split(2).get(1);
        Page<Map<String, Object>> first = docs.sync().scanPage(segment);
        Cursor cursor = first.next().orElseThrow();

        assertThat(cursor.segment()).hasValue(1);
        assertThatThrownBy(() -> Scan.builder().segment(0, 2).startAfter(cursor).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("segment");
        Page<Map<String, Object>> second = docs.sync().scanPage(segment.toBuilder().startAfter(cursor).build());
        assertThat(keys(second.items())).isNotEmpty().doesNotContainAnyElementsOf(keys(first.items()));
    }

    @EmulatorTest
    void query_ofGlobalIndex_findsItemsByIndexKey(DynamoFixture fx) {
        DynamoTable<Map<String, Object>> docs = fx.docs();
        writeDocs(docs, "C1", 6, false);
        writeDocs(docs, "C2", 6, false);

        List<Map<String, Object>> open = docs.sync().query(q -> q.index("byStatus")
                .keyCondition(Key.name("status").eq("closed").and(Key.name("doc").beginsWith("D000")))
                .limit(4).pageSize(3)).toList();

        assertThat(open).hasSize(4).allSatisfy(item -> assertThat(item).containsEntry("status", "closed"));
    }

    @EmulatorTest
    void query_asPublisher_readsPagesOnDemandAndStopsWhenCancelled(DynamoFixture fx) {
        DynamoTable<Map<String, Object>> docs = fx.docs();
        writeDocs(docs, "C1", 30, false);
        fx.calls.reset();
        List<String> received = new CopyOnWriteArrayList<>();
        AtomicReference<Subscription> subscription = new AtomicReference<>();
        CompletableFuture<Void> fiveReceived = new CompletableFuture<>();

        docs.query(q -> q.keyCondition(Key.name("customer").eq("C1")).pageSize(5)).subscribe(new Subscriber<>() {
            @Override
            public void onSubscribe(Subscription s) {
                subscription.set(s);
                s.request(1);
            }

            @Override
            public void onNext(Map<String, Object> item) {
                received.add((String) item.get("doc"));
                if (received.size() == 5) {
                    subscription.get().cancel();
                    fiveReceived.complete(null);
                } else {
                    subscription.get().request(1);
                }
            }

            @Override
            public void onError(Throwable error) {
                fiveReceived.completeExceptionally(error);
            }

            @Override
            public void onComplete() {
                fiveReceived.completeExceptionally(new AssertionError("completed before cancel"));
            }
        });
        fiveReceived.join();

        assertThat(received).containsExactly("D0000", "D0001", "D0002", "D0003", "D0004");
        assertThat(fx.calls.calls("Query")).isEqualTo(1);
    }

    @EmulatorTest
    void query_whenKeyConditionSkipsPartitionKey_throwsBeforeAnyCall(DynamoFixture fx) {
        DynamoTable<Map<String, Object>> docs = fx.docs();
        fx.calls.reset();

        assertThatThrownBy(() -> docs.sync().query(q -> q.keyCondition(Key.name("doc").eq("D1"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'customer'");
        assertThatThrownBy(() -> docs.sync().query(q -> q.keyCondition(Key.name("customer").eq("C1")
                .and(Key.name("status").eq("open"))))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'status'");
        assertThat(fx.calls.calls()).isEmpty();
    }

    @EmulatorTest
    void scan_intoVoteCounts_collectsNameToVotes(DynamoFixture fx) {
        DynamoTable<DynamoFixture.Vote> votes = fx.votes();
        for (String name : List.of("tabs", "spaces", "tabs", "tabs")) {
            votes.sync().update(ItemKey.of(name), u -> u.increment("votes", 1));
        }

        Map<String, Long> counts = votes.sync().scan(Scan.builder().build())
                .collect(Collectors.toMap(DynamoFixture.Vote::name, DynamoFixture.Vote::votes));

        assertThat(counts).isEqualTo(Map.of("tabs", 3L, "spaces", 1L));
        assertThat(new HashSet<>(counts.keySet())).isEqualTo(Set.of("tabs", "spaces"));
    }
}

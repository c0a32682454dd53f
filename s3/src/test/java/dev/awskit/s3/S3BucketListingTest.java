package dev.awskit.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import dev.awskit.testkit.MotoExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;
import software.amazon.awssdk.services.s3.model.DeleteObjectsResponse;
import software.amazon.awssdk.services.s3.model.S3Error;

/**
 * Listings past 1,000 keys, lazily, with folders; prefix deletes in batches of 1,000 with per-key errors. The 2,500
 * keys are written once for the class (moto takes about 8 ms a put), so moto is not reset between these tests; the
 * test that deletes them runs last.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class S3BucketListingTest {
    @RegisterExtension
    static final MotoExtension MOTO = MotoExtension.withoutReset();

    private static S3Fixture shared;
    private static S3Bucket bucket;
    private S3Fixture fx;

    @BeforeAll
    static void writeKeys() {
        MOTO.server().reset();
        shared = new S3Fixture(MOTO.server());
        bucket = S3Bucket.of(shared.client, shared.bucket("listing"));
        putMany(bucket, "logs/", 2500);
        for (String key : List.of("2026/01/a.log", "2026/01/b.log", "2026/02/c.log", "2026/readme.txt", "2026/z.log")) {
            bucket.sync().putString(key, "x");
        }
    }

    @AfterAll
    static void closeClients() {
        shared.close();
    }

    @BeforeEach
    void freshCounts() {
        fx = shared.fresh();
    }

    /** Puts {@code count} small objects, 32 at a time. */
    private static void putMany(S3Bucket bucket, String prefix, int count) {
        Semaphore inFlight = new Semaphore(32);
        List<CompletableFuture<PutResult>> puts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            inFlight.acquireUninterruptibly();
            CompletableFuture<PutResult> put = bucket.putString(String.format("%s%05d", prefix, i), "x");
            put.whenComplete((r, e) -> inFlight.release());
            puts.add(put);
        }
        CompletableFuture.allOf(puts.toArray(CompletableFuture[]::new)).join();
        shared.faults.reset();
    }

    private S3Bucket freshBucket(String name) {
        return S3Bucket.of(fx.client, fx.bucket(name + "-" + System.nanoTime()));
    }

    @Test
    void syncList_of2500Keys_streamsAllInOrderInThreePages() {
        List<String> keys = bucket.sync().list("logs/").map(ListEntry::key).toList();

        assertThat(keys).hasSize(2500).isSorted().startsWith("logs/00000").endsWith("logs/02499");
        assertThat(fx.faults.calls("ListObjectsV2")).isEqualTo(3);
    }

    @Test
    void syncList_whenStreamStopsEarly_readsOnlyThePagesItReached() {
        List<ListEntry> first = bucket.sync().list("logs/").limit(10).toList();

        assertThat(first).hasSize(10);
        assertThat(fx.faults.calls("ListObjectsV2")).isEqualTo(1);
    }

    @Test
    void publisherList_of2500Keys_deliversAllAndCompletes() {
        Collector collector = new Collector(Long.MAX_VALUE);

        bucket.list("logs/").subscribe(collector);

        assertThat(collector.done.join()).hasSize(2500).isSorted();
        assertThat(fx.faults.calls("ListObjectsV2")).isEqualTo(3);
    }

    @Test
    void publisherList_whenSubscriberCancelsAfterFirstItems_fetchesOnePage() {
        Collector collector = new Collector(5);

        bucket.list("logs/").subscribe(collector);

        assertThat(collector.done.join()).hasSize(5);
        assertThat(fx.faults.calls("ListObjectsV2")).isEqualTo(1);
    }

    @Test
    void list_withDelimiter_returnsObjectsAndFoldersInKeyOrder() {
        List<ListEntry> entries = bucket.sync().list(r -> r.prefix("2026/").delimiter("/")).toList();

        assertThat(entries).extracting(ListEntry::key)
                .containsExactly("2026/01/", "2026/02/", "2026/readme.txt", "2026/z.log");
        assertThat(entries).extracting(ListEntry::folder).containsExactly(true, true, false, false);
        assertThat(entries.get(2).size()).isEqualTo(1);
        assertThat(entries.get(2).eTag()).isPresent();
    }

    @Test
    void list_withStartAfterAndPageSize_pagesFromThatKey() {
        List<String> keys = bucket.sync().list(r -> r.prefix("logs/").startAfter("logs/02489").pageSize(4))
                .map(ListEntry::key).toList();

        assertThat(keys).hasSize(10).first().isEqualTo("logs/02490");
        assertThat(fx.faults.calls("ListObjectsV2")).isEqualTo(3);
    }

    @Test
    @Order(Integer.MAX_VALUE) // deletes the keys the other tests list
    void deleteAll_of2500Keys_deletesInBatchesOf1000AndLeavesOtherPrefixes() {
        DeleteResult result = bucket.sync().deleteAll("logs/");

        assertThat(result.deleted()).hasSize(2500);
        assertThat(result.isComplete()).isTrue();
        assertThat(fx.faults.calls("DeleteObjects")).isEqualTo(3);
        assertThat(bucket.sync().list("").map(ListEntry::key)).allMatch(key -> key.startsWith("2026/")).hasSize(5);
    }

    @Test
    void deleteAll_whenS3RefusesSomeKeys_reportsEachRefusedKey() {
        S3Bucket bucket = freshBucket("refusing");
        putMany(bucket, "tmp/", 3);
        fx.faults.on("DeleteObjects").nthCall(1).rewriteResponse((request, response) ->
                ((DeleteObjectsResponse) response).toBuilder()
                        .deleted(((DeleteObjectsResponse) response).deleted().subList(1, 3))
                        .errors(S3Error.builder().key("tmp/00000").code("AccessDenied").message("Access Denied")
                                .build())
                        .build());

        DeleteResult result = bucket.sync().deleteAll("tmp/");

        assertThat(result.isComplete()).isFalse();
        assertThat(result.deleted()).containsExactly("tmp/00001", "tmp/00002");
        assertThat(result.failures()).containsExactly(
                new DeleteResult.KeyFailure("tmp/00000", "AccessDenied", "Access Denied"));
    }

    @Test
    void deleteAll_whenPrefixEmpty_throwsPointingToDeleteEverything() {
        assertThatThrownBy(() -> bucket.deleteAll(""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("deleteEverything");
    }

    @Test
    void list_whenBucketUnknown_failsTheStreamWithBucketNotFound() {
        S3BucketSync unknown = S3Bucket.of(fx.client, "missing-bucket").sync();

        assertThatThrownBy(() -> unknown.list("").toList())
                .isInstanceOf(BucketNotFoundException.class).hasMessageContaining("missing-bucket");
    }

    @Test
    void deleteEverything_emptiesTheBucket() {
        S3Bucket bucket = freshBucket("everything");
        putMany(bucket, "", 5);

        DeleteResult result = bucket.sync().deleteEverything();

        assertThat(result.deleted()).hasSize(5);
        assertThat(bucket.sync().list("").count()).isZero();
    }

    /** Requests {@code want} entries one at a time, then cancels. */
    private static final class Collector implements Subscriber<ListEntry> {
        final CompletableFuture<List<String>> done = new CompletableFuture<>();
        private final List<String> keys = new CopyOnWriteArrayList<>();
        private final long want;
        private Subscription subscription;

        Collector(long want) {
            this.want = want;
        }

        @Override
        public void onSubscribe(Subscription s) {
            subscription = s;
            s.request(1);
        }

        @Override
        public void onNext(ListEntry entry) {
            keys.add(entry.key());
            if (keys.size() == want) {
                subscription.cancel();
                done.complete(List.copyOf(keys));
            } else {
                subscription.request(1);
            }
        }

        @Override
        public void onError(Throwable t) {
            done.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
            done.complete(List.copyOf(keys));
        }
    }

}

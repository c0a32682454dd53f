package dev.awskit.testkit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * An SDK interceptor that makes DynamoDB (or an emulator) leave part of every batch unprocessed, honestly: the
 * writes and keys held back are taken out of the request before it is sent, so the service never sees them, and
 * are returned in the response's {@code UnprocessedItems} / {@code UnprocessedKeys}, as DynamoDB does when it cannot
 * finish a batch. Code that drops unprocessed items then really loses them.
 *
 * <pre>{@code
 * UnprocessedBatches holdBack = UnprocessedBatches.holdBack(0.5, 42L);   // each write or key: 50 %, seeded
 * ClientSettings settings = ddb.settings().toBuilder().addInterceptor(holdBack).build();
 * ...
 * assertThat(holdBack.heldBackWrites()).isPositive();
 * }</pre>
 *
 * <p>At least one write (or key) of each request is sent, so every request makes progress. Works with
 * {@link FaultInjector} on the same client: a throttled attempt is retried by the SDK with the same reduced request.
 * Thread-safe.
 */
public final class UnprocessedBatches implements ExecutionInterceptor {
    private static final ExecutionAttribute<Object> HELD = new ExecutionAttribute<>("awskit.UnprocessedBatches.held");

    private final double share;
    private final Random random;
    private final AtomicLong heldBackWrites = new AtomicLong();
    private final AtomicLong heldBackKeys = new AtomicLong();

    private UnprocessedBatches(double share, long seed) {
        this.share = share;
        this.random = new Random(seed);
    }

    /**
     * Holds back each write of a {@code BatchWriteItem} and each key of a {@code BatchGetItem} independently with
     * probability {@code share}, drawn from a generator seeded with {@code seed}.
     *
     * @param share from 0 to 1
     * @param seed the seed
     * @return the interceptor
     * @throws IllegalArgumentException if {@code share} is outside [0, 1]
     */
    public static UnprocessedBatches holdBack(double share, long seed) {
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException("share must be within [0, 1]: " + share);
        }
        return new UnprocessedBatches(share, seed);
    }

    /** @return writes held back so far (each time counted, retries included) */
    public long heldBackWrites() {
        return heldBackWrites.get();
    }

    /** @return keys held back so far */
    public long heldBackKeys() {
        return heldBackKeys.get();
    }

    @Override
    public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
        if (context.request() instanceof BatchWriteItemRequest write) {
            Map<String, List<WriteRequest>> sent = new HashMap<>();
            Map<String, List<WriteRequest>> held = new HashMap<>();
            write.requestItems().forEach((table, writes) -> split(writes, sent, held, table));
            held.values().forEach(list -> heldBackWrites.addAndGet(list.size()));
            attributes.putAttribute(HELD, held);
            return write.toBuilder().requestItems(sent).build();
        }
        if (context.request() instanceof BatchGetItemRequest read) {
            Map<String, KeysAndAttributes> sent = new HashMap<>();
            Map<String, KeysAndAttributes> held = new HashMap<>();
            read.requestItems().forEach((table, keys) -> {
                Map<String, List<Map<String, AttributeValue>>> kept = new HashMap<>();
                Map<String, List<Map<String, AttributeValue>>> back = new HashMap<>();
                split(keys.keys(), kept, back, table);
                sent.put(table, keys.toBuilder().keys(kept.get(table)).build());
                if (back.containsKey(table)) {
                    held.put(table, keys.toBuilder().keys(back.get(table)).build());
                    heldBackKeys.addAndGet(back.get(table).size());
                }
            });
            attributes.putAttribute(HELD, held);
            return read.toBuilder().requestItems(sent).build();
        }
        return context.request();
    }

    private <E> void split(List<E> elements, Map<String, List<E>> sent, Map<String, List<E>> held, String table) {
        List<E> kept = new ArrayList<>();
        List<E> back = new ArrayList<>();
        synchronized (random) {
            for (E element : elements) {
                (random.nextDouble() < share ? back : kept).add(element);
            }
        }
        if (kept.isEmpty() && !back.isEmpty()) {
            kept.add(back.remove(back.size() - 1));
        }
        sent.put(table, kept);
        if (!back.isEmpty()) {
            held.put(table, back);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public SdkResponse modifyResponse(Context.ModifyResponse context, ExecutionAttributes attributes) {
        Object held = attributes.getAttribute(HELD);
        if (held == null || ((Map<?, ?>) held).isEmpty()) {
            return context.response();
        }
        if (context.response() instanceof BatchWriteItemResponse write) {
            Map<String, List<WriteRequest>> unprocessed = new HashMap<>(write.unprocessedItems());
            ((Map<String, List<WriteRequest>>) held).forEach((table, writes) -> {
                List<WriteRequest> all = new ArrayList<>(unprocessed.getOrDefault(table, List.of()));
                all.addAll(writes);
                unprocessed.put(table, all);
            });
            return write.toBuilder().unprocessedItems(unprocessed).build();
        }
        if (context.response() instanceof BatchGetItemResponse read) {
            Map<String, KeysAndAttributes> unprocessed = new HashMap<>(read.unprocessedKeys());
            ((Map<String, KeysAndAttributes>) held).forEach((table, keys) -> {
                KeysAndAttributes before = unprocessed.get(table);
                if (before == null) {
                    unprocessed.put(table, keys);
                } else {
                    List<Map<String, AttributeValue>> all = new ArrayList<>(before.keys());
                    all.addAll(keys.keys());
                    unprocessed.put(table, before.toBuilder().keys(all).build());
                }
            });
            return read.toBuilder().unprocessedKeys(unprocessed).build();
        }
        return context.response();
    }

    @Override
    public String toString() {
        return "UnprocessedBatches[share=" + share + ", heldBackWrites=" + heldBackWrites + ", heldBackKeys="
                + heldBackKeys + "]";
    }
}

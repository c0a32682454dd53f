package dev.awskit.dynamodb.internal;

import dev.awskit.dynamodb.DuplicateKeys;
import dev.awskit.dynamodb.ItemKey;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The writes of a batch writer that are not done: pending ones (not sent yet, at most one per key), ready ones
 * (retries whose wait is over), and the keys in flight (sent, or waiting to be retried). A key in flight is never
 * sent again until its write is done, so a later write to it can never overtake an earlier one, and no request
 * holds one key twice. Chunks hold at most 25 writes and 16 MB. Not thread-safe: the writer locks around it.
 */
final class WriteBuffer {
    static final int MAX_ITEMS = 25;
    static final long MAX_BYTES = 16L * 1024 * 1024;

    private final DuplicateKeys duplicates;
    private final int maxItems;
    private final long maxBytes;
    private final Map<ItemKey, PendingWrite> pending = new LinkedHashMap<>();
    private final ArrayDeque<PendingWrite> ready = new ArrayDeque<>();
    /** Halves of a refused chunk: each is sent as it is, never merged, so the bad write ends up alone. */
    private final ArrayDeque<List<PendingWrite>> halves = new ArrayDeque<>();
    private final Set<ItemKey> inFlight = new HashSet<>();

    WriteBuffer(DuplicateKeys duplicates, int maxItems, long maxBytes) {
        this.duplicates = duplicates;
        this.maxItems = maxItems;
        this.maxBytes = maxBytes;
    }

    /**
     * Checks that writes can all be accepted: with {@link DuplicateKeys#REJECT}, none of their keys may be busy or
     * repeated among them.
     *
     * @param writes the writes
     * @throws IllegalArgumentException naming the first key refused
     */
    void checkAccepts(List<PendingWrite> writes) {
        if (duplicates != DuplicateKeys.REJECT) {
            return;
        }
        Set<ItemKey> seen = new HashSet<>();
        for (PendingWrite write : writes) {
            if (!seen.add(write.key) || pending.containsKey(write.key) || inFlight.contains(write.key)) {
                throw new IllegalArgumentException("key " + write.key + " already has a write that is not done; "
                        + "DuplicateKeys.REJECT refuses another");
            }
        }
    }

    /**
     * Accepts a write.
     *
     * @param write the write
     * @return the write it superseded (or {@code write} itself when it is dropped), or null
     */
    PendingWrite add(PendingWrite write) {
        PendingWrite earlier = pending.get(write.key);
        boolean busy = earlier != null || inFlight.contains(write.key);
        if (busy && duplicates == DuplicateKeys.FIRST_WINS) {
            return write;
        }
        pending.put(write.key, write);
        return earlier;
    }

    /**
     * Takes the next chunk to send: ready retries first, then pending writes whose key is not in flight. Without
     * {@code partial}, pending writes are only taken as a full chunk.
     *
     * @param partial whether a chunk of fewer than 25 pending writes may go (flushing)
     * @return the chunk, its keys now in flight; null when there is nothing to send
     */
    List<PendingWrite> next(boolean partial) {
        if (!halves.isEmpty()) {
            return halves.poll();
        }
        List<PendingWrite> chunk = new ArrayList<>(maxItems);
        long bytes = 0;
        while (!ready.isEmpty() && chunk.size() < maxItems && bytes + ready.peek().size <= maxBytes) {
            PendingWrite write = ready.poll();
            bytes += write.size;
            chunk.add(write);
        }
        boolean retries = !chunk.isEmpty();
        List<PendingWrite> fresh = new ArrayList<>();
        for (Iterator<PendingWrite> it = pending.values().iterator(); it.hasNext() && chunk.size() + fresh.size() < maxItems;) {
            PendingWrite write = it.next();
            if (inFlight.contains(write.key)) {
                continue;
            }
            if (bytes + write.size > maxBytes) {
                partial = true;  // the chunk is as full as 16 MB allows
                break;
            }
            bytes += write.size;
            fresh.add(write);
        }
        if (!retries && fresh.size() < maxItems && !partial) {
            return null;
        }
        for (PendingWrite write : fresh) {
            pending.remove(write.key);
            inFlight.add(write.key);
        }
        chunk.addAll(fresh);
        return chunk.isEmpty() ? null : chunk;
    }

    /** @param writes retries whose wait is over, sent before pending writes */
    void ready(List<PendingWrite> writes) {
        ready.addAll(writes);
    }

    /** @param chunk a refused chunk, to be sent again as two chunks of half the size */
    void split(List<PendingWrite> chunk) {
        halves.add(new ArrayList<>(chunk.subList(0, chunk.size() / 2)));
        halves.add(new ArrayList<>(chunk.subList(chunk.size() / 2, chunk.size())));
    }

    /** @param key a key whose write is done (written or given up) */
    void release(ItemKey key) {
        inFlight.remove(key);
    }

    /** @return writes accepted and not done, pending and ready */
    int waiting() {
        return pending.size() + ready.size() + halves.stream().mapToInt(List::size).sum();
    }

    /** @return pending and ready writes, removed (for an abort) */
    List<PendingWrite> drain() {
        List<PendingWrite> all = new ArrayList<>(ready);
        halves.forEach(all::addAll);
        all.addAll(pending.values());
        ready.clear();
        halves.clear();
        pending.clear();
        return all;
    }
}

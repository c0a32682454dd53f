package dev.awskit.core.cache;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/** A loader whose loads the test completes by hand, counting calls. */
final class ScriptedLoader implements CacheLoader<String, String> {
    final AtomicInteger calls = new AtomicInteger();
    final List<CompletableFuture<String>> pending = new ArrayList<>();

    @Override
    public synchronized CompletableFuture<String> load(String key) {
        calls.incrementAndGet();
        CompletableFuture<String> future = new CompletableFuture<>();
        pending.add(future);
        return future;
    }

    synchronized CompletableFuture<String> last() {
        return pending.get(pending.size() - 1);
    }

    void succeed(String value) {
        last().complete(value);
    }

    void fail(Throwable failure) {
        last().completeExceptionally(failure);
    }
}

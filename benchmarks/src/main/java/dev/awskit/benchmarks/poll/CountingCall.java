package dev.awskit.benchmarks.poll;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/** A poll call answering at once with its call number, so a wait of N attempts succeeds at call N. */
final class CountingCall implements Supplier<CompletableFuture<Integer>> {
    private int calls;

    @Override
    public CompletableFuture<Integer> get() {
        // Calls of one wait never overlap and each is ordered after the previous answer by the scheduler's
        // happens-before edges, so a plain field is enough.
        return CompletableFuture.completedFuture(++calls);
    }
}

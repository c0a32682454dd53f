package dev.awskit.benchmarks.poll;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The loop a team writes by hand when it has no poller: call, test, schedule the next call. No deadline, no
 * transient-error handling, no cancellation, no listener; the floor the poller's overhead is measured against.
 */
final class HandWrittenPollLoop {
    private HandWrittenPollLoop() {
    }

    static <T> CompletableFuture<T> poll(Supplier<CompletableFuture<T>> call, Predicate<T> done,
            ScheduledExecutorService scheduler, long delayNanos, int maxAttempts) {
        CompletableFuture<T> result = new CompletableFuture<>();
        scheduler.execute(() -> attempt(call, done, scheduler, delayNanos, maxAttempts, 1, result));
        return result;
    }

    private static <T> void attempt(Supplier<CompletableFuture<T>> call, Predicate<T> done,
            ScheduledExecutorService scheduler, long delayNanos, int maxAttempts, int attempt, CompletableFuture<T> result) {
        call.get().whenComplete((response, error) -> {
            if (error != null) {
                result.completeExceptionally(error);
            } else if (done.test(response)) {
                result.complete(response);
            } else if (attempt >= maxAttempts) {
                result.completeExceptionally(new IllegalStateException("gave up after " + attempt + " attempts"));
            } else {
                scheduler.schedule(() -> attempt(call, done, scheduler, delayNanos, maxAttempts, attempt + 1, result),
                        delayNanos, TimeUnit.NANOSECONDS);
            }
        });
    }
}

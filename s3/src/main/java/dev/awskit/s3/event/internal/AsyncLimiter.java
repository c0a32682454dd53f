package dev.awskit.s3.event.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Runs asynchronous tasks at most {@code max} at a time without blocking a thread: a task waits in a queue until a
 * running one completes. {@link #whenQueueEmpty()} tells when every submitted task has started.
 */
final class AsyncLimiter {
    private final int max;
    private final Deque<Runnable> waiting = new ArrayDeque<>();
    private final List<CompletableFuture<Void>> emptyWatchers = new ArrayList<>();
    private final Set<CompletableFuture<?>> running = ConcurrentHashMap.newKeySet();
    private int active;

    AsyncLimiter(int max) {
        this.max = max;
    }

    /**
     * Runs {@code task} once a slot is free.
     *
     * @param task starts the work; a thrown exception or a {@code null} future fails the result
     * @param <T> the value type
     * @return the task's outcome
     */
    <T> CompletableFuture<T> submit(Supplier<? extends CompletableFuture<T>> task) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Runnable start = () -> {
            CompletableFuture<T> work = started(task);
            running.add(work);
            work.whenComplete((value, error) -> {
                running.remove(work);
                release();
                if (error != null) {
                    result.completeExceptionally(error);
                } else {
                    result.complete(value);
                }
            });
        };
        boolean now;
        synchronized (this) {
            now = active < max;
            if (now) {
                active++;
            } else {
                waiting.add(start);
            }
        }
        if (now) {
            start.run();
        }
        return result;
    }

    private static <T> CompletableFuture<T> started(Supplier<? extends CompletableFuture<T>> task) {
        try {
            return Objects.requireNonNull(task.get(), "the handler returned a null future");
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private void release() {
        Runnable next;
        List<CompletableFuture<Void>> empty = List.of();
        synchronized (this) {
            next = waiting.poll();
            if (next == null) {
                active--;
            }
            if (waiting.isEmpty() && !emptyWatchers.isEmpty()) {
                empty = new ArrayList<>(emptyWatchers);
                emptyWatchers.clear();
            }
        }
        empty.forEach(watcher -> watcher.complete(null));
        if (next != null) {
            next.run();
        }
    }

    /** @return completes once no submitted task is waiting for a slot */
    synchronized CompletableFuture<Void> whenQueueEmpty() {
        if (waiting.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<Void> watcher = new CompletableFuture<>();
        emptyWatchers.add(watcher);
        return watcher;
    }

    /** Drops the waiting tasks and cancels the running ones. */
    void cancelAll() {
        synchronized (this) {
            waiting.clear();
        }
        running.forEach(work -> work.cancel(true));
    }
}

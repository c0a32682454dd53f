package dev.awskit.core.poll;

import dev.awskit.core.time.VirtualTime;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * A poll call that plays a script of answers in virtual time and records when it was called. The last step
 * of the script repeats once the script runs out.
 */
final class ScriptedCall<T> implements Supplier<CompletableFuture<T>> {
    private final VirtualTime time;
    private final Deque<Supplier<CompletableFuture<T>>> script = new ArrayDeque<>();
    private Supplier<CompletableFuture<T>> last = CompletableFuture::new;
    private final List<Duration> callTimes = new ArrayList<>();
    private final List<CompletableFuture<T>> handedOut = new ArrayList<>();

    private ScriptedCall(VirtualTime time) {
        this.time = time;
    }

    static <T> ScriptedCall<T> on(VirtualTime time) {
        return new ScriptedCall<>(time);
    }

    @SafeVarargs
    final ScriptedCall<T> answers(T... values) {
        for (T value : values) {
            step(() -> CompletableFuture.completedFuture(value));
        }
        return this;
    }

    ScriptedCall<T> fails(int times, Throwable error) {
        for (int i = 0; i < times; i++) {
            step(() -> CompletableFuture.failedFuture(error));
        }
        return this;
    }

    /** A call that never answers. */
    ScriptedCall<T> hangs() {
        return step(CompletableFuture::new);
    }

    ScriptedCall<T> step(Supplier<CompletableFuture<T>> answer) {
        script.add(answer);
        last = answer;
        return this;
    }

    @Override
    public synchronized CompletableFuture<T> get() {
        callTimes.add(time.elapsed());
        Supplier<CompletableFuture<T>> next = script.isEmpty() ? last : script.poll();
        CompletableFuture<T> future = next.get();
        handedOut.add(future);
        return future;
    }

    synchronized int calls() {
        return callTimes.size();
    }

    synchronized List<Duration> callTimes() {
        return List.copyOf(callTimes);
    }

    synchronized CompletableFuture<T> future(int callNumber) {
        return handedOut.get(callNumber - 1);
    }

    static List<Duration> seconds(double... values) {
        List<Duration> out = new ArrayList<>();
        for (double value : values) {
            out.add(Duration.ofMillis(Math.round(value * 1000)));
        }
        return out;
    }
}

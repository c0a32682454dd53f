package dev.awskit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class FuturesTest {

    @Test
    void join_returnsTheValue() {
        assertThat(Futures.join(CompletableFuture.completedFuture("v"))).isEqualTo("v");
    }

    @Test
    void join_whenFailedWithRuntimeException_throwsThatExceptionUnwrapped() {
        IllegalStateException failure = new IllegalStateException("boom");
        CompletableFuture<String> future = CompletableFuture.<String>supplyAsync(() -> "x", Runnable::run)
                .thenApply(x -> {
                    throw failure;
                });

        Throwable thrown = catchThrowable(() -> Futures.join(future));

        assertThat(thrown).isSameAs(failure);
        assertThat(thrown.getSuppressed()).hasSize(1);
        assertThat(thrown.getSuppressed()[0]).hasMessageContaining("waited for here");
    }

    @Test
    void join_sameFailedFutureManyTimes_doesNotGrowTheException() {
        AwsKitException failure = new AwsKitException("once");
        CompletableFuture<String> future = CompletableFuture.failedFuture(failure);

        for (int i = 0; i < 100; i++) {
            assertThatThrownBy(() -> Futures.join(future)).isSameAs(failure);
        }

        assertThat(failure.getSuppressed()).hasSize(1);
    }

    @Test
    void join_whenFailedWithCheckedException_wrapsItInAwsKitException() {
        IOException io = new IOException("disk gone");

        assertThatThrownBy(() -> Futures.join(CompletableFuture.failedFuture(io)))
                .isInstanceOf(AwsKitException.class).hasCause(io).hasMessage("disk gone");
    }

    @Test
    void join_whenFailedWithError_rethrowsTheError() {
        AssertionError error = new AssertionError("fatal");

        assertThatThrownBy(() -> Futures.join(CompletableFuture.failedFuture(error))).isSameAs(error);
    }

    @Test
    void join_whenCancelled_throwsCancellationException() {
        CompletableFuture<String> future = new CompletableFuture<>();
        future.cancel(true);

        assertThatThrownBy(() -> Futures.join(future)).isInstanceOf(CancellationException.class);
    }

    @Test
    void unwrap_stripsNestedCompletionAndExecutionExceptions() {
        IllegalArgumentException root = new IllegalArgumentException("root");

        assertThat(Futures.unwrap(new CompletionException(new ExecutionException(new CompletionException(root)))))
                .isSameAs(root);
        assertThat(Futures.unwrap(root)).isSameAs(root);
        CompletionException empty = new CompletionException("no cause", null);
        assertThat(Futures.unwrap(empty)).isSameAs(empty);
    }

    @Test
    void failed_returnsAFailedFuture() {
        IllegalStateException failure = new IllegalStateException("x");

        assertThat(Futures.failed(failure)).isCompletedExceptionally();
        assertThatThrownBy(() -> Futures.join(Futures.failed(failure))).isSameAs(failure);
    }
}

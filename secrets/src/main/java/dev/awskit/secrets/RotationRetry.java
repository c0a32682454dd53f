package dev.awskit.secrets;

import dev.awskit.core.Futures;
import dev.awskit.core.SecretValue;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs work with a secret and, when the credentials are rejected, once more with the secret read again. */
final class RotationRetry {
    private static final Logger LOG = LoggerFactory.getLogger("dev.awskit.secrets");

    private RotationRetry() {
    }

    static <T, X extends Exception> T run(SecretCache cache, SecretCacheSync sync, String secretId,
            Predicate<? super Exception> authFailure, SecretFunction<T, X> action) throws X {
        Objects.requireNonNull(authFailure, "authFailure");
        Objects.requireNonNull(action, "action");
        SecretValue secret = sync.get(secretId);
        try {
            return action.apply(secret);
        } catch (Exception first) {
            if (!authFailure.test(first)) {
                throw first;
            }
            logRetry(secretId);
            return action.apply(Futures.join(cache.refreshNow(secretId)));
        }
    }

    static <T> CompletableFuture<T> runAsync(SecretCache cache, String secretId, Predicate<? super Throwable> authFailure,
            Function<? super SecretValue, ? extends CompletionStage<T>> action) {
        Objects.requireNonNull(authFailure, "authFailure");
        Objects.requireNonNull(action, "action");
        return cache.get(secretId).thenCompose(secret -> attempt(action, secret)).handle((value, failure) -> {
            if (failure == null) {
                return CompletableFuture.completedFuture(value);
            }
            Throwable cause = Futures.unwrap(failure);
            if (!authFailure.test(cause)) {
                return CompletableFuture.<T>failedFuture(cause);
            }
            logRetry(secretId);
            return cache.refreshNow(secretId).thenCompose(fresh -> attempt(action, fresh));
        }).thenCompose(Function.identity());
    }

    /** An action that throws is one whose future failed, so callers need no try/catch. */
    private static <T> CompletableFuture<T> attempt(Function<? super SecretValue, ? extends CompletionStage<T>> action,
            SecretValue secret) {
        try {
            CompletionStage<T> stage = action.apply(secret);
            return stage == null ? CompletableFuture.failedFuture(new NullPointerException("action returned null"))
                    : stage.toCompletableFuture();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private static void logRetry(String secretId) {
        LOG.info("secret {}: the action's credentials were rejected; reading the secret again and retrying once",
                secretId);
    }
}

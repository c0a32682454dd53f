package dev.awskit.secrets;

import dev.awskit.core.Futures;
import dev.awskit.core.SecretValue;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs work with a secret and, when the credentials are rejected, once more with the secret read again. */
final class RotationRetry {
    private static final Logger LOG = LoggerFactory.getLogger("dev.awskit.secrets");

    private RotationRetry() {
    }

    static <T> T run(SecretCache cache, String secretId, Predicate<? super Exception> authFailure,
            SecretFunction<T> action) {
        Objects.requireNonNull(authFailure, "authFailure");
        Objects.requireNonNull(action, "action");
        SecretValue secret = Futures.join(cache.get(secretId));
        try {
            return action.apply(secret);
        } catch (Exception first) {
            if (!authFailure.test(first)) {
                throw propagate(secretId, first);
            }
            logRetry(secretId);
            SecretValue fresh = Futures.join(cache.refreshNow(secretId));
            try {
                return action.apply(fresh);
            } catch (Exception second) {
                throw propagate(secretId, second);
            }
        }
    }

    static <T> CompletableFuture<T> runAsync(SecretCache cache, String secretId,
            Predicate<? super Throwable> authFailure, Function<SecretValue, CompletableFuture<T>> action) {
        Objects.requireNonNull(authFailure, "authFailure");
        Objects.requireNonNull(action, "action");
        return cache.get(secretId).thenCompose(action).handle((value, failure) -> {
            if (failure == null) {
                return CompletableFuture.completedFuture(value);
            }
            Throwable cause = Futures.unwrap(failure);
            if (!authFailure.test(cause)) {
                return CompletableFuture.<T>failedFuture(cause);
            }
            logRetry(secretId);
            return cache.refreshNow(secretId).thenCompose(action);
        }).thenCompose(Function.identity());
    }

    private static void logRetry(String secretId) {
        LOG.info("secret {}: the action's credentials were rejected; reading the secret again and retrying once",
                secretId);
    }

    private static RuntimeException propagate(String secretId, Exception failure) {
        return failure instanceof RuntimeException runtime ? runtime : new SecretActionException(secretId, failure);
    }
}

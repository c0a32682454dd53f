package dev.awskit.secrets;

import dev.awskit.core.SecretValue;

/**
 * Work done with a secret, such as opening a database connection with a password; see
 * {@link SecretCacheSync#withSecret(String, java.util.function.Predicate, SecretFunction)}.
 *
 * @param <T> the result type
 * @param <X> the checked exception the work may throw (for example {@code SQLException}); it reaches the
 *     caller of {@code withSecret} as it is
 */
@FunctionalInterface
public interface SecretFunction<T, X extends Exception> {

    /**
     * Uses the secret.
     *
     * @param secret the secret
     * @return the result
     * @throws X the work's own failure; the caller's predicate decides whether it means "credentials rejected"
     */
    T apply(SecretValue secret) throws X;
}

package dev.awskit.secrets;

import dev.awskit.core.SecretValue;

/**
 * Work done with a secret, such as opening a database connection with a password; see
 * {@link SecretCache#withSecret(String, java.util.function.Predicate, SecretFunction)}.
 *
 * @param <T> the result type
 */
@FunctionalInterface
public interface SecretFunction<T> {

    /**
     * Uses the secret.
     *
     * @param secret the secret
     * @return the result
     * @throws Exception any failure; the caller's predicate decides whether it means "credentials rejected"
     */
    T apply(SecretValue secret) throws Exception;
}

package dev.awskit.core.cache;

import software.amazon.awssdk.awscore.exception.AwsServiceException;

/**
 * Decides what a failed load means for a {@link RefreshingCache}: whether the item itself is gone or forbidden
 * (which ends stale serving once the hard TTL has passed) or the backend is failing (an outage, during which the
 * last good value is served up to the maximum staleness, with backoff). Set per cache with
 * {@link RefreshingCacheBuilder#failureClassifier(FailureClassifier)}; it decides {@link CacheLoadException#kind()}
 * too.
 *
 * <p>The {@linkplain #defaults() default} looks at the AWS error code of the first {@link AwsServiceException} in
 * the failure's cause chain:
 *
 * <table>
 *   <caption>Default classification</caption>
 *   <tr><th>AWS error code</th><th>kind</th><th>what it means</th></tr>
 *   <tr><td>{@code ResourceNotFoundException}, {@code ParameterNotFound}, {@code ParameterVersionNotFound},
 *       {@code ParameterVersionLabelNotFound}</td><td>{@link FailureKind#NOT_FOUND NOT_FOUND}</td>
 *       <td>the secret, parameter, version or label does not exist</td></tr>
 *   <tr><td>{@code InvalidRequestException}</td><td>{@code NOT_FOUND}</td>
 *       <td>Secrets Manager: the secret is deleted or scheduled for deletion</td></tr>
 *   <tr><td>{@code ValidationException}, {@code InvalidParameterException}, {@code InvalidKeyId}</td>
 *       <td>{@code NOT_FOUND}</td><td>the name is invalid</td></tr>
 *   <tr><td>{@code AccessDeniedException}, {@code AccessDenied}</td><td>{@link FailureKind#FORBIDDEN FORBIDDEN}</td>
 *       <td>the caller's policy does not allow the read</td></tr>
 *   <tr><td>{@code DecryptionFailure}, {@code DecryptionFailureException}, {@code KMSAccessDeniedException},
 *       {@code KMSDisabledException}, {@code KMSInvalidStateException}, {@code KMSNotFoundException}</td>
 *       <td>{@code FORBIDDEN}</td><td>KMS refused to decrypt the value</td></tr>
 *   <tr><td>anything else: throttling, HTTP 5xx, timeouts, connection failures, client-side failures such as
 *       "Unable to load credentials", any non-AWS exception</td><td>{@link FailureKind#OUTAGE OUTAGE}</td>
 *       <td>retrying later may succeed</td></tr>
 * </table>
 *
 * <p>Implementations must be thread-safe, fast and must not throw; they are called once per failed load.
 */
@FunctionalInterface
public interface FailureClassifier {

    /**
     * Classifies one failed load.
     *
     * @param failure the failure the loader raised (possibly wrapped in a {@code CompletionException} or in a
     *     module's own exception); never null
     * @return its kind; never null
     */
    FailureKind classify(Throwable failure);

    /**
     * Returns the classifier described in the table above.
     *
     * @return the default classifier
     */
    static FailureClassifier defaults() {
        return DefaultFailureClassifier.INSTANCE;
    }
}

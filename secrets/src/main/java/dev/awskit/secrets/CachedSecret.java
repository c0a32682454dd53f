package dev.awskit.secrets;

import dev.awskit.core.SecretValue;
import java.time.Instant;
import java.util.List;

/**
 * One version of a secret as read from Secrets Manager. The value is a {@link SecretValue}, so printing the
 * record shows identifiers only.
 *
 * @param name the secret's name
 * @param arn the secret's ARN
 * @param versionId the version read
 * @param versionStages the staging labels on that version
 * @param createdDate when the version was created, or null
 * @param value the secret string or binary
 */
public record CachedSecret(String name, String arn, String versionId, List<String> versionStages,
        Instant createdDate, SecretValue value) {

    /**
     * Copies the stage list.
     *
     * @param name the secret's name
     * @param arn the secret's ARN
     * @param versionId the version read
     * @param versionStages the staging labels on that version
     * @param createdDate when the version was created, or null
     * @param value the secret string or binary
     */
    public CachedSecret {
        versionStages = versionStages == null ? List.of() : List.copyOf(versionStages);
    }
}

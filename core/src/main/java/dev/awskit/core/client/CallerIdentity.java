package dev.awskit.core.client;

import java.util.Objects;

/**
 * Who the credentials of a {@link ClientSettings} act as, from STS {@code GetCallerIdentity}.
 *
 * @param account the 12-digit account id
 * @param arn the identity's ARN, e.g. {@code arn:aws:sts::123456789012:assumed-role/deploy/release-1-0}
 * @param userId the unique id of the user or role session
 */
public record CallerIdentity(String account, String arn, String userId) {

    /**
     * Checks the fields.
     *
     * @param account the account id
     * @param arn the ARN
     * @param userId the user id
     * @throws NullPointerException if a field is null
     */
    public CallerIdentity {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(arn, "arn");
        Objects.requireNonNull(userId, "userId");
    }
}

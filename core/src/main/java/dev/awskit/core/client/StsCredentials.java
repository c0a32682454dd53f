package dev.awskit.core.client;

import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

/**
 * The STS side of {@link ClientSettings}: touches the STS module only when it is used, so {@code awskit-core} does not
 * need it on the class path otherwise.
 */
final class StsCredentials {
    private static final String STS = "software.amazon.awssdk:sts";

    private StsCredentials() {
    }

    /**
     * Creates the provider of a role's credentials: one STS client built from {@code base}, {@code AssumeRole} called
     * on first use and again shortly before the credentials expire, never once per call.
     *
     * @param role the role
     * @param base the settings the STS client uses (the caller's own credentials)
     * @return the provider
     * @throws IllegalStateException if the STS module is not on the class path
     */
    static AwsCredentialsProvider provider(AssumeRole role, ClientSettings base) {
        requireSts("assumeRole");
        return Sts.provider(role, base);
    }

    /**
     * Asks STS who {@code settings} act as.
     *
     * @param settings the settings
     * @return the identity
     * @throws IllegalStateException if the STS module is not on the class path
     */
    static CompletableFuture<CallerIdentity> callerIdentity(ClientSettings settings) {
        requireSts("callerIdentity");
        return Sts.callerIdentity(settings);
    }

    private static void requireSts(String feature) {
        try {
            Class.forName("software.amazon.awssdk.services.sts.StsClient", false,
                    StsCredentials.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException("ClientSettings." + feature + " needs the STS module: add the dependency "
                    + STS + " (version from the AWS SDK BOM) to your build", e);
        }
    }

    /** Loaded only when the STS module is present. */
    private static final class Sts {
        static AwsCredentialsProvider provider(AssumeRole role, ClientSettings base) {
            software.amazon.awssdk.services.sts.StsClient sts =
                    base.client(software.amazon.awssdk.services.sts.StsClient.builder());
            return software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider.builder()
                    .stsClient(sts)
                    .refreshRequest(r -> {
                        r.roleArn(role.roleArn()).roleSessionName(role.sessionName())
                                .durationSeconds((int) role.duration().toSeconds());
                        role.externalId().ifPresent(r::externalId);
                    })
                    .build();
        }

        static CompletableFuture<CallerIdentity> callerIdentity(ClientSettings settings) {
            software.amazon.awssdk.services.sts.StsAsyncClient sts =
                    settings.client(software.amazon.awssdk.services.sts.StsAsyncClient.builder());
            return sts.getCallerIdentity(r -> { })
                    .thenApply(response -> new CallerIdentity(response.account(), response.arn(), response.userId()))
                    .whenComplete((identity, error) -> sts.close());
        }
    }
}

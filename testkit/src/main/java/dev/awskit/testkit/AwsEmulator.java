package dev.awskit.testkit;

import dev.awskit.core.client.ClientSettings;
import java.net.URI;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;

/**
 * A local stand-in for AWS (moto server, DynamoDB Local, LocalStack) that SDK clients reach through an
 * endpoint override.
 */
public interface AwsEmulator {
    /**
     * Returns the base URL every client of this emulator talks to.
     *
     * @return the endpoint, e.g. {@code http://127.0.0.1:40123}
     */
    URI endpoint();

    /**
     * Returns client settings for this emulator: {@link ClientSettings#emulator(URI)} on {@link #endpoint()}.
     * Add a fault injector with {@code settings().toBuilder().addInterceptor(faults).build()}.
     *
     * @return the settings
     */
    default ClientSettings settings() {
        return ClientSettings.emulator(endpoint());
    }

    /**
     * Builds a client configured by {@link #settings()}. The caller owns and closes it.
     *
     * @param builder any SDK client builder, e.g. {@code S3Client.builder()}
     * @param <B> the builder type
     * @param <C> the client type
     * @return the configured client
     */
    default <B extends AwsClientBuilder<B, C>, C> C client(B builder) {
        return settings().client(builder);
    }
}

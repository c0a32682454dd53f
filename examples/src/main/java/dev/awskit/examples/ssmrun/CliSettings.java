package dev.awskit.examples.ssmrun;

import dev.awskit.core.client.ClientSettings;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * The SSM client settings of {@code ssm-run}'s options. What an option leaves unset is left to the SDK's own
 * chains ({@code AWS_REGION}, {@code AWS_PROFILE}, {@code AWS_ACCESS_KEY_ID}, {@code AWS_ENDPOINT_URL_SSM}, the
 * config files, instance roles). An {@code --endpoint} on this machine is taken for an emulator: it gets static
 * test credentials and {@code us-east-1} unless {@code --profile} or {@code --region} say otherwise; any other
 * endpoint (a VPC endpoint, a proxy) keeps the real credentials chain.
 */
final class CliSettings {
    private CliSettings() {
    }

    static ClientSettings of(URI endpoint, String region, String profile) {
        ClientSettings.Builder builder = endpoint != null && profile == null && isLocal(endpoint)
                ? ClientSettings.emulator(endpoint).toBuilder() : ClientSettings.builder();
        if (endpoint != null) {
            builder.endpointOverride(endpoint);
        }
        if (region != null) {
            builder.region(region);
        }
        if (profile != null) {
            builder.profile(profile);
        }
        return builder.build();
    }

    /** Loopback by name or address; no DNS lookup, so a remote name never waits on the network here. */
    static boolean isLocal(URI endpoint) {
        String host = endpoint.getHost();
        if (host == null) {
            return false;
        }
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        String literal = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (!literal.matches("[0-9.]+|[0-9a-fA-F:]+")) {
            return false;
        }
        try {
            return InetAddress.getByName(literal).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}

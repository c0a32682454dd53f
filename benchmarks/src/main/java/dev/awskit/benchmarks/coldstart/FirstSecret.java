package dev.awskit.benchmarks.coldstart;

import java.lang.management.ManagementFactory;
import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerAsyncClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * One cold start: a fresh JVM reads one secret the way one library does, prints {@code VALUE <length>} the moment
 * it has it (the launcher timestamps that line), then {@code CPU <ms>} and exits. Every variant builds its client
 * the same way: region, static credentials, endpoint; the sync variants on the URL-connection HTTP client (what
 * Lambda users pick for cold starts), the async one on Netty.
 *
 * <pre>java -cp benchmarks.jar dev.awskit.benchmarks.coldstart.FirstSecret VARIANT ENDPOINT SECRET_ID</pre>
 */
public final class FirstSecret {
    private FirstSecret() {
    }

    /**
     * Runs one variant.
     *
     * @param args the variant ({@code sdk-sync}, {@code sdk-async}, {@code awskit-sync}, {@code awskit-async},
     *     {@code caching-java}, {@code powertools}), the endpoint and the secret id
     */
    public static void main(String[] args) {
        String variant = args[0];
        URI endpoint = URI.create(args[1]);
        String id = args[2];
        String value = switch (variant) {
            case "sdk-sync" -> {
                SecretsManagerClient client = sync(endpoint);
                yield client.getSecretValue(r -> r.secretId(id)).secretString();
            }
            case "sdk-async" -> {
                SecretsManagerAsyncClient client = async(endpoint);
                yield client.getSecretValue(r -> r.secretId(id)).join().secretString();
            }
            case "awskit-sync" -> dev.awskit.secrets.SecretCache.create(sync(endpoint)).sync().get(id).reveal();
            case "awskit-async" -> dev.awskit.secrets.SecretCache.create(async(endpoint)).sync().get(id).reveal();
            case "caching-java" -> new com.amazonaws.secretsmanager.caching.SecretCache(sync(endpoint))
                    .getSecretString(id);
            case "powertools" -> software.amazon.lambda.powertools.parameters.secrets.SecretsProvider.builder()
                    .withClient(sync(endpoint)).build().get(id);
            default -> throw new IllegalArgumentException("unknown variant: " + variant);
        };
        // No string concatenation before the line goes out: its first use costs a bootstrap in some variants only.
        System.out.print("VALUE ");
        System.out.println(value.length());
        System.out.flush();
        long cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        System.out.print("CPU ");
        System.out.println(cpu / 1_000_000);
        System.out.flush();
        Runtime.getRuntime().halt(0);
    }

    private static SecretsManagerClient sync(URI endpoint) {
        return SecretsManagerClient.builder().region(Region.US_EAST_1).endpointOverride(endpoint)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClient(UrlConnectionHttpClient.create()).build();
    }

    private static SecretsManagerAsyncClient async(URI endpoint) {
        return SecretsManagerAsyncClient.builder().region(Region.US_EAST_1).endpointOverride(endpoint)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClient(NettyNioAsyncHttpClient.create()).build();
    }
}

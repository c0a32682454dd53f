package dev.awskit.s3.internal;

import java.util.Objects;
import java.util.function.Consumer;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.core.SdkPlugin;
import software.amazon.awssdk.core.SdkServiceClientConfiguration;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3ServiceClientConfiguration;

/**
 * A request-level SDK plugin that sends one request to another region than its client's: the SDK resolves the
 * endpoint and signs with the plugin's region, on the caller's own client (HTTP client, credentials, interceptors),
 * so no second client is created or owned.
 */
public final class RegionOverride implements SdkPlugin {
    private static final Consumer<AwsRequestOverrideConfiguration.Builder> NONE = o -> { };

    private final Region region;

    private RegionOverride(Region region) {
        this.region = region;
    }

    /**
     * Returns what to apply to each request's override configuration.
     *
     * @param bucketRegion the bucket's region
     * @param clientRegion the client's region
     * @return nothing when they are equal, else the plugin that switches to {@code bucketRegion}
     */
    public static Consumer<AwsRequestOverrideConfiguration.Builder> of(Region bucketRegion, Region clientRegion) {
        if (Objects.equals(bucketRegion, clientRegion)) {
            return NONE;
        }
        RegionOverride plugin = new RegionOverride(bucketRegion);
        return o -> o.addPlugin(plugin);
    }

    @Override
    public void configureClient(SdkServiceClientConfiguration.Builder config) {
        ((S3ServiceClientConfiguration.Builder) config).region(region);
    }

    @Override
    public String toString() {
        return "RegionOverride[" + region + "]";
    }
}

package dev.awskit.s3;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;

/** One client, buckets in several regions: each S3Bucket finds its bucket's region and signs for it. */
class S3BucketRegionTest extends MotoS3Test {

    private List<String> signedRegions(String operation) {
        return fx.recorder.sent().stream().filter(s -> s.operation().equals(operation))
                .map(s -> s.authorization().replaceAll(".*Credential=[^/]+/\\d{8}/([a-z0-9-]+)/s3/.*", "$1"))
                .toList();
    }

    @Test
    void region_ofBucketInApSoutheast1_isResolvedThroughAUsEast1Client() {
        fx.bucket("tfstate-apse1", Region.AP_SOUTHEAST_1);

        S3Bucket bucket = S3Bucket.of(fx.client, "tfstate-apse1");

        assertThat(fx.client.serviceClientConfiguration().region()).isEqualTo(Region.US_EAST_1);
        assertThat(bucket.sync().region()).isEqualTo(Region.AP_SOUTHEAST_1);
    }

    @Test
    void put_toBucketInAnotherRegion_isSignedForTheBucketsRegion() {
        fx.bucket("tfstate-apse1", Region.AP_SOUTHEAST_1);
        S3BucketSync bucket = S3Bucket.of(fx.client, "tfstate-apse1").sync();

        bucket.putString("env/prod/terraform.tfstate", "{\"version\":4}");

        assertThat(bucket.getString("env/prod/terraform.tfstate")).isEqualTo("{\"version\":4}");
        assertThat(signedRegions("PutObject")).containsExactly("ap-southeast-1");
        assertThat(signedRegions("GetObject")).containsExactly("ap-southeast-1");
        assertThat(signedRegions("HeadBucket")).containsExactly("us-east-1");
    }

    @Test
    void buckets_inThreeRegions_areReadAtOnceThroughOneClient() {
        List<Region> regions = List.of(Region.US_EAST_1, Region.EU_WEST_1, Region.AP_SOUTHEAST_1);
        for (Region region : regions) {
            String name = "state-" + region.id();
            if (region.equals(Region.US_EAST_1)) {
                fx.bucket(name);
            } else {
                fx.bucket(name, region);
            }
            S3Bucket.of(fx.client, name).sync().putString("terraform.tfstate", region.id());
        }
        fx.recorder.clear();

        List<String> states = regions.stream().map(region -> S3Bucket.of(fx.client, "state-" + region.id()))
                .map(bucket -> bucket.getString("terraform.tfstate")).toList().stream()
                .map(java.util.concurrent.CompletableFuture::join).toList();

        assertThat(states).containsExactly("us-east-1", "eu-west-1", "ap-southeast-1");
        assertThat(signedRegions("GetObject")).containsExactlyInAnyOrder("us-east-1", "eu-west-1", "ap-southeast-1");
    }

    @Test
    void builderRegion_skipsTheLookup() {
        fx.bucket("fixed-apse1", Region.AP_SOUTHEAST_1);

        S3BucketSync bucket = S3Bucket.builder(fx.client, "fixed-apse1").region(Region.AP_SOUTHEAST_1).build().sync();
        bucket.putString("k", "v");

        assertThat(fx.faults.calls("HeadBucket")).isZero();
        assertThat(fx.faults.calls("GetBucketLocation")).isZero();
        assertThat(signedRegions("PutObject")).containsExactly("ap-southeast-1");
    }

    @Test
    void region_whenHeadBucketDenied_fallsBackToGetBucketLocation() {
        fx.bucket("denied-apse1", Region.AP_SOUTHEAST_1);
        fx.faults.on("HeadBucket").always().serviceError(403, "AccessDenied");

        assertThat(S3Bucket.of(fx.client, "denied-apse1").sync().region()).isEqualTo(Region.AP_SOUTHEAST_1);
        assertThat(fx.faults.calls("GetBucketLocation")).isEqualTo(1);
    }

    @Test
    void region_whenEveryLookupDenied_usesTheClientsRegion() {
        fx.bucket("denied-everything");
        fx.faults.on("HeadBucket").always().serviceError(403, "AccessDenied");
        fx.faults.on("GetBucketLocation").always().serviceError(403, "AccessDenied");
        S3BucketSync bucket = S3Bucket.of(fx.client, "denied-everything").sync();

        bucket.putString("k", "still works");

        assertThat(bucket.region()).isEqualTo(Region.US_EAST_1);
        assertThat(bucket.getString("k")).isEqualTo("still works");
    }
}

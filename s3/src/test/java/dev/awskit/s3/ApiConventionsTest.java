package dev.awskit.s3;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awskit.core.AwsKitException;
import dev.awskit.core.AwsKitTimeoutException;
import dev.awskit.core.testing.SyncTwins;
import dev.awskit.s3.event.DrainFailedException;
import dev.awskit.s3.event.S3EventDrain;
import dev.awskit.s3.event.S3EventDrainSync;
import dev.awskit.s3.transfer.S3Transfers;
import dev.awskit.s3.transfer.S3TransfersSync;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3AsyncClient;

/** The conventions of CONTRIBUTING.md that reflection can check on the s3 module's public types. */
class ApiConventionsTest {

    @Test
    void everyHelper_hasASyncTwinOfEveryAsyncMethod() {
        SyncTwins.assertTwins(S3Bucket.class, S3BucketSync.class);
        SyncTwins.assertTwins(S3Buckets.class, S3BucketsSync.class);
        SyncTwins.assertTwins(S3EventDrain.class, S3EventDrainSync.class);
        SyncTwins.assertTwins(S3Transfers.class, S3TransfersSync.class);
    }

    @Test
    void failures_areRootedAtAwsKitS3Exception_andTimeoutsAtAwsKitTimeoutException() {
        assertThat(AwsKitS3Exception.class.getSuperclass()).isEqualTo(AwsKitException.class);
        for (Class<?> failure : new Class<?>[] {ObjectNotFoundException.class, BucketNotFoundException.class,
                MultipartUploadException.class, DrainFailedException.class}) {
            assertThat(AwsKitS3Exception.class).as(failure.getSimpleName()).isAssignableFrom(failure);
        }
        assertThat(AwsKitTimeoutException.class).isAssignableFrom(BucketTimeoutException.class);
    }

    @Test
    void sync_returnsTheSameViewEveryTime() {
        try (S3AsyncClient client = S3AsyncClient.builder().region(Region.US_EAST_1)
                .credentialsProvider(AnonymousCredentialsProvider.create()).build();
                S3Buckets buckets = S3Buckets.create(client)) {
            S3Bucket bucket = S3Bucket.of(client, "any-bucket");
            assertThat(bucket.sync()).isSameAs(bucket.sync());
            assertThat(buckets.sync()).isSameAs(buckets.sync());
        }
    }
}

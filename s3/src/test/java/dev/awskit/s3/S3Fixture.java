package dev.awskit.s3;

import dev.awskit.testkit.FaultInjector;
import dev.awskit.testkit.MotoServer;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The clients a test class shares against moto: an async client (Netty) through a fault injector, which counts
 * calls and injects faults, and a plain sync client for setting up and checking what is stored, outside the counts.
 */
final class S3Fixture implements AutoCloseable {
    final FaultInjector faults = FaultInjector.create();
    final Recorder recorder = new Recorder();
    final S3AsyncClient client;
    final S3Client direct;

    private final MotoServer moto;

    S3Fixture(MotoServer moto) {
        this.moto = moto;
        this.client = moto.settings().toBuilder().addInterceptor(faults).addInterceptor(recorder).build()
                .client(S3AsyncClient.builder());
        this.direct = moto.client(S3Client.builder());
    }

    /** Clears rules and counts of the previous test. */
    S3Fixture fresh() {
        faults.clearRules();
        faults.reset();
        recorder.clear();
        return this;
    }

    /** Creates a bucket in us-east-1 with the plain client. */
    String bucket(String name) {
        direct.createBucket(b -> b.bucket(name));
        return name;
    }

    /** Creates a bucket in another region with the plain client. */
    String bucket(String name, Region region) {
        try (S3Client regional = moto.settings().toBuilder().region(region).build().client(S3Client.builder())) {
            regional.createBucket(b -> b.bucket(name).createBucketConfiguration(c -> c.locationConstraint(region.id())));
        }
        return name;
    }

    @Override
    public void close() {
        client.close();
        direct.close();
    }
}

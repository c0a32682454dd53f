package dev.awskit.s3.internal;

import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.S3ServiceClientConfiguration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Presigned GET and PUT URLs for one bucket, signed for the bucket's region with the caller's client's credentials
 * and endpoint. Presigners are made once per region and kept: closing one would close the credentials provider it
 * shares with the caller's client.
 */
public final class Presigning {
    private static final Logger LOG = LoggerFactory.getLogger(Presigning.class);

    private final BucketContext ctx;
    private final S3Presigner given;
    private final Map<Region, S3Presigner> made = new ConcurrentHashMap<>();

    /**
     * Creates the presigning of a bucket.
     *
     * @param ctx the bucket
     * @param given the caller's presigner, or {@code null} to derive one from the client
     */
    public Presigning(BucketContext ctx, S3Presigner given) {
        this.ctx = ctx;
        this.given = given;
    }

    /**
     * Presigns a GET.
     *
     * @param key the key
     * @param expiry how long the URL works
     * @return the URL
     */
    public CompletableFuture<URL> get(String key, Duration expiry) {
        return Async.map(ctx.resolver().region(), region -> {
            URL url = presigner(region).presignGetObject(p -> p.signatureDuration(expiry)
                    .getObjectRequest(r -> r.bucket(ctx.bucket()).key(key))).url();
            LOG.debug("presigned GET s3://{}/{} for {}", ctx.bucket(), key, expiry);
            return url;
        }, error -> S3Errors.map(error, "presign GET", ctx.bucket(), key));
    }

    /**
     * Presigns a PUT.
     *
     * @param key the key
     * @param expiry how long the URL works
     * @return the URL
     */
    public CompletableFuture<URL> put(String key, Duration expiry) {
        return Async.map(ctx.resolver().region(), region -> {
            URL url = presigner(region).presignPutObject(p -> p.signatureDuration(expiry)
                    .putObjectRequest(r -> r.bucket(ctx.bucket()).key(key))).url();
            LOG.debug("presigned PUT s3://{}/{} for {}", ctx.bucket(), key, expiry);
            return url;
        }, error -> S3Errors.map(error, "presign PUT", ctx.bucket(), key));
    }

    private S3Presigner presigner(Region region) {
        return given != null ? given : made.computeIfAbsent(region, this::derive);
    }

    private S3Presigner derive(Region region) {
        S3ServiceClientConfiguration config = ctx.client().serviceClientConfiguration();
        S3Presigner.Builder builder = S3Presigner.builder().region(region)
                .credentialsProvider(config.credentialsProvider())
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(pathStyle()).build());
        config.endpointOverride().ifPresent(builder::endpointOverride);
        return builder.build();
    }

    /** The client's own URL for a key shows whether it addresses buckets by path (emulators) or by host name. */
    private boolean pathStyle() {
        URI url = URI.create(ctx.client().utilities().getUrl(r -> r.bucket(ctx.bucket()).key("k")).toString());
        return url.getHost() == null || !url.getHost().startsWith(ctx.bucket() + ".");
    }
}

package dev.awskit.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;

/** Presigned URLs used by a plain HTTP client, with no AWS SDK and no credentials on its side. */
class S3BucketPresignTest extends MotoS3Test {
    private final HttpClient http = HttpClient.newHttpClient();
    private S3BucketSync bucket;

    @BeforeEach
    void createBucket() {
        bucket = S3Bucket.of(fx.client, fx.bucket("shared")).sync();
    }

    @Test
    void presignGet_isFetchedWithPlainHttp() throws Exception {
        bucket.putString("reports/q1.txt", "quarter one");

        URL url = bucket.presignGet("reports/q1.txt", Duration.ofMinutes(5));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(url.toURI()).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("quarter one");
        assertThat(url.getQuery()).contains("X-Amz-Expires=300").contains("X-Amz-Signature=");
    }

    @Test
    void presignPut_acceptsAPlainHttpPut() throws Exception {
        URL url = bucket.presignPut("incoming/upload.txt", Duration.ofMinutes(1));

        HttpResponse<String> response = http.send(HttpRequest.newBuilder(url.toURI())
                .PUT(HttpRequest.BodyPublishers.ofString("uploaded without credentials")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(bucket.getString("incoming/upload.txt")).isEqualTo("uploaded without credentials");
    }

    @Test
    void presignGet_forBucketInAnotherRegion_isSignedForThatRegion() throws Exception {
        fx.bucket("shared-apse1", Region.AP_SOUTHEAST_1);
        S3BucketSync remote = S3Bucket.of(fx.client, "shared-apse1").sync();
        remote.putString("k.txt", "far away");

        URL url = remote.presignGet("k.txt", Duration.ofMinutes(1));

        assertThat(URI.create(url.toString()).getQuery()).contains("/ap-southeast-1/s3/aws4_request");
        assertThat(http.send(HttpRequest.newBuilder(url.toURI()).build(), HttpResponse.BodyHandlers.ofString()).body())
                .isEqualTo("far away");
    }

    @Test
    void presign_whenExpiryNegativeZeroOrOverSevenDays_throwsNamingTheExpiry() {
        assertThatThrownBy(() -> bucket.presignGet("k", Duration.ofSeconds(-5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expiry").hasMessageContaining("PT-5S");
        assertThatThrownBy(() -> bucket.presignPut("k", Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PT0S");
        assertThatThrownBy(() -> bucket.presignGet("k", Duration.ofDays(8)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("7 days");
        assertThatThrownBy(() -> bucket.presignGet("", Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("key");
    }
}

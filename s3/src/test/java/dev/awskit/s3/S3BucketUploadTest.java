package dev.awskit.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awskit.s3.internal.Gzip;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.ResponseTransformer;

/** Uploads of streams of unknown length: parts, the memory bound, single puts, gzip, and aborts on failure. */
class S3BucketUploadTest extends MotoS3Test {
    private static final int PART = S3Bucket.MIN_PART_SIZE;
    private static final int SIZE = 20 * 1024 * 1024;

    private S3Bucket bucket;

    @BeforeEach
    void createBucket() {
        bucket = S3Bucket.builder(fx.client, fx.bucket("uploads")).partSize(PART).maxPartsInMemory(2).build();
    }

    private byte[] stored(String key) {
        return fx.direct.getObject(r -> r.bucket("uploads").key(key), ResponseTransformer.toBytes()).asByteArray();
    }

    private int multipartUploadsLeft() {
        return fx.direct.listMultipartUploads(r -> r.bucket("uploads")).uploads().size();
    }

    @Test
    void upload_of20MbStreamOfUnknownLength_usesConfiguredPartsAndStaysWithinTheMemoryBound() {
        UploadResult result = bucket.sync().upload("big/20mb.bin", new PatternStream(SIZE));

        assertThat(result.size()).isEqualTo(SIZE);
        assertThat(result.parts()).isEqualTo(4); // 5 + 5 + 5 + 5 MiB
        assertThat(result.peakBufferedBytes()).isPositive().isLessThanOrEqualTo(2L * PART);
        assertThat(result.eTag()).endsWith("-4\"");
        assertThat(fx.faults.calls("UploadPart")).isEqualTo(4);
        assertThat(fx.faults.calls("CompleteMultipartUpload")).isEqualTo(1);
        assertThat(stored("big/20mb.bin")).isEqualTo(PatternStream.expected(SIZE));
        assertThat(bucket.sync().head("big/20mb.bin").size()).isEqualTo(SIZE);
    }

    @Test
    void upload_withOneBufferOnly_holdsOnePartAtATime() {
        S3Bucket tight = S3Bucket.builder(fx.client, "uploads").partSize(PART).maxPartsInMemory(1).build();

        UploadResult result = tight.sync().upload("big/tight.bin", new PatternStream(11L * 1024 * 1024));

        assertThat(result.parts()).isEqualTo(3);
        assertThat(result.peakBufferedBytes()).isEqualTo(PART);
        assertThat(stored("big/tight.bin")).isEqualTo(PatternStream.expected(11 * 1024 * 1024));
    }

    @Test
    void upload_whenStreamFitsOnePart_isASinglePutObject() {
        UploadResult result = bucket.sync().upload("small.txt",
                new ByteArrayInputStream("small body".getBytes(StandardCharsets.UTF_8)), o -> o.contentType("text/plain"));

        assertThat(result.parts()).isEqualTo(1);
        assertThat(fx.faults.calls("PutObject")).isEqualTo(1);
        assertThat(fx.faults.calls("CreateMultipartUpload")).isZero();
        assertThat(bucket.sync().getString("small.txt")).isEqualTo("small body");
        assertThat(bucket.sync().head("small.txt").contentType()).contains("text/plain");
    }

    @Test
    void upload_ofEmptyStream_storesAnEmptyObject() {
        UploadResult result = bucket.sync().upload("empty", InputStream.nullInputStream());

        assertThat(result.size()).isZero();
        assertThat(bucket.sync().head("empty").size()).isZero();
    }

    @Test
    void upload_withGzip_compressesTheStreamOnTheWay() throws IOException {
        byte[] csv = "id,name,stars\n1,awskit,5\n".repeat(300_000).getBytes(StandardCharsets.UTF_8); // ~7 MB

        UploadResult result = bucket.sync().upload("exports/repos.csv.gz", new ByteArrayInputStream(csv),
                o -> o.gzip(true).contentType("text/csv"));

        assertThat(result.size()).isEqualTo(csv.length);
        byte[] raw = stored("exports/repos.csv.gz");
        assertThat(raw.length).isLessThan(csv.length / 10);
        assertThat(Gzip.decompress(raw)).isEqualTo(csv);
        assertThat(bucket.sync().head("exports/repos.csv.gz").isGzip()).isTrue();
        assertThat(bucket.sync().getBytes("exports/repos.csv.gz")).isEqualTo(csv);
    }

    @Test
    void upload_whenThirdPartFails_abortsAndLeavesNoMultipartUploadBehind() {
        fx.faults.on("UploadPart").nthCall(3).serviceError(403, "AccessDenied");

        assertThatThrownBy(() -> bucket.sync().upload("big/failing.bin", new PatternStream(SIZE)))
                .isInstanceOfSatisfying(MultipartUploadException.class, e -> {
                    assertThat(e.aborted()).isTrue();
                    assertThat(e.uploadId()).isNotBlank();
                    assertThat(e.partsUploaded()).isLessThanOrEqualTo(3);
                    assertThat(e.key()).contains("big/failing.bin");
                    assertThat(e).hasMessageContaining("s3://uploads/big/failing.bin").hasMessageContaining("aborted");
                });

        assertThat(fx.faults.calls("AbortMultipartUpload")).isEqualTo(1);
        assertThat(fx.faults.calls("CompleteMultipartUpload")).isZero();
        assertThat(multipartUploadsLeft()).isZero();
        assertThat(bucket.sync().exists("big/failing.bin")).isFalse();
    }

    @Test
    void upload_whenStreamThrowsMidway_abortsTheUpload() {
        InputStream broken = new PatternStream(SIZE) {
            @Override
            public int read(byte[] buffer, int offset, int count) {
                if (position() > 12L * 1024 * 1024) {
                    throw new IllegalStateException("disk gone");
                }
                return super.read(buffer, offset, count);
            }
        };

        assertThatThrownBy(() -> bucket.sync().upload("big/broken.bin", broken))
                .isInstanceOfSatisfying(MultipartUploadException.class, e -> assertThat(e.aborted()).isTrue())
                .hasRootCauseMessage("disk gone");
        assertThat(multipartUploadsLeft()).isZero();
    }

    @Test
    void upload_whenCancelledMidway_stopsReadingAndAborts() throws InterruptedException {
        PatternStream stream = new PatternStream(SIZE, 11L * 1024 * 1024);
        CompletableFuture<UploadResult> upload = bucket.upload("big/cancelled.bin", stream);
        assertThat(stream.awaitPaused()).isTrue();

        upload.cancel(true);
        stream.resume();

        assertThatThrownBy(upload::join).isInstanceOf(CancellationException.class);
        assertThat(fx.recorder.awaitFinished("AbortMultipartUpload")).isTrue();
        assertThat(multipartUploadsLeft()).isZero();
        assertThat(stream.position()).isLessThan(SIZE);
        assertThat(fx.faults.calls("CompleteMultipartUpload")).isZero();
    }

    @Test
    void builder_whenPartSizeBelowS3Minimum_throwsNamingTheValue() {
        assertThatThrownBy(() -> S3Bucket.builder(fx.client, "uploads").partSize(1024))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("partSize").hasMessageContaining("1024");
        assertThatThrownBy(() -> S3Bucket.builder(fx.client, "uploads").maxPartsInMemory(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxPartsInMemory");
    }
}

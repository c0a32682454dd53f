package dev.awskit.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awskit.s3.internal.Gzip;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.ResponseTransformer;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.core.ResponseBytes;

/** Objects in memory and in files, head, exists, delete and copy, through a real async client against moto. */
class S3BucketObjectsTest extends MotoS3Test {
    record Letter(String customer, String document, List<String> lines) {
    }

    private S3BucketSync bucket;

    @BeforeEach
    void createBucket() {
        bucket = S3Bucket.of(fx.client, fx.bucket("letters")).sync();
    }

    private ResponseBytes<GetObjectResponse> stored(String key) {
        return fx.direct.getObject(r -> r.bucket("letters").key(key), ResponseTransformer.toBytes());
    }

    @Test
    void putString_thenGetString_roundTripsUtf8WithTextContentType() {
        PutResult put = bucket.putString("c-1/d-1.txt", "Grüße, Kunde ✓");

        assertThat(bucket.getString("c-1/d-1.txt")).isEqualTo("Grüße, Kunde ✓");
        assertThat(put.eTag()).isNotBlank();
        assertThat(put.size()).isEqualTo("Grüße, Kunde ✓".getBytes(StandardCharsets.UTF_8).length);
        assertThat(stored("c-1/d-1.txt").response().contentType()).isEqualTo("text/plain; charset=utf-8");
    }

    @Test
    void putJson_thenGetJson_roundTripsWithJsonContentType() {
        Letter letter = new Letter("C#1", "D#7", List.of("Dear customer,", "thank you."));

        bucket.putJson("c-1/letter.json", letter);

        assertThat(bucket.getJson("c-1/letter.json", Letter.class)).isEqualTo(letter);
        ResponseBytes<GetObjectResponse> raw = stored("c-1/letter.json");
        assertThat(raw.response().contentType()).isEqualTo("application/json");
        assertThat(raw.asUtf8String()).contains("\"customer\":\"C#1\"");
    }

    @Test
    void putJsonGzip_storesCompressedWithContentEncoding_andGetJsonDecompresses() throws IOException {
        Letter letter = new Letter("C#2", "D#1", List.of("x".repeat(5000)));

        PutResult put = bucket.putJson("c-2/letter.json", letter, o -> o.gzip(true));

        ResponseBytes<GetObjectResponse> raw = stored("c-2/letter.json");
        assertThat(raw.response().contentEncoding()).isEqualTo("gzip");
        assertThat(raw.response().contentType()).isEqualTo("application/json");
        assertThat(Gzip.looksLikeGzip(raw.asByteArray())).isTrue();
        assertThat(new String(Gzip.decompress(raw.asByteArray()), StandardCharsets.UTF_8)).contains("C#2");
        assertThat(put.size()).isEqualTo(raw.asByteArray().length).isLessThan(1000);
        assertThat(bucket.getJson("c-2/letter.json", Letter.class)).isEqualTo(letter);
    }

    @Test
    void getBytes_whenGzipBodyHoldsGzipData_decompressesOnlyOnce() throws IOException {
        byte[] csvGz = Gzip.compress("id,name\n1,awskit\n".getBytes(StandardCharsets.UTF_8));

        bucket.putBytes("exports/repos.csv.gz", csvGz, o -> o.gzip(true).contentType("application/gzip"));

        byte[] read = bucket.getBytes("exports/repos.csv.gz");
        assertThat(read).isEqualTo(csvGz);
        assertThat(new String(Gzip.decompress(read), StandardCharsets.UTF_8)).startsWith("id,name");
    }

    @Test
    void putStringGzip_withCsvContentType_keepsTypeAndMetadata() {
        bucket.putString("exports/r.csv.gz", "a,b\n1,2\n", o -> o.gzip(true).contentType("text/csv")
                .metadata("Job", "42"));

        ObjectInfo info = bucket.head("exports/r.csv.gz");

        assertThat(info.contentType()).contains("text/csv");
        assertThat(info.isGzip()).isTrue();
        assertThat(info.metadata()).containsEntry("job", "42");
        assertThat(bucket.getString("exports/r.csv.gz")).isEqualTo("a,b\n1,2\n");
    }

    @Test
    void head_returnsSizeTypeMetadataAndETag() {
        PutResult put = bucket.putBytes("blob", new byte[1234], o -> o.metadata(Map.of("owner", "ops")));

        ObjectInfo info = bucket.head("blob");

        assertThat(info.key()).isEqualTo("blob");
        assertThat(info.size()).isEqualTo(1234);
        assertThat(info.contentType()).contains("application/octet-stream");
        assertThat(info.contentEncoding()).isEmpty();
        assertThat(info.metadata()).isEqualTo(Map.of("owner", "ops"));
        assertThat(info.eTag()).isEqualTo(put.eTag());
    }

    @Test
    void exists_afterPutAndAfterDelete_tellsTheTruth() {
        bucket.putString("k", "v");

        assertThat(bucket.exists("k")).isTrue();
        bucket.delete("k");
        assertThat(bucket.exists("k")).isFalse();
        bucket.delete("k"); // deleting a missing key is not an error, as in S3
    }

    @Test
    void copy_withinAndAcrossBuckets_copiesBodyAndMetadata() {
        fx.bucket("archive");
        bucket.putString("src.txt", "hello", o -> o.metadata("m", "1"));

        bucket.copy("src.txt", "dst.txt");
        bucket.copy("src.txt", "archive", "2026/src.txt");

        assertThat(bucket.getString("dst.txt")).isEqualTo("hello");
        S3BucketSync archive = S3Bucket.of(fx.client, "archive").sync();
        assertThat(archive.getString("2026/src.txt")).isEqualTo("hello");
        assertThat(archive.head("2026/src.txt").metadata()).containsEntry("m", "1");
    }

    @Test
    void putFile_thenGetFile_roundTripsTheBytes(@TempDir Path dir) throws IOException {
        Path source = Files.write(dir.resolve("in.bin"), "file body".repeat(1000).getBytes(StandardCharsets.UTF_8));

        PutResult put = bucket.putFile("files/in.bin", source, o -> o.contentType("application/x-test"));
        ObjectInfo info = bucket.getFile("files/in.bin", dir.resolve("out.bin"));

        assertThat(put.size()).isEqualTo(9000);
        assertThat(Files.readAllBytes(dir.resolve("out.bin"))).isEqualTo(Files.readAllBytes(source));
        assertThat(info.contentType()).contains("application/x-test");
    }

    @Test
    void putFileGzip_compressesTheFileOnTheWay(@TempDir Path dir) throws IOException {
        Path source = Files.writeString(dir.resolve("big.csv"), "row,value\n".repeat(10_000));

        bucket.putFile("files/big.csv", source, o -> o.gzip(true).contentType("text/csv"));

        assertThat(stored("files/big.csv").asByteArray().length).isLessThan(10_000);
        assertThat(bucket.getString("files/big.csv")).isEqualTo(Files.readString(source));
    }

    @Test
    void getString_whenKeyMissing_throwsObjectNotFoundNamingBucketAndKey() {
        assertThatThrownBy(() -> bucket.getString("no/such.txt"))
                .isInstanceOf(ObjectNotFoundException.class)
                .hasMessageContaining("s3://letters/no/such.txt")
                .satisfies(e -> assertThat(((ObjectNotFoundException) e).key()).contains("no/such.txt"));
        assertThatThrownBy(() -> bucket.head("no/such.txt")).isInstanceOf(ObjectNotFoundException.class);
    }

    @Test
    void getJson_whenObjectIsNotJson_throwsNamingKeyWithoutQuotingContent() {
        bucket.putString("bad.json", "not json: s3cr3t");

        assertThatThrownBy(() -> bucket.getJson("bad.json", Letter.class))
                .isInstanceOf(AwsKitS3Exception.class)
                .hasMessageContaining("s3://letters/bad.json")
                .hasMessageNotContaining("s3cr3t");
    }

    @Test
    void anyCall_whenBucketUnknown_throwsBucketNotFoundNamingBucket() {
        S3BucketSync unknown = S3Bucket.of(fx.client, "no-such-bucket").sync();

        assertThatThrownBy(() -> unknown.putString("k", "v"))
                .isInstanceOf(BucketNotFoundException.class)
                .hasMessageContaining("no-such-bucket");
        assertThat(fx.faults.calls("PutObject")).isZero();
    }

    @Test
    void calls_whenKeyEmptyOrTooLong_throwBeforeAnyApiCall() {
        assertThatThrownBy(() -> bucket.putString("", "v"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("key").hasMessageContaining("''");
        assertThatThrownBy(() -> bucket.getString("k".repeat(1025)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1024");
        assertThatThrownBy(() -> S3Bucket.of(fx.client, "no"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'no'");
        assertThat(fx.faults.calls()).isEmpty();
    }

    @Test
    void secondCall_reusesTheResolvedRegion_oneHeadBucketPerBucket() {
        bucket.putString("a", "1");
        bucket.putString("b", "2");
        bucket.getString("a");

        assertThat(fx.faults.calls("HeadBucket")).isEqualTo(1);
        assertThat(fx.faults.calls("PutObject")).isEqualTo(2);
    }
}

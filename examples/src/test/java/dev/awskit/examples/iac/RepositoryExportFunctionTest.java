package dev.awskit.examples.iac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awskit.testkit.FaultInjector;
import dev.awskit.testkit.MotoExtension;
import dev.awskit.testkit.MotoServer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.async.AsyncResponseTransformer;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

/** The export function against moto: what it stores, how it names it, and what it refuses before any call. */
@ExtendWith(MotoExtension.class)
class RepositoryExportFunctionTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T17:05:09Z"), ZoneOffset.UTC);
    private final FaultInjector calls = FaultInjector.create();
    private S3AsyncClient s3;
    private RepositoryExportFunction function;

    @BeforeEach
    void createBucket(MotoServer moto) {
        s3 = moto.settings().toBuilder().addInterceptor(calls).build().client(S3AsyncClient.builder());
        s3.createBucket(r -> r.bucket("tf-aws-bucket")).join();
        function = new RepositoryExportFunction(s3, new FixtureRepositories(), CLOCK);
        calls.reset();
    }

    @AfterEach
    void closeClient() {
        s3.close();
    }

    @Test
    void handle_twitter_storesEveryRepositoryAsGzipCsvNamedByTime() {
        RepositoryExportFunction.Export export = function.handle(Map.of("org_name", "twitter",
                "target_bucket", "tf-aws-bucket")).join();

        assertThat(export.key()).isEqualTo("twitter/repositories-20261203T170509Z.csv.gz");
        assertThat(export.repositories()).isEqualTo(30);
        assertThat(export.storedBytes()).isLessThan(export.csvBytes());
        ResponseBytes<GetObjectResponse> raw = s3.getObject(r -> r.bucket("tf-aws-bucket").key(export.key()),
                AsyncResponseTransformer.toBytes()).join();
        assertThat(raw.response().contentEncoding()).isEqualTo("gzip");
        assertThat(raw.asByteArray()).startsWith((byte) 0x1f, (byte) 0x8b).hasSize((int) export.storedBytes());
        assertThat(calls.calls("PutObject")).isEqualTo(1);
    }

    @Test
    void handle_storedCsv_readsBackAsTheFixturesRows() {
        RepositoryExportFunction.Export export = function.handle(Map.of("org_name", "twitter",
                "target_bucket", "tf-aws-bucket")).join();

        List<List<String>> rows = Csv.read(dev.awskit.s3.S3Bucket.of(s3, "tf-aws-bucket").sync().getString(
                export.key()));
        List<Repository> fixture = new FixtureRepositories().repositories("twitter").join();
        assertThat(rows).hasSize(31).first().isEqualTo(Repository.CSV_HEADER);
        assertThat(rows.subList(1, 31)).isEqualTo(fixture.stream().map(Repository::csvFields).toList());
        assertThat(rows).anySatisfy(row -> assertThat(row.get(3)).contains("\"diffy\", \"canary\""));
    }

    @Test
    void handle_withoutOrgName_isRefusedWithTheSeedsMessageBeforeAnyCall() {
        assertThatThrownBy(() -> function.handle(Map.of("target_bucket", "tf-aws-bucket")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Missing 'org_name' from request body (JSON)!");
        assertThatThrownBy(() -> function.handle(Map.of("org_name", "twitter", "target_bucket", " ")))
                .hasMessage("Missing 'target_bucket' from request body (JSON)!");
        assertThatThrownBy(() -> function.handle(Map.of("org_name", "twitter", "target_bucket", "s3://tf-aws-bucket")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("s3://tf-aws-bucket");
        assertThat(calls.calls()).isEmpty();
    }

    @Test
    void handle_unknownOrganisation_failsNamingItAndStoresNothing() {
        assertThatThrownBy(() -> function.handle(Map.of("org_name", "no-such-org", "target_bucket", "tf-aws-bucket"))
                .join())
                .isInstanceOf(CompletionException.class)
                .cause().isInstanceOf(UnknownOrganisationException.class).hasMessageContaining("'no-such-org'");
        assertThat(calls.calls()).isEmpty();
    }
}

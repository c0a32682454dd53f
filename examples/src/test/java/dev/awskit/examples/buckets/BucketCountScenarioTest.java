package dev.awskit.examples.buckets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awskit.examples.PrintedContext;
import dev.awskit.examples.ScenarioContext;
import dev.awskit.s3.S3Buckets;
import dev.awskit.testkit.FaultInjector;
import dev.awskit.testkit.MotoExtension;
import dev.awskit.testkit.MotoServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.s3.S3AsyncClient;

/** Seed 002's bucket counts against moto: 51 and 9, the hook's verdicts, one ListBuckets per invocation. */
@ExtendWith(MotoExtension.class)
class BucketCountScenarioTest {
    private final FaultInjector calls = FaultInjector.create();
    private PrintedContext printed;

    private ScenarioContext context(MotoServer moto) {
        printed = new PrintedContext(moto.settings().toBuilder().addInterceptor(calls).build());
        return printed.context();
    }

    @Test
    void countBuckets_withTheSeedsBuckets_answers51And9AndOnlyVersion2PassesTheHook(MotoServer moto) {
        BucketCountScenario.Outcome outcome = BucketCountScenario.countBuckets(context(moto));

        assertThat(outcome.version1()).isEqualTo(new BucketCountFunction.Response(200, 51));
        assertThat(outcome.version2()).isEqualTo(new BucketCountFunction.Response(200, 9));
        assertThat(outcome.hookOnVersion2()).isEqualTo("Succeeded");
        assertThat(outcome.hookOnVersion1()).isEqualTo("Failed");
        // two counts before, one per invocation: each version once, then once more through the hook
        assertThat(calls.calls("ListBuckets")).isEqualTo(6);
        assertThat(calls.calls("CreateBucket")).isEqualTo(51);
        assertThat(calls.calls("DeleteBucket")).isEqualTo(51);
        assertThat(printed.text())
                .contains("{statusCode: 200, body: 51}", "{statusCode: 200, body: 9}", "deleted the 51 buckets");
    }

    @Test
    void countBuckets_whenTheAccountAlreadyHoldsBuckets_countsThemAndStillPasses(MotoServer moto) {
        try (S3AsyncClient s3 = moto.client(S3AsyncClient.builder())) {
            s3.createBucket(r -> r.bucket("alpha-existing")).join();
            s3.createBucket(r -> r.bucket("zulu-existing")).join();
        }

        new BucketCountScenario().run(context(moto));

        assertThat(printed.text())
                .contains("already holds 2 bucket(s), 1 starting with \"a\"")
                .contains("{statusCode: 200, body: 53}", "{statusCode: 200, body: 10}");
    }

    @Test
    void invoke_whenListBucketsKeepsFailing_answers500Failed(MotoServer moto) {
        calls.on("ListBuckets").always().serverError(500);
        try (S3AsyncClient s3 = context(moto).settings().client(S3AsyncClient.builder());
                S3Buckets buckets = S3Buckets.create(s3)) {
            BucketCountFunction.Response response = BucketCountFunction.version2(buckets).invoke().join();

            assertThat(response).isEqualTo(new BucketCountFunction.Response(500, "Failed!"));
            assertThat(new PreTrafficHook(9).validate(BucketCountFunction.version2(buckets)).join())
                    .isEqualTo("Failed");
            assertThat(calls.attempts("ListBuckets")).isGreaterThan(calls.calls("ListBuckets"));
        }
    }

    @Test
    void seedBucketNames_holdNineStartingWithAOfFiftyOne() {
        assertThat(BucketCountScenario.seedBucketNames("count-1234abcd")).hasSize(51).doesNotHaveDuplicates()
                .filteredOn(name -> name.startsWith("a")).hasSize(9);
    }

    @Test
    void preTrafficHook_withNegativeExpectation_isRefusedNamingIt() {
        assertThatThrownBy(() -> new PreTrafficHook(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
    }
}

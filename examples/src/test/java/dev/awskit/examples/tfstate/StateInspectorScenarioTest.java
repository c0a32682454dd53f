package dev.awskit.examples.tfstate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awskit.examples.PrintedContext;
import dev.awskit.examples.SentRequests;
import dev.awskit.testkit.FaultInjector;
import dev.awskit.testkit.MotoExtension;
import dev.awskit.testkit.MotoServer;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;

/**
 * Seed 003's state inspector against moto in three regions: one AssumeRole for every region, each tag read in its own
 * region, eu-central-1's missing state reported rather than thrown, ap-southeast-1's lock and every digest read.
 */
@ExtendWith(MotoExtension.class)
class StateInspectorScenarioTest {

    @Test
    void inspect_acrossThreeRegions_reportsStateLockAndTheMissingState(MotoServer moto) {
        FaultInjector calls = FaultInjector.create();
        SentRequests sent = new SentRequests();
        PrintedContext printed = new PrintedContext(moto.settings().toBuilder().addInterceptor(calls)
                .addInterceptor(sent).build());

        List<StateReport> reports = StateInspectorScenario.inspect(printed.context());

        assertThat(reports).extracting(report -> report.tag().toString())
                .containsExactlyElementsOf(StateInspectorScenario.TAGS);
        assertThat(reports).extracting(StateReport::region).containsExactly(Region.US_EAST_1, Region.EU_CENTRAL_1,
                Region.AP_SOUTHEAST_1, Region.US_EAST_1);
        StateReport useast = reports.get(0);
        assertThat(useast.state()).hasValueSatisfying(state -> {
            assertThat(state.serial()).isEqualTo(7);
            assertThat(state.resources()).isEqualTo(2);
            assertThat(state.terraformVersion()).isEqualTo("1.5.7");
        });
        assertThat(useast.lock()).isEmpty();
        assertThat(useast.digestMatches()).isTrue();
        assertThat(useast.bucket()).endsWith("-use1-dev");

        StateReport eucentral = reports.get(1);
        assertThat(eucentral.state()).isEmpty();
        assertThat(eucentral.missing()).contains("no object research/dev-eu-central-1/terraform.tfstate");
        assertThat(eucentral.digest()).isEmpty();
        assertThat(eucentral.stateText()).startsWith("MISSING");

        StateReport apsoutheast = reports.get(2);
        assertThat(apsoutheast.state().map(TerraformState::serial)).contains(3L);
        assertThat(apsoutheast.lock()).contains(new StateLock(StateInspectorScenario.LOCK_HOLDER,
                "OperationTypeApply", "2023-03-14T09:26:53.589793Z"));
        assertThat(apsoutheast.digestMatches()).isTrue();
        assertThat(reports.get(3).state().map(TerraformState::resources)).isEqualTo(Optional.of(1));

        assertThat(calls.calls("AssumeRole")).as("one role session for every region").isEqualTo(1);
        assertThat(sent.regionsOf(GetObjectRequest.class)).hasSize(4)
                .containsExactlyInAnyOrder(Region.US_EAST_1, Region.EU_CENTRAL_1, Region.AP_SOUTHEAST_1,
                        Region.US_EAST_1);
        assertThat(sent.regionsOf(BatchGetItemRequest.class)).as("both lock items in one request per tag")
                .containsExactlyInAnyOrder(Region.US_EAST_1, Region.EU_CENTRAL_1, Region.AP_SOUTHEAST_1,
                        Region.US_EAST_1);
        assertThat(printed.text())
                .contains("dev_ap-southeast-1/risk/1.0 -> env dev, ap-southeast-1, team risk, version 1.0")
                .contains("reading as arn:aws:sts::123456789012:assumed-role/terraform-deploy/state-inspector")
                .containsPattern("dev_eu-central-1/research/1.0 +\\| eu-central-1 +\\| \\S+-euc1-dev +\\| MISSING")
                .contains("locked by codebuild@ip-10-0-1-17 (OperationTypeApply)");
    }

    @Test
    void inspect_regionWithoutBackend_reportsNoBucketAndNoLockTable(MotoServer moto) {
        ReleaseTag tag = ReleaseTag.parse("dev_us-west-2/research/1.0");
        try (StateInspector inspector = new StateInspector(moto.settings(), new StateBackend("nothing-here"),
                Region.US_EAST_1)) {
            List<StateReport> reports = inspector.inspect(List.of(tag)).join();

            assertThat(reports).singleElement().satisfies(report -> {
                assertThat(report.region()).isEqualTo(Region.US_WEST_2);
                assertThat(report.missing()).contains("no bucket nothing-here-usw2-dev");
                assertThat(report.lockText()).isEqualTo("no lock table");
                assertThat(report.digestText()).isEqualTo("no digest");
            });
        }
    }

    @Test
    void inspect_whenTheLockTableFails_failsWithTheCause(MotoServer moto) {
        FaultInjector calls = FaultInjector.create();
        calls.on("BatchGetItem").always().serviceError(400, "ValidationException");
        try (StateInspector inspector = new StateInspector(moto.settings().toBuilder().addInterceptor(calls).build(),
                new StateBackend("failing"), Region.US_EAST_1)) {
            assertThat(inspector.inspect(List.of(ReleaseTag.parse("dev_us-east-1/risk/1.0"))))
                    .failsWithin(java.time.Duration.ofMinutes(1))
                    .withThrowableThat().as("not taken for a missing lock table").havingRootCause()
                    .isInstanceOf(DynamoDbException.class).withMessageContaining("Status Code: 400");
        }
    }
}

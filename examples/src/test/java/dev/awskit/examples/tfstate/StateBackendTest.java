package dev.awskit.examples.tfstate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;

/** Seed 003's per-region backend names: {@code <prefix>-use1-dev}, {@code <prefix>-use1-lock-dev}. */
class StateBackendTest {

    @Test
    void names_followTheSeedsMultiRegionLayout() {
        StateBackend backend = new StateBackend("tfstate");

        assertThat(backend.bucket("dev", Region.US_EAST_1)).isEqualTo("tfstate-use1-dev");
        assertThat(backend.lockTable("dev", Region.EU_CENTRAL_1)).isEqualTo("tfstate-euc1-lock-dev");
        assertThat(backend.bucket("dev", Region.AP_SOUTHEAST_1)).isEqualTo("tfstate-apse1-dev");
        assertThat(StateBackend.code(Region.US_GOV_WEST_1)).isEqualTo("usgovw1");
    }

    @Test
    void constructor_withUpperCasePrefix_isRefusedNamingIt() {
        assertThatThrownBy(() -> new StateBackend("TfState")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'TfState'");
    }

    @Test
    void terraformState_notAStateFile_isRefusedNamingItsLocation() {
        assertThatThrownBy(() -> TerraformState.parse("{\"a\":1}".getBytes(), "s3://b/k"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("s3://b/k");
        assertThatThrownBy(() -> TerraformState.parse("not json".getBytes(), "s3://b/k"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("s3://b/k is not JSON");
    }

    @Test
    void stateLock_unreadableInfo_keepsQuestionMarks() {
        assertThat(StateLock.parse("{")).isEqualTo(new StateLock("?", "?", "?"));
        assertThat(StateLock.parse(null)).isEqualTo(new StateLock("?", "?", "?"));
    }
}

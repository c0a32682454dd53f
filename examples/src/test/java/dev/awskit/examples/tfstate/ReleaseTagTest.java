package dev.awskit.examples.tfstate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.regions.Region;

/** Seed 003's release tags: parts, the state key they point at, and malformed tags refused by name. */
class ReleaseTagTest {

    @Test
    void parse_regionalTag_givesEnvironmentRegionTeamAndVersion() {
        ReleaseTag tag = ReleaseTag.parse("dev_ap-southeast-1/risk/1.0");

        assertThat(tag).isEqualTo(new ReleaseTag("dev", "ap-southeast-1", "risk", "1.0"));
        assertThat(tag.region()).contains(Region.AP_SOUTHEAST_1);
        assertThat(tag.stateKey()).isEqualTo("risk/dev-ap-southeast-1/terraform.tfstate");
        assertThat(tag).hasToString("dev_ap-southeast-1/risk/1.0");
    }

    @Test
    void parse_globalTag_hasNoRegionAndTheSeedsGlobalKey() {
        ReleaseTag tag = ReleaseTag.parse("dev_global/research/1.0");

        assertThat(tag.region()).isEmpty();
        assertThat(tag.stateKey()).isEqualTo("research/dev-global/terraform.tfstate");
    }

    @Test
    void parse_theSeedsTags_pointAtTheSeedsStateFiles() {
        assertThat(ReleaseTag.parse("dev_us-east-1/research/1.0").stateKey())
                .isEqualTo("research/dev-us-east-1/terraform.tfstate");
        assertThat(ReleaseTag.parse("qa_eu-central-1/research/2.0").stateKey())
                .isEqualTo("research/qa-eu-central-1/terraform.tfstate");
        assertThat(ReleaseTag.parse("prod_us-gov-west-1/risk/1.1.2").region()).contains(Region.US_GOV_WEST_1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "dev", "dev_us-east-1", "dev_us-east-1/research", "dev-us-east-1/research/1.0",
        "dev_useast1/research/1.0", "dev_us-east-1/research/v1", "dev_us-east-1/research/1.0/extra",
        "DEV_us-east-1/research/1.0", "dev_us-east-1//1.0", " dev_us-east-1/research/1.0"})
    void parse_malformedTag_isRefusedNamingIt(String tag) {
        assertThatThrownBy(() -> ReleaseTag.parse(tag)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + tag + "'").hasMessageContaining("<env>_<region>/<team>/<version>");
    }

    @Test
    void parse_null_isRefusedNamingTheParameter() {
        assertThatThrownBy(() -> ReleaseTag.parse(null)).isInstanceOf(NullPointerException.class).hasMessage("tag");
    }
}

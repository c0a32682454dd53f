package dev.awskit.examples.gmsa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.awskit.core.json.AwsKitJson;
import org.junit.jupiter.api.Test;

/** The spec's shape (the seed's DomainJoinConfig and ActiveDirectoryConfig) and the account's checks, offline. */
class CredentialSpecTest {
    private static final String ARN = "arn:aws:secretsmanager:us-east-1:123456789012:secret:gmsa/user-AbCdEf";

    @Test
    void json_hasTheSeedsShapeAndTheCredentialArn() {
        JsonNode spec = AwsKitJson.read(CredentialSpec.json(GmsaCredentialSpecScenario.SEED_ACCOUNT, ARN),
                JsonNode.class);

        assertThat(spec.at("/CmsPlugins/0").asText()).isEqualTo("ActiveDirectory");
        assertThat(spec.at("/DomainJoinConfig/Sid").asText()).isEqualTo("S-1-5-21-1445507628-2856671781-3529916291");
        assertThat(spec.at("/DomainJoinConfig/NetBiosName").asText()).isEqualTo("DEMOCORP");
        assertThat(spec.at("/ActiveDirectoryConfig/GroupManagedServiceAccounts/0/Scope").asText())
                .isEqualTo("corp.example.com");
        assertThat(spec.at("/ActiveDirectoryConfig/GroupManagedServiceAccounts/1/Scope").asText())
                .isEqualTo("DEMOCORP");
        assertThat(spec.at("/ActiveDirectoryConfig/HostAccountConfig/PluginInput/CredentialArn").asText())
                .isEqualTo(ARN);
    }

    @Test
    void account_withABadSid_isRefusedNamingIt() {
        assertThatThrownBy(() -> new GmsaAccount("gmsamachines", "corp.example.com", "DEMOCORP", "S-1-2-3",
                "af602f85-d754-4eea-9fa8-fd76810485f1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sid").hasMessageContaining("'S-1-2-3'");
    }
}

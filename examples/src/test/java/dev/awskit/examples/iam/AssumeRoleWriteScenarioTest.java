package dev.awskit.examples.iam;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awskit.core.client.ClientSettings;
import dev.awskit.examples.PrintedContext;
import dev.awskit.examples.ScenarioContext;
import dev.awskit.testkit.FaultInjector;
import dev.awskit.testkit.MotoExtension;
import dev.awskit.testkit.MotoServer;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Seed 004's assume-role write against moto's STS: the write is signed with the role's credentials, the read and the
 * set-up with the base ones, and one AssumeRole serves every call made with the role.
 */
@ExtendWith(MotoExtension.class)
class AssumeRoleWriteScenarioTest {

    @Test
    void readThenWrite_writesWithTheRolesKeyAndReadsWithTheBaseKey(MotoServer moto) {
        FaultInjector calls = FaultInjector.create();
        SigningKeys keys = new SigningKeys();
        PrintedContext printed = new PrintedContext(moto.settings().toBuilder().addInterceptor(calls)
                .addInterceptor(keys).build());
        ScenarioContext ctx = printed.context();

        AssumeRoleWriteScenario.Outcome outcome = AssumeRoleWriteScenario.readThenWrite(ctx);

        assertThat(outcome.base().arn()).isEqualTo("arn:aws:sts::123456789012:user/moto");
        assertThat(outcome.role().arn()).isEqualTo("arn:aws:sts::123456789012:assumed-role/S3-RW-Role/lambda");
        assertThat(outcome.sample()).isEqualTo(Map.of("field1", true, "field2", 1.4107917E7));
        assertThat(outcome.written()).isEqualTo(Map.of("writtenBy", outcome.role().arn()));
        assertThat(calls.calls("AssumeRole")).isEqualTo(1);
        assertThat(calls.calls("GetCallerIdentity")).isEqualTo(2);
        assertThat(keys.of("PutObject")).hasSize(2).first().isEqualTo(ClientSettings.EMULATOR_ACCESS_KEY);
        assertThat(keys.of("PutObject").get(1)).as("the write is signed with the role's temporary key")
                .isNotEqualTo(ClientSettings.EMULATOR_ACCESS_KEY).startsWith("ASIA");
        assertThat(keys.of("GetObject")).containsOnly(ClientSettings.EMULATOR_ACCESS_KEY);
        assertThat(keys.of("AssumeRole")).containsExactly(ClientSettings.EMULATOR_ACCESS_KEY);
        assertThat(printed.text())
                .contains("does not enforce IAM policies")
                .contains("ARN: arn:aws:sts::123456789012:assumed-role/S3-RW-Role/lambda")
                .contains("file was written successfully");
    }
}

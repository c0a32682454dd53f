package dev.awskit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.awskit.core.client.AssumeRole;
import dev.awskit.core.client.CallerIdentity;
import dev.awskit.core.client.ClientSettings;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.ssm.SsmClient;

/** core's {@link ClientSettings} with an assumed role, against moto's STS (counted by a FaultInjector). */
@ExtendWith(MotoExtension.class)
class ClientSettingsAssumeRoleTest {
    private static final String ROLE = "arn:aws:iam::123456789012:role/deploy";

    @Test
    void assumeRole_manyClientsAndCalls_callStsOnce(MotoServer moto) {
        FaultInjector calls = FaultInjector.create();
        ClientSettings settings = moto.settings().toBuilder().addInterceptor(calls)
                .assumeRole(r -> r.roleArn(ROLE).sessionName("release-1-0").duration(Duration.ofMinutes(15)))
                .build();

        try (S3Client s3 = settings.client(S3Client.builder()); SsmClient ssm = settings.client(SsmClient.builder())) {
            for (int i = 0; i < 5; i++) {
                s3.listBuckets();
                ssm.describeParameters();
            }
        }

        assertThat(calls.calls("AssumeRole")).isEqualTo(1);
        assertThat(calls.calls("ListBuckets")).isEqualTo(5);
        assertThat(calls.calls("DescribeParameters")).isEqualTo(5);
    }

    @Test
    void assumeRole_signsWithTheRolesCredentials_notTheBaseOnes(MotoServer moto) {
        ClientSettings settings = moto.settings().toBuilder()
                .assumeRole(r -> r.roleArn(ROLE).sessionName("release-1-0")).build();

        AwsCredentials role = settings.effectiveCredentialsProvider().resolveCredentials();

        assertThat(role.accessKeyId()).isNotEqualTo(ClientSettings.EMULATOR_ACCESS_KEY);
        assertThat(settings.effectiveCredentialsProvider()).as("one provider per settings instance")
                .isSameAs(settings.effectiveCredentialsProvider());
    }

    @Test
    void callerIdentity_beforeAndAfterAssumingTheRole_namesEachIdentity(MotoServer moto) {
        ClientSettings base = moto.settings();
        ClientSettings deploy = base.toBuilder().assumeRole(r -> r.roleArn(ROLE).sessionName("release-1-0")).build();

        CallerIdentity before = base.callerIdentity().join();
        CallerIdentity after = deploy.callerIdentity().join();

        assertThat(before.account()).isEqualTo("123456789012");
        assertThat(before.arn()).doesNotContain("assumed-role");
        assertThat(after.arn()).isEqualTo("arn:aws:sts::123456789012:assumed-role/deploy/release-1-0");
    }

    @Test
    void assumeRole_badValues_areRefusedNamingThem() {
        assertThatThrownBy(() -> AssumeRole.builder().roleArn("arn:aws:iam::12:role/x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("arn:aws:iam::12:role/x");
        assertThatThrownBy(() -> AssumeRole.builder().sessionName("has space"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'has space'");
        assertThatThrownBy(() -> AssumeRole.builder().duration(Duration.ofMinutes(5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PT5M");
        assertThatThrownBy(() -> AssumeRole.builder().externalId("x y"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("x y");
        assertThatThrownBy(() -> AssumeRole.builder().roleArn(ROLE).build())
                .isInstanceOf(NullPointerException.class).hasMessageContaining("sessionName");
    }

    @Test
    void toString_namesRoleAndSession_butNeverTheExternalId() {
        AssumeRole role = AssumeRole.builder().roleArn(ROLE).sessionName("s1").externalId("secret-ish-id").build();

        assertThat(role.toString()).contains(ROLE).contains("s1").contains("externalId=set")
                .doesNotContain("secret-ish-id");
        assertThat(ClientSettings.builder().assumeRole(role).build().toString()).contains(ROLE);
        assertThat(role.toBuilder().build()).isEqualTo(role);
    }
}

package dev.awskit.core.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.ssm.SsmAsyncClient;
import software.amazon.awssdk.services.ssm.SsmAsyncClientBuilder;
import software.amazon.awssdk.services.ssm.SsmClient;

class ClientSettingsTest {
    private static final URI LOCAL = URI.create("http://127.0.0.1:5999");
    private static final ExecutionInterceptor MARKER = new ExecutionInterceptor() {
    };

    @Test
    void applyTo_asyncBuilder_keepsExistingOverridesAndAddsInterceptorsAfterThem() {
        RetryStrategy retry = AwsRetryStrategy.standardRetryStrategy();
        ClientSettings settings = ClientSettings.builder()
                .region(Region.EU_WEST_1)
                .retryStrategy(retry)
                .apiCallTimeout(Duration.ofSeconds(30))
                .apiCallAttemptTimeout(Duration.ofSeconds(5))
                .addInterceptor(RemoveExpectContinue.INSTANCE)
                .build();
        SsmAsyncClientBuilder builder = SsmAsyncClient.builder()
                .overrideConfiguration(c -> c.putHeader("x-team", "ops").addExecutionInterceptor(MARKER));

        SsmAsyncClientBuilder same = settings.applyTo(builder);

        assertThat(same).isSameAs(builder);
        ClientOverrideConfiguration override = builder.overrideConfiguration();
        assertThat(override.headers()).containsKey("x-team");
        assertThat(override.executionInterceptors()).containsExactly(MARKER, RemoveExpectContinue.INSTANCE);
        assertThat(override.retryStrategy()).contains(retry);
        assertThat(override.apiCallTimeout()).contains(Duration.ofSeconds(30));
        assertThat(override.apiCallAttemptTimeout()).contains(Duration.ofSeconds(5));
    }

    @Test
    void build_emulatorPreset_configuresRegionEndpointAndStaticCredentials() {
        try (SsmAsyncClient ssm = ClientSettings.emulator(LOCAL).client(SsmAsyncClient.builder())) {
            var config = ssm.serviceClientConfiguration();
            assertThat(config.region()).isEqualTo(Region.US_EAST_1);
            assertThat(config.endpointOverride()).contains(LOCAL);
            AwsCredentialsIdentity identity = config.credentialsProvider().resolveIdentity().join();
            assertThat(identity.accessKeyId()).isEqualTo(ClientSettings.EMULATOR_ACCESS_KEY);
            assertThat(config.overrideConfiguration().executionInterceptors()).contains(RemoveExpectContinue.INSTANCE);
        }
    }

    @Test
    void build_emulatorPresetOnS3_usesPathStyleAndDropsExpectContinue() {
        CapturingInterceptor capture = new CapturingInterceptor();
        try (S3Client s3 = ClientSettings.emulator(LOCAL).toBuilder().addInterceptor(capture).build().client(S3Client.builder())) {
            assertThatThrownBy(() -> s3.putObject(r -> r.bucket("my-bucket").key("a/b.txt"), RequestBody.fromString("hello")))
                    .isInstanceOf(CapturingInterceptor.Captured.class);
        }

        assertThat(capture.request().host()).isEqualTo("127.0.0.1");
        assertThat(capture.request().port()).isEqualTo(5999);
        assertThat(capture.request().encodedPath()).isEqualTo("/my-bucket/a/b.txt");
        assertThat(capture.request().firstMatchingHeader("Expect")).isEmpty();
    }

    @Test
    void build_s3WithoutPathStyle_usesVirtualHostAddressing() {
        CapturingInterceptor capture = new CapturingInterceptor();
        ClientSettings settings = ClientSettings.builder().region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
                .addInterceptor(capture).build();
        try (S3Client s3 = settings.client(S3Client.builder())) {
            assertThatThrownBy(() -> s3.getObject(r -> r.bucket("my-bucket").key("k")))
                    .isInstanceOf(CapturingInterceptor.Captured.class);
        }

        assertThat(capture.request().host()).startsWith("my-bucket.");
    }

    @Test
    void applyTo_pathStyleOnANonS3Builder_changesNothingElse() {
        CapturingInterceptor capture = new CapturingInterceptor();
        ClientSettings settings = ClientSettings.emulator(LOCAL).toBuilder().addInterceptor(capture).build();

        try (SsmClient ssm = settings.client(SsmClient.builder())) {
            assertThatThrownBy(() -> ssm.getParameter(r -> r.name("/app/x")))
                    .isInstanceOf(CapturingInterceptor.Captured.class);
        }

        assertThat(capture.request().getUri().toString()).startsWith("http://127.0.0.1:5999");
    }

    @Test
    void applyTo_withProfile_setsProfileCredentialsAndDefaultProfileName() {
        ClientSettings settings = ClientSettings.builder().profile("ops").build();
        SsmAsyncClientBuilder builder = SsmAsyncClient.builder();

        settings.applyTo(builder);

        assertThat(builder.overrideConfiguration().defaultProfileName()).contains("ops");
        assertThat(settings.profile()).isEqualTo("ops");
    }

    @Test
    void applyTo_withCredentialsProviderAndProfile_credentialsProviderWins() {
        StaticCredentialsProvider provider = StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "x"));
        ClientSettings settings = ClientSettings.builder().region(Region.US_WEST_2).profile("ops")
                .credentialsProvider(provider).build();

        try (SsmAsyncClient ssm = settings.client(SsmAsyncClient.builder())) {
            assertThat(ssm.serviceClientConfiguration().credentialsProvider().resolveIdentity().join().accessKeyId())
                    .isEqualTo("AKIDEXAMPLE");
        }
    }

    @Test
    void applyTo_profileOnly_usesAProfileCredentialsProvider() {
        ClientSettings settings = ClientSettings.builder().region(Region.US_WEST_2).profile("ops").build();

        try (SsmAsyncClient ssm = settings.client(SsmAsyncClient.builder())) {
            assertThat(ssm.serviceClientConfiguration().credentialsProvider()).isInstanceOf(ProfileCredentialsProvider.class);
        }
    }

    @Test
    void defaults_setNothingOnTheBuilder() {
        SsmAsyncClientBuilder builder = SsmAsyncClient.builder().overrideConfiguration(c -> c.putHeader("x-keep", "1"));

        ClientSettings.defaults().applyTo(builder);

        ClientOverrideConfiguration override = builder.overrideConfiguration();
        assertThat(override.headers()).containsKey("x-keep");
        assertThat(override.executionInterceptors()).isEmpty();
        assertThat(override.retryStrategy()).isEmpty();
        assertThat(override.apiCallTimeout()).isEmpty();
        assertThat(override.defaultProfileName()).isEmpty();
    }

    @Test
    void toString_namesTheProviderTypeButNoCredentials() {
        ClientSettings settings = ClientSettings.builder()
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")))
                .region(Region.EU_CENTRAL_1)
                .build();

        assertThat(settings.toString())
                .contains("StaticCredentialsProvider").contains("eu-central-1")
                .doesNotContain("AKIAIOSFODNN7EXAMPLE").doesNotContain("wJalrXUtnFEMI");
    }

    @Test
    void toBuilder_copiesAndTheCopyChangesIndependently() {
        ClientSettings original = ClientSettings.emulator(LOCAL);

        ClientSettings changed = original.toBuilder().region("eu-west-1").clearInterceptors().s3PathStyle(false).build();

        assertThat(original.region()).isEqualTo(Region.US_EAST_1);
        assertThat(original.interceptors()).containsExactly(RemoveExpectContinue.INSTANCE);
        assertThat(original.s3PathStyle()).isTrue();
        assertThat(changed.region()).isEqualTo(Region.EU_WEST_1);
        assertThat(changed.interceptors()).isEmpty();
        assertThat(changed.endpointOverride()).isEqualTo(LOCAL);
        assertThatThrownBy(() -> original.interceptors().add(MARKER)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void invalidValues_areRejectedNamingThem() {
        ClientSettings.Builder builder = ClientSettings.builder();

        assertThatThrownBy(() -> builder.region("Europe")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'Europe'");
        assertThatThrownBy(() -> builder.region((String) null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("null");
        assertThatThrownBy(() -> builder.endpointOverride(URI.create("ftp://127.0.0.1:21")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ftp://127.0.0.1:21");
        assertThatThrownBy(() -> builder.endpointOverride(URI.create("localhost:4566")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("localhost:4566");
        assertThatThrownBy(() -> ClientSettings.emulator(URI.create("/relative")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("/relative");
        assertThatThrownBy(() -> builder.apiCallTimeout(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("apiCallTimeout").hasMessageContaining("PT0S");
        assertThatThrownBy(() -> builder.apiCallAttemptTimeout(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("apiCallAttemptTimeout")
                .hasMessageContaining("PT-1S");
        assertThatThrownBy(() -> builder.profile("  ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'  '");
        assertThatThrownBy(() -> builder.addInterceptor(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> ClientSettings.defaults().applyTo(null)).isInstanceOf(NullPointerException.class);
    }
}

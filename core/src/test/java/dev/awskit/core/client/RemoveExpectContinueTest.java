package dev.awskit.core.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

class RemoveExpectContinueTest {

    private static CapturingInterceptor putObject(boolean removeExpect) {
        CapturingInterceptor capture = new CapturingInterceptor();
        ClientSettings.Builder settings = ClientSettings.builder()
                .region(Region.US_EAST_1)
                .credentialsProvider(AnonymousCredentialsProvider.create())
                .endpointOverride(URI.create("http://127.0.0.1:5998"))
                .s3PathStyle(true);
        if (removeExpect) {
            settings.addInterceptor(RemoveExpectContinue.INSTANCE);
        }
        settings.addInterceptor(capture);
        try (S3Client s3 = settings.build().client(S3Client.builder())) {
            assertThatThrownBy(() -> s3.putObject(r -> r.bucket("b").key("k"), RequestBody.fromString("body")))
                    .isInstanceOf(CapturingInterceptor.Captured.class);
        }
        return capture;
    }

    @Test
    void withoutIt_s3PutObjectCarriesExpectContinue() {
        assertThat(putObject(false).request().firstMatchingHeader("Expect")).contains("100-continue");
    }

    @Test
    void withIt_s3PutObjectHasNoExpectHeaderAndKeepsTheOthers() {
        CapturingInterceptor capture = putObject(true);

        assertThat(capture.request().firstMatchingHeader("Expect")).isEmpty();
        assertThat(capture.request().firstMatchingHeader("Content-Length")).isPresent();
        assertThat(capture.request().firstMatchingHeader("Authorization")).isEmpty();
    }

    @Test
    void toString_namesIt() {
        assertThat(RemoveExpectContinue.INSTANCE).hasToString("RemoveExpectContinue");
    }
}

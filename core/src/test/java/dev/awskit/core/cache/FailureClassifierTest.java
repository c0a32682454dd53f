package dev.awskit.core.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awskit.core.AwsKitException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;

class FailureClassifierTest {
    private final FailureClassifier defaults = FailureClassifier.defaults();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "ResourceNotFoundException, NOT_FOUND", "ParameterNotFound, NOT_FOUND", "ParameterVersionNotFound, NOT_FOUND",
        "ParameterVersionLabelNotFound, NOT_FOUND", "InvalidRequestException, NOT_FOUND",
        "ValidationException, NOT_FOUND", "InvalidParameterException, NOT_FOUND", "InvalidKeyId, NOT_FOUND",
        "AccessDeniedException, FORBIDDEN", "AccessDenied, FORBIDDEN", "DecryptionFailure, FORBIDDEN",
        "KMSAccessDeniedException, FORBIDDEN", "KMSDisabledException, FORBIDDEN",
        "ThrottlingException, OUTAGE", "InternalServiceError, OUTAGE", "ServiceUnavailable, OUTAGE",
        "UnrecognizedClientException, OUTAGE", "ExpiredTokenException, OUTAGE"})
    void classify_serviceErrorCode_followsTheTable(String code, FailureKind expected) {
        AwsServiceException error = AwsServiceException.builder().statusCode(400)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).build()).build();

        assertThat(defaults.classify(error)).isEqualTo(expected);
    }

    @Test
    void classify_clientSideFailures_areOutages() {
        assertThat(defaults.classify(SdkClientException.create("Unable to load credentials"))).isEqualTo(FailureKind.OUTAGE);
        assertThat(defaults.classify(ApiCallTimeoutException.create(1000))).isEqualTo(FailureKind.OUTAGE);
        assertThat(defaults.classify(new UncheckedIOException(new IOException("reset")))).isEqualTo(FailureKind.OUTAGE);
        assertThat(defaults.classify(new IllegalStateException("bug"))).isEqualTo(FailureKind.OUTAGE);
    }

    @Test
    void classify_wrappedServiceError_isFoundInTheCauseChain() {
        AwsServiceException notFound = AwsServiceException.builder().statusCode(400)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode("ParameterNotFound").build()).build();

        assertThat(defaults.classify(new CompletionException(new AwsKitException("read of /p failed", notFound))))
                .isEqualTo(FailureKind.NOT_FOUND);
    }

    @Test
    void endsStaleServing_onlyForGoneOrForbidden() {
        assertThat(FailureKind.NOT_FOUND.endsStaleServing()).isTrue();
        assertThat(FailureKind.FORBIDDEN.endsStaleServing()).isTrue();
        assertThat(FailureKind.OUTAGE.endsStaleServing()).isFalse();
    }
}

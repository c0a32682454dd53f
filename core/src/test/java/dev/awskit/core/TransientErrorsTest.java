package dev.awskit.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;

class TransientErrorsTest {

    private static AwsServiceException service(int status, String code) {
        return AwsServiceException.builder().statusCode(status)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).build()).build();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ThrottlingException", "Throttling", "TooManyRequestsException",
        "ProvisionedThroughputExceededException", "RequestLimitExceeded", "SlowDown"})
    void isTransient_throttlingCodes_areTransient(String code) {
        assertThat(TransientErrors.isTransient(service(400, code))).isTrue();
    }

    @Test
    void isThrottling_byCodeOrStatus429() {
        assertThat(TransientErrors.isThrottling(service(400, "ThrottlingException"))).isTrue();
        assertThat(TransientErrors.isThrottling(service(429, "Whatever"))).isTrue();
        assertThat(TransientErrors.isThrottling(service(503, "ServiceUnavailable"))).isFalse();
        assertThat(TransientErrors.isThrottling(new CompletionException(service(429, "X")))).isTrue();
        assertThat(TransientErrors.isThrottling(new IllegalStateException())).isFalse();
        assertThat(TransientErrors.isThrottling(null)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 502, 503, 504})
    void isTransient_serverErrors_areTransient(int status) {
        assertThat(TransientErrors.isTransient(service(status, "SomethingBroke"))).isTrue();
    }

    @Test
    void isTransient_transientCodeWithout5xx_isTransient() {
        assertThat(TransientErrors.isTransient(service(400, "RequestTimeout"))).isTrue();
        assertThat(TransientErrors.isTransient(service(400, "TransactionInProgressException"))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"AccessDeniedException", "ResourceNotFoundException", "ValidationException",
        "ConditionalCheckFailedException"})
    void isTransient_clientErrors_areNotTransient(String code) {
        assertThat(TransientErrors.isTransient(service(400, code))).isFalse();
    }

    @Test
    void isTransient_serviceErrorWithoutDetails_decidesByStatus() {
        assertThat(TransientErrors.isTransient(AwsServiceException.builder().statusCode(500).build())).isTrue();
        assertThat(TransientErrors.isTransient(AwsServiceException.builder().statusCode(404).build())).isFalse();
    }

    @Test
    void isTransient_clientExceptionCausedByIo_isTransient() {
        assertThat(TransientErrors.isTransient(SdkClientException.builder().message("Unable to execute HTTP request")
                .cause(new ConnectException("Connection refused")).build())).isTrue();
        assertThat(TransientErrors.isTransient(SdkClientException.builder().message("deep")
                .cause(new RuntimeException(new IOException("reset"))).build())).isTrue();
    }

    @Test
    void isTransient_clientExceptionWithoutIo_isNotTransient() {
        assertThat(TransientErrors.isTransient(SdkClientException.create("Unable to load region"))).isFalse();
    }

    @Test
    void isTransient_timeoutsAndIoFailures_areTransient() {
        assertThat(TransientErrors.isTransient(ApiCallTimeoutException.create(1000))).isTrue();
        assertThat(TransientErrors.isTransient(ApiCallAttemptTimeoutException.create(1000))).isTrue();
        assertThat(TransientErrors.isTransient(new TimeoutException())).isTrue();
        assertThat(TransientErrors.isTransient(new UncheckedIOException(new IOException("x")))).isTrue();
    }

    @Test
    void isTransient_looksThroughCompletionException() {
        assertThat(TransientErrors.isTransient(new CompletionException(service(503, "ServiceUnavailable")))).isTrue();
        assertThat(TransientErrors.isTransient(new CompletionException(service(403, "AccessDenied")))).isFalse();
    }

    @Test
    void isTransient_programmingErrorsAndNull_areNotTransient() {
        assertThat(TransientErrors.isTransient(new IllegalArgumentException("bad"))).isFalse();
        assertThat(TransientErrors.isTransient(new NullPointerException())).isFalse();
        assertThat(TransientErrors.isTransient(null)).isFalse();
    }

    @Test
    void errorCode_readsTheAwsCodeThroughWrappers() {
        assertThat(TransientErrors.errorCode(new CompletionException(service(400, "ThrottlingException"))))
                .isEqualTo("ThrottlingException");
        assertThat(TransientErrors.errorCode(AwsServiceException.builder().statusCode(500).build())).isNull();
        assertThat(TransientErrors.errorCode(new IllegalStateException())).isNull();
        assertThat(TransientErrors.errorCode(null)).isNull();
    }
}

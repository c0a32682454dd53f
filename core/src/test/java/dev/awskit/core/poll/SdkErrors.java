package dev.awskit.core.poll;

import java.io.IOException;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;

/** SDK failures as a real client raises them, for poller and classification tests. */
final class SdkErrors {
    private SdkErrors() {
    }

    static AwsServiceException service(int status, String code) {
        return AwsServiceException.builder()
                .statusCode(status)
                .message(code + " from the test")
                .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage(code).build())
                .build();
    }

    static AwsServiceException throttling() {
        return service(400, "ThrottlingException");
    }

    static AwsServiceException unavailable() {
        return service(503, "ServiceUnavailable");
    }

    static AwsServiceException accessDenied() {
        return service(403, "AccessDeniedException");
    }

    static AwsServiceException notFound() {
        return service(400, "ResourceNotFoundException");
    }

    static SdkClientException connectionRefused() {
        return SdkClientException.builder()
                .message("Unable to execute HTTP request")
                .cause(new IOException("Connection refused"))
                .build();
    }
}

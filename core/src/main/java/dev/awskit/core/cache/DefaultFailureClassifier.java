package dev.awskit.core.cache;

import dev.awskit.core.Futures;
import java.util.Map;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/** {@link FailureClassifier#defaults()}: the table documented there, by AWS error code. */
final class DefaultFailureClassifier implements FailureClassifier {
    static final DefaultFailureClassifier INSTANCE = new DefaultFailureClassifier();

    private static final Map<String, FailureKind> CODES = Map.ofEntries(
            Map.entry("ResourceNotFoundException", FailureKind.NOT_FOUND),
            Map.entry("ParameterNotFound", FailureKind.NOT_FOUND),
            Map.entry("ParameterVersionNotFound", FailureKind.NOT_FOUND),
            Map.entry("ParameterVersionLabelNotFound", FailureKind.NOT_FOUND),
            Map.entry("InvalidRequestException", FailureKind.NOT_FOUND),
            Map.entry("ValidationException", FailureKind.NOT_FOUND),
            Map.entry("InvalidParameterException", FailureKind.NOT_FOUND),
            Map.entry("InvalidKeyId", FailureKind.NOT_FOUND),
            Map.entry("AccessDeniedException", FailureKind.FORBIDDEN),
            Map.entry("AccessDenied", FailureKind.FORBIDDEN),
            Map.entry("DecryptionFailure", FailureKind.FORBIDDEN),
            Map.entry("DecryptionFailureException", FailureKind.FORBIDDEN),
            Map.entry("KMSAccessDeniedException", FailureKind.FORBIDDEN),
            Map.entry("KMSDisabledException", FailureKind.FORBIDDEN),
            Map.entry("KMSInvalidStateException", FailureKind.FORBIDDEN),
            Map.entry("KMSNotFoundException", FailureKind.FORBIDDEN));

    private DefaultFailureClassifier() {
    }

    /** The first AWS service error in the cause chain decides; without one, the failure is an outage. */
    @Override
    public FailureKind classify(Throwable failure) {
        for (Throwable t = Futures.unwrap(failure); t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof AwsServiceException service) {
                String code = service.awsErrorDetails() == null ? null : service.awsErrorDetails().errorCode();
                return code == null ? FailureKind.OUTAGE : CODES.getOrDefault(code, FailureKind.OUTAGE);
            }
        }
        return FailureKind.OUTAGE;
    }

    @Override
    public String toString() {
        return "FailureClassifier.defaults()";
    }
}

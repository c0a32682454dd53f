package dev.awskit.core.cache.internal;

import dev.awskit.core.Futures;
import dev.awskit.core.TransientErrors;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;

/** Describes a load failure for log lines and exception messages: identifiers and the SDK's own text only. */
final class Failures {
    private static final int MAX_MESSAGE = 200;

    private Failures() {
    }

    /**
     * Names the failure: its class, the AWS error code when it differs from the class name, and for SDK
     * failures the SDK's message (which never holds a value: values only travel in successful responses). A
     * failure that wraps an SDK failure (a module's own exception) is described by the SDK failure inside.
     */
    static String describe(Throwable failure) {
        Throwable error = Futures.unwrap(failure);
        Throwable sdk = firstSdk(error);
        if (sdk == null) {
            return error.getClass().getSimpleName();
        }
        String name = sdk.getClass().getSimpleName();
        String code = TransientErrors.errorCode(sdk);
        String text = sdk instanceof AwsServiceException service && service.awsErrorDetails() != null
                && service.awsErrorDetails().errorMessage() != null
                ? service.awsErrorDetails().errorMessage() : sdk.getMessage();
        StringBuilder out = new StringBuilder(name);
        if (code != null && !code.equals(name)) {
            out.append(" ").append(code);
        }
        if (text != null && !text.isBlank()) {
            out.append(": ").append(text.length() > MAX_MESSAGE ? text.substring(0, MAX_MESSAGE) + "..." : text);
        }
        return out.toString();
    }

    private static Throwable firstSdk(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SdkException) {
                return t;
            }
        }
        return null;
    }
}

package dev.awskit.examples.buckets;

import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Seed 002's {@code preTrafficHook}: before CodeDeploy shifts traffic to a new version, it invokes that version and
 * reports {@code Succeeded} only when the answer is 200 with the expected count (the seed hard-codes 9), else
 * {@code Failed}, which makes CodeDeploy roll back. Thread-safe.
 */
public final class PreTrafficHook {
    /** The lifecycle hook status that lets the deployment proceed. */
    public static final String SUCCEEDED = "Succeeded";
    /** The lifecycle hook status that stops the deployment. */
    public static final String FAILED = "Failed";

    private static final Logger LOG = LoggerFactory.getLogger(PreTrafficHook.class);

    private final int expected;

    /**
     * Creates the hook.
     *
     * @param expected the count the new version must answer
     * @throws IllegalArgumentException if {@code expected} is negative
     */
    public PreTrafficHook(int expected) {
        if (expected < 0) {
            throw new IllegalArgumentException("expected must not be negative: " + expected);
        }
        this.expected = expected;
    }

    /**
     * Invokes the new version and decides.
     *
     * @param newVersion the version about to take traffic
     * @return {@link #SUCCEEDED} or {@link #FAILED}
     */
    public CompletableFuture<String> validate(BucketCountFunction newVersion) {
        return newVersion.invoke().thenApply(response -> {
            boolean valid = response.statusCode() == 200 && Integer.valueOf(expected).equals(response.body());
            LOG.debug("pre-traffic validation of version {}: {} (expected {}, got {})", newVersion.version(),
                    valid ? SUCCEEDED : FAILED, expected, response);
            return valid ? SUCCEEDED : FAILED;
        });
    }
}

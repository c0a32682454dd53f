package dev.awskit.ssm.internal;

import dev.awskit.core.backoff.Backoff;
import dev.awskit.core.poll.Poller;
import dev.awskit.ssm.AutomationListener;
import dev.awskit.ssm.AutomationStatusClassifier;
import java.time.Duration;
import java.util.function.Consumer;
import org.slf4j.Logger;
import software.amazon.awssdk.services.ssm.SsmAsyncClient;

/**
 * The helper's configuration as a wait needs it.
 *
 * @param client the SSM client
 * @param poller the poller waits run on
 * @param classifier what statuses mean
 * @param backoff the wait between polls
 * @param errorBackoff the least wait after transient errors, or {@code null} for the poller's default
 * @param notFoundWindow how long "not found" is ridden out after the wait starts
 * @param listener who hears progress
 * @param log where progress is logged (the helper's logger, so users configure one category)
 */
public record WaitSettings(SsmAsyncClient client, Poller poller, AutomationStatusClassifier classifier,
        Backoff backoff, Backoff errorBackoff, Duration notFoundWindow, AutomationListener listener, Logger log) {

    /**
     * Tells the listener something; what it throws is logged and ignored, as {@link AutomationListener} promises.
     *
     * @param what the event, for the log line
     * @param executionId the execution
     * @param call calls the listener
     */
    public void tell(String what, String executionId, Consumer<AutomationListener> call) {
        try {
            call.accept(listener);
        } catch (RuntimeException e) {
            log.warn("Automation listener failed on the {} of {}", what, executionId, e);
        }
    }
}

package dev.awskit.ssm.command.internal;

import dev.awskit.core.backoff.Backoff;
import dev.awskit.core.poll.Poller;
import java.time.Duration;
import org.slf4j.Logger;
import software.amazon.awssdk.services.ssm.SsmAsyncClient;

/**
 * The Run Command helper's configuration as its sends and waits need it.
 *
 * @param client the SSM client
 * @param poller the poller waits run on
 * @param backoff the wait between polls
 * @param timeout the deadline of each invocation's wait
 * @param notFoundWindow how long {@code InvocationDoesNotExist} is ridden out after a wait starts
 * @param discoveryWindow how long a command's instance list may take to become complete
 * @param log where progress is logged (the helper's logger, so users configure one category)
 */
public record CommandSettings(SsmAsyncClient client, Poller poller, Backoff backoff, Duration timeout,
        Duration notFoundWindow, Duration discoveryWindow, Logger log) {
}

package dev.awskit.s3.event.internal;

import dev.awskit.core.time.TimeSource;
import dev.awskit.s3.event.DrainListener;
import dev.awskit.s3.event.S3EventHandler;
import java.time.Duration;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;

/**
 * What a drain needs, as configured on {@code S3EventDrain}'s builder.
 *
 * @param sqs the caller's client
 * @param queueUrl the queue
 * @param handler the record handler
 * @param parallelism handlers running at once at most
 * @param waitTime the long-poll wait of each receive
 * @param listener hears progress
 * @param timeSource measures the drain's duration
 */
public record DrainSettings(SqsAsyncClient sqs, String queueUrl, S3EventHandler handler, int parallelism,
        Duration waitTime, DrainListener listener, TimeSource timeSource) {
}

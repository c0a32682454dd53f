package dev.awskit.s3.event;

import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link DrainListener#logging()}: progress a person follows, failures as warnings. */
final class LoggingDrainListener implements DrainListener {
    private static final Logger LOG = LoggerFactory.getLogger(DrainListener.class);

    private final AtomicInteger received = new AtomicInteger();

    @Override
    public void onReceived(int count) {
        LOG.info("received {} message(s), {} so far", count, received.addAndGet(count));
    }

    @Override
    public void onFailed(DrainReport.RecordFailure failure) {
        LOG.warn("processing {} (message {}) failed, left for redelivery: {}", failure.record().location(),
                failure.messageId(), failure.error().toString());
    }

    @Override
    public void onUnrecognized(DrainReport.Unrecognized message) {
        LOG.warn("message {} is not an S3 event, left in the queue: {}", message.messageId(), message.reason());
    }

    @Override
    public void onFinished(DrainReport report) {
        LOG.info("drain finished ({}): {} message(s), {} record(s) processed, {} failed, {} unrecognized, in {}",
                report.stop(), report.messagesReceived(), report.processed().size(), report.failures().size(),
                report.unrecognized().size(), report.elapsed());
    }
}

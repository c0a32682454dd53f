package dev.awskit.s3.transfer;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link TransferListener#logging()}: one INFO line per further 10 % (or 64 MiB), with throughput. */
final class LoggingTransferListener implements TransferListener {
    private static final Logger LOG = LoggerFactory.getLogger(TransferListener.class);
    private static final long STEP_BYTES = 64L * 1024 * 1024;

    private final AtomicLong lastStep = new AtomicLong(-1);

    @Override
    public void onProgress(TransferProgress p) {
        long step = p.percent().isPresent() ? (long) (p.percent().getAsDouble() / 10) : p.transferredBytes() / STEP_BYTES;
        long previous = lastStep.get();
        if (step > previous && lastStep.compareAndSet(previous, step)) {
            LOG.info("{} s3://{}/{}: {} at {}", p.direction().name().toLowerCase(Locale.ROOT), p.bucket(), p.key(),
                    done(p), rate(p));
        }
    }

    @Override
    public void onComplete(TransferProgress p) {
        LOG.info("{} s3://{}/{} complete: {} in {} ms, {}", p.direction().name().toLowerCase(Locale.ROOT), p.bucket(),
                p.key(), mib(p.transferredBytes()), p.elapsed().toMillis(), rate(p));
    }

    @Override
    public void onFailed(TransferProgress p, Throwable error) {
        LOG.warn("{} s3://{}/{} failed after {}: {}", p.direction().name().toLowerCase(Locale.ROOT), p.bucket(),
                p.key(), mib(p.transferredBytes()), error.toString());
    }

    private static String done(TransferProgress p) {
        return p.percent().isPresent()
                ? String.format(Locale.ROOT, "%.0f %% of %s", p.percent().getAsDouble(), mib(p.totalBytes().getAsLong()))
                : mib(p.transferredBytes());
    }

    private static String rate(TransferProgress p) {
        return String.format(Locale.ROOT, "%.1f MiB/s", p.bytesPerSecond() / (1024 * 1024));
    }

    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
    }
}

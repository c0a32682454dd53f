package dev.awskit.s3.event;

import dev.awskit.core.Futures;
import java.util.Objects;

/** The blocking view of an {@link S3EventDrain}; failures are thrown unwrapped. Thread-safe. */
public final class S3EventDrainSync {
    private final S3EventDrain drain;

    S3EventDrainSync(S3EventDrain drain) {
        this.drain = Objects.requireNonNull(drain, "drain");
    }

    /**
     * Drains the queue and waits for the report.
     *
     * @return what was processed and what failed
     * @see S3EventDrain#drain()
     */
    public DrainReport drain() {
        return Futures.join(drain.drain());
    }
}

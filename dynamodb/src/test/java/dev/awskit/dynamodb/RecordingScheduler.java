package dev.awskit.dynamodb;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A scheduler that records every delay it is asked for and runs the task at once: retries against a real emulator
 * follow their schedule (checked on the record) without a test ever waiting for it.
 */
final class RecordingScheduler extends ScheduledThreadPoolExecutor {
    private final List<Duration> delays = new CopyOnWriteArrayList<>();

    RecordingScheduler() {
        super(2, runnable -> {
            Thread thread = new Thread(runnable, "recording-scheduler");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** @return the delays asked for, in order */
    List<Duration> delays() {
        return List.copyOf(delays);
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        delays.add(Duration.ofNanos(unit.toNanos(delay)));
        return super.schedule(command, 0, TimeUnit.NANOSECONDS);
    }
}

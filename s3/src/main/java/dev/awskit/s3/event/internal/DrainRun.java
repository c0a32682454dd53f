package dev.awskit.s3.event.internal;

import dev.awskit.core.Futures;
import dev.awskit.s3.event.DrainFailedException;
import dev.awskit.s3.event.DrainListener;
import dev.awskit.s3.event.DrainReport;
import dev.awskit.s3.event.S3EventMessage;
import dev.awskit.s3.event.S3EventRecord;
import dev.awskit.s3.event.S3Events;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.ReceiveMessageResponse;

/**
 * One drain of a queue: long-poll receives, one at a time; each message's records handed to the handler through an
 * {@link AsyncLimiter}; a message deleted only once every one of its records succeeded; the next receive once every
 * record of the last batch has started, so at most one batch waits in memory. Ends when a receive finds the queue
 * empty (or after {@link #stop()}), once the messages in flight are settled.
 */
public final class DrainRun {
    private static final Logger LOG = LoggerFactory.getLogger(DrainRun.class);

    private final DrainSettings settings;
    private final AsyncLimiter limiter;
    private final CompletableFuture<DrainReport> result = new CompletableFuture<>();
    private final AtomicInteger messagesInFlight = new AtomicInteger();
    private final AtomicInteger received = new AtomicInteger();
    private final AtomicInteger deleted = new AtomicInteger();
    private final AtomicInteger testEvents = new AtomicInteger();
    private final List<S3EventRecord> processed = new ArrayList<>();
    private final List<DrainReport.RecordFailure> failures = new ArrayList<>();
    private final List<DrainReport.Unrecognized> unrecognized = new ArrayList<>();
    private final AtomicBoolean finished = new AtomicBoolean();
    private final long startNanos;
    private volatile boolean stopRequested;
    private volatile DrainReport.Stop stop;
    private volatile CompletableFuture<ReceiveMessageResponse> receiving;

    /**
     * Prepares the drain.
     *
     * @param settings what it needs
     */
    public DrainRun(DrainSettings settings) {
        this.settings = settings;
        this.limiter = new AsyncLimiter(settings.parallelism());
        this.startNanos = settings.timeSource().nanoTime();
    }

    /**
     * Starts receiving.
     *
     * @return the report; cancelling it stops receiving and cancels the handlers running
     */
    public CompletableFuture<DrainReport> start() {
        result.whenComplete((report, error) -> {
            if (result.isCancelled()) {
                CompletableFuture<?> call = receiving;
                if (call != null) {
                    call.cancel(true);
                }
                limiter.cancelAll();
            }
        });
        LOG.debug("draining {}", settings.queueUrl());
        receive();
        return result;
    }

    /** Receives no more once the receive in flight has answered; the drain ends when its messages are settled. */
    public void stop() {
        stopRequested = true;
    }

    private void receive() {
        if (result.isDone()) {
            return;
        }
        if (stopRequested) {
            finishWhenIdle(DrainReport.Stop.REQUESTED);
            return;
        }
        int waitSeconds = (int) Math.min(20, settings.waitTime().toSeconds());
        CompletableFuture<ReceiveMessageResponse> call = settings.sqs().receiveMessage(r -> r
                .queueUrl(settings.queueUrl()).maxNumberOfMessages(10).waitTimeSeconds(waitSeconds));
        receiving = call;
        call.whenComplete((response, error) -> {
            if (error != null) {
                fail(Futures.unwrap(error));
                return;
            }
            List<Message> messages = response.messages();
            if (messages.isEmpty()) {
                finishWhenIdle(stopRequested ? DrainReport.Stop.REQUESTED : DrainReport.Stop.QUEUE_EMPTY);
                return;
            }
            received.addAndGet(messages.size());
            notify(l -> l.onReceived(messages.size()));
            messages.forEach(this::process);
            limiter.whenQueueEmpty().thenRun(this::receive);
        });
    }

    private void process(Message message) {
        messagesInFlight.incrementAndGet();
        S3EventMessage parsed = S3Events.parse(message.body());
        if (parsed instanceof S3EventMessage.TestEvent) {
            testEvents.incrementAndGet();
            delete(message);
        } else if (parsed instanceof S3EventMessage.NotAnS3Event notS3) {
            DrainReport.Unrecognized entry = new DrainReport.Unrecognized(message.messageId(), notS3.reason());
            synchronized (this) {
                unrecognized.add(entry);
            }
            notify(l -> l.onUnrecognized(entry));
            messageDone();
        } else {
            handle(message, ((S3EventMessage.Records) parsed).records());
        }
    }

    private void handle(Message message, List<S3EventRecord> records) {
        List<CompletableFuture<Boolean>> outcomes = new ArrayList<>();
        for (S3EventRecord record : records) {
            outcomes.add(limiter.submit(() -> settings.handler().handle(record)).handle((value, error) -> {
                if (error == null) {
                    synchronized (this) {
                        processed.add(record);
                    }
                    notify(l -> l.onProcessed(record));
                    return true;
                }
                DrainReport.RecordFailure failure =
                        new DrainReport.RecordFailure(message.messageId(), record, Futures.unwrap(error));
                synchronized (this) {
                    failures.add(failure);
                }
                notify(l -> l.onFailed(failure));
                return false;
            }));
        }
        CompletableFuture.allOf(outcomes.toArray(CompletableFuture[]::new)).whenComplete((v, e) -> {
            if (outcomes.stream().allMatch(outcome -> !outcome.isCompletedExceptionally() && outcome.join())) {
                delete(message);
            } else {
                messageDone();
            }
        });
    }

    private void delete(Message message) {
        settings.sqs().deleteMessage(r -> r.queueUrl(settings.queueUrl()).receiptHandle(message.receiptHandle()))
                .whenComplete((response, error) -> {
                    if (error != null) {
                        LOG.warn("message {} was handled but could not be deleted; it will be delivered again: {}",
                                message.messageId(), Futures.unwrap(error).toString());
                    } else {
                        deleted.incrementAndGet();
                    }
                    messageDone();
                });
    }

    private void messageDone() {
        if (messagesInFlight.decrementAndGet() == 0 && stop != null) {
            finish();
        }
    }

    private void finishWhenIdle(DrainReport.Stop why) {
        stop = why;
        if (messagesInFlight.get() == 0) {
            finish();
        }
    }

    private void finish() {
        if (!finished.compareAndSet(false, true)) {
            return;
        }
        DrainReport report = report(stop);
        LOG.debug("drained {}: {}", settings.queueUrl(), report.stop());
        notify(l -> l.onFinished(report));
        result.complete(report);
    }

    private void fail(Throwable error) {
        if (finished.compareAndSet(false, true)) {
            result.completeExceptionally(new DrainFailedException(settings.queueUrl(),
                    report(DrainReport.Stop.REQUESTED), error));
        }
    }

    private synchronized DrainReport report(DrainReport.Stop why) {
        return new DrainReport(received.get(), deleted.get(), processed, failures, testEvents.get(), unrecognized,
                why, Duration.ofNanos(settings.timeSource().nanoTime() - startNanos));
    }

    private void notify(Consumer<DrainListener> event) {
        try {
            event.accept(settings.listener());
        } catch (RuntimeException e) {
            LOG.warn("drain listener failed; ignored: {}", e.toString());
        }
    }
}

package dev.awskit.core.poll;

import dev.awskit.core.AwsKitException;
import dev.awskit.core.Futures;
import dev.awskit.core.TransientErrors;
import dev.awskit.core.time.TimeSource;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One wait. Steps run one after another on the scheduler (each is started by the one before), so its state
 * needs no lock; fields also read by the deadline timer are volatile.
 */
final class PollRun<T> {
    private static final Logger LOG = LoggerFactory.getLogger(Poller.class);
    private static final Duration MAX_NANOS = Duration.ofNanos(Long.MAX_VALUE);

    private final Supplier<? extends CompletableFuture<? extends T>> call;
    private final PollPolicy<T> policy;
    private final ScheduledExecutorService scheduler;
    private final Executor hop;
    private final TimeSource time;
    private final PollRateLimiter limiter;
    private final CompletableFuture<T> result = new CompletableFuture<>();
    private final long startNanos;

    private volatile int attempts;
    private volatile T lastResponse;
    private volatile Throwable lastError;
    private volatile Future<?> timer;
    private volatile Future<?> deadlineTimer;
    private volatile CompletableFuture<? extends T> inFlight;
    private int errorsInRow;
    private String lastStatus;

    PollRun(Supplier<? extends CompletableFuture<? extends T>> call, PollPolicy<T> policy,
            ScheduledExecutorService scheduler, TimeSource time, PollRateLimiter limiter) {
        this.call = call;
        this.policy = policy;
        this.scheduler = scheduler;
        this.time = time;
        this.limiter = limiter;
        this.startNanos = time.nanoTime();
        this.hop = task -> {
            try {
                scheduler.execute(task);
            } catch (RejectedExecutionException e) {
                closed(e);
            }
        };
    }

    CompletableFuture<T> start() {
        result.whenComplete((value, error) -> stop());
        try {
            deadlineTimer = scheduler.schedule(this::onDeadline, nanos(policy.timeout()), TimeUnit.NANOSECONDS);
            schedule(this::attempt, nanos(policy.initialDelay()));
        } catch (RejectedExecutionException e) {
            closed(e);
        }
        return result;
    }

    private void schedule(Runnable step, long delayNanos) {
        Future<?> scheduled;
        try {
            scheduled = scheduler.schedule(() -> guarded(step), delayNanos, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            closed(e);
            return;
        }
        timer = scheduled;
        if (result.isDone()) {
            // Completed (e.g. cancelled) while scheduling: stop() may have seen the previous timer.
            scheduled.cancel(false);
        }
    }

    /** Fails the wait because its scheduler was shut down; {@code cause} may be null. */
    void closed(Throwable cause) {
        result.completeExceptionally(new AwsKitException("poller for " + policy.name() + " was closed ("
                + attempts + " attempt(s) made)", cause));
    }

    /** Saturated, so a deadline centuries away (Duration.toNanos would throw) cannot break the wait. */
    private static long nanos(Duration duration) {
        return duration.compareTo(MAX_NANOS) >= 0 ? Long.MAX_VALUE : duration.toNanos();
    }

    private void stop() {
        cancel(timer);
        cancel(deadlineTimer);
        CompletableFuture<? extends T> pending = inFlight;
        if (pending != null && !pending.isDone()) {
            pending.cancel(true);
        }
    }

    private static void cancel(Future<?> future) {
        if (future != null) {
            future.cancel(false);
        }
    }

    private void attempt() {
        if (result.isDone()) {
            return;
        }
        long wait = limiter == null ? 0 : limiter.reserveNanos(time.nanoTime());
        if (wait > 0) {
            schedule(this::callNow, wait);
        } else {
            callNow();
        }
    }

    private void callNow() {
        if (result.isDone()) {
            return;
        }
        attempts++;
        CompletableFuture<? extends T> answer;
        try {
            answer = Objects.requireNonNull(call.get(), "poll call returned null");
        } catch (RuntimeException e) {
            answer = CompletableFuture.failedFuture(e);
        }
        inFlight = answer;
        if (result.isDone()) {
            answer.cancel(true);
            return;
        }
        if (answer.isDone()) {
            // Answered already (a cached or failed call): classify here, on the scheduler, without a second task.
            answer.whenComplete((response, failure) -> guarded(() -> onAnswer(response, failure)));
        } else {
            answer.whenCompleteAsync((response, failure) -> guarded(() -> onAnswer(response, failure)), hop);
        }
    }

    /**
     * Runs one step so that nothing it throws can leave the wait hanging: executors and future callbacks
     * swallow what a task throws, so an Error (a class that failed to load, out of memory) fails the wait.
     */
    private void guarded(Runnable step) {
        try {
            step.run();
        } catch (Throwable t) {
            result.completeExceptionally(new AwsKitException(policy.name() + " failed inside the poller after "
                    + attempts + " attempt(s): " + t.getClass().getName(), t));
        }
    }

    private void onAnswer(T response, Throwable failure) {
        inFlight = null;
        if (result.isDone()) {
            return;
        }
        Duration elapsed = elapsed();
        Throwable error = failure == null ? null : Futures.unwrap(failure);
        PollOutcome outcome;
        Throwable failureCause = error;
        if (error != null) {
            lastError = error;
            outcome = isRetryable(error, elapsed) ? PollOutcome.CONTINUE : PollOutcome.FAILURE;
            errorsInRow++;
        } else if (response == null) {
            lastError = null;
            outcome = PollOutcome.FAILURE;
            failureCause = new NullPointerException("poll call completed with null");
        } else {
            lastResponse = response;
            lastError = null;
            errorsInRow = 0;
            try {
                outcome = Objects.requireNonNullElse(policy.classifier().classify(response), PollOutcome.CONTINUE);
            } catch (RuntimeException e) {
                outcome = PollOutcome.FAILURE;
                failureCause = e;
            }
        }
        boolean attemptsLeft = attempts < policy.maxAttempts();
        Duration next = outcome == PollOutcome.CONTINUE && attemptsLeft ? nextDelay(error != null) : null;
        PollAttempt<T> attempt = new PollAttempt<>(policy.name(), attempts, elapsed, response, error, outcome, next);
        log(attempt);
        notifyListener(attempt, response);
        switch (outcome) {
            case SUCCESS -> result.complete(response);
            case FAILURE -> result.completeExceptionally(failed(failureCause, error == null, elapsed));
            case CONTINUE -> {
                if (next == null) {
                    result.completeExceptionally(timedOut(PollTimeoutException.Limit.ATTEMPTS, elapsed));
                } else {
                    schedule(this::attempt, nanos(next));
                }
            }
        }
    }

    private boolean isRetryable(Throwable error, Duration elapsed) {
        if (policy.transientErrors().test(error)) {
            return true;
        }
        return elapsed.compareTo(policy.notVisibleYetWindow()) < 0 && policy.notVisibleYet().test(error);
    }

    private Duration nextDelay(boolean afterError) {
        Duration delay = policy.backoff().delay(attempts);
        if (afterError) {
            Duration least = policy.errorBackoff().delay(errorsInRow);
            return least.compareTo(delay) > 0 ? least : delay;
        }
        return delay;
    }

    private void notifyListener(PollAttempt<T> attempt, T response) {
        PollListener<T> listener = policy.listener();
        try {
            listener.onAttempt(attempt);
        } catch (RuntimeException e) {
            LOG.warn("Poll listener of {} failed at attempt {}; the wait goes on", policy.name(), attempt.number(), e);
        }
        // Apart from onAttempt, so a listener that throws there still hears of status changes.
        if (policy.status() == null || response == null) {
            return;
        }
        try {
            String status = policy.status().apply(response);
            if (!Objects.equals(status, lastStatus)) {
                String previous = lastStatus;
                lastStatus = status;
                listener.onStatusChange(previous, status, attempt);
            }
        } catch (RuntimeException e) {
            LOG.warn("Status change of {} at attempt {} failed; the wait goes on", policy.name(), attempt.number(), e);
        }
    }

    private void onDeadline() {
        if (!result.isDone()) {
            result.completeExceptionally(timedOut(PollTimeoutException.Limit.DEADLINE, elapsed()));
        }
    }

    private PollFailedException failed(Throwable cause, boolean classified, Duration elapsed) {
        String message = classified && cause == null
                ? policy.name() + " failed after " + attempts + " attempt(s)"
                : policy.name() + " failed after " + attempts + " attempt(s): " + describe(cause);
        return new PollFailedException(message, cause, policy.name(), attempts, elapsed, lastResponse);
    }

    private PollTimeoutException timedOut(PollTimeoutException.Limit limit, Duration elapsed) {
        String why = limit == PollTimeoutException.Limit.DEADLINE
                ? "did not finish within " + policy.timeout()
                : "did not finish within " + policy.maxAttempts() + " attempt(s)";
        Throwable cause = lastError;
        String message = policy.name() + " " + why + " (" + attempts + " attempt(s), " + elapsed + ")"
                + (cause == null ? "" : "; last error: " + describe(cause));
        return new PollTimeoutException(message, cause, limit, policy.name(), attempts, elapsed, lastResponse);
    }

    private static String describe(Throwable error) {
        String code = TransientErrors.errorCode(error);
        return error.getClass().getSimpleName() + (code == null ? "" : " [" + code + "]");
    }

    private void log(PollAttempt<T> attempt) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} attempt {} after {}: {}{}{}", policy.name(), attempt.number(), attempt.elapsed(),
                    attempt.outcome(), attempt.error() == null ? "" : " on " + describe(attempt.error()),
                    attempt.nextDelay() == null ? "" : ", next in " + attempt.nextDelay());
        }
    }

    private Duration elapsed() {
        return Duration.ofNanos(time.nanoTime() - startNanos);
    }
}

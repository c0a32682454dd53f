package dev.awskit.ssm;

import dev.awskit.core.Futures;
import dev.awskit.core.TransientErrors;
import dev.awskit.core.backoff.Backoff;
import dev.awskit.core.poll.Poller;
import dev.awskit.ssm.internal.AutomationWait;
import dev.awskit.core.spi.Chain;
import dev.awskit.ssm.internal.StartRequests;
import dev.awskit.ssm.internal.WaitSettings;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.ssm.SsmAsyncClient;
import software.amazon.awssdk.services.ssm.model.SignalType;
import software.amazon.awssdk.services.ssm.model.StopType;

/**
 * Starts SSM Automation documents and waits for them, asynchronously, on awskit's shared {@link Poller}.
 *
 * <pre>{@code
 * try (SsmAutomationHelper ssm = SsmAutomationHelper.builder(ssmAsyncClient).build()) {
 *     AutomationResult result = ssm.sync().run(r -> r.documentName("AWS-StartEC2Instance")
 *             .parameter("InstanceId", "i-0ed4574c5ba94c877")
 *             .parameter("AutomationAssumeRole", "arn:aws:iam::123456789012:role/AutomationServiceRole"));
 * } catch (AutomationFailedException e) {
 *     // e.executionId(), e.status(), e.failureMessage(), e.failedStep()
 * }
 * }</pre>
 *
 * <p>Defaults: the seed's stepped backoff (2.5 s for 4 polls, 5 s for 7, then 15 s), a 30-minute deadline
 * per await ({@link AwaitOptions}), "not found" ridden out for 30 s after a wait starts (a new execution may
 * not be visible at once), throttled and failed polls ridden out with a growing wait, and
 * {@link AutomationStatusClassifier#defaults()}. Nothing blocks a thread: thousands of awaits share the
 * poller's scheduler, and a {@link dev.awskit.core.poll.PollRateLimiter} given to that poller caps the polls
 * per second of all of them. Cancelling a returned future stops its polls.
 *
 * <p>Thread-safe. The helper closes only the poller it created; the client is the caller's.
 */
public final class SsmAutomationHelper implements AutoCloseable {
    /** The seed's schedule: 2.5 s for the first 4 polls, 5 s for the next 7, then 15 s. */
    public static final Backoff DEFAULT_BACKOFF = Backoff.stepped()
            .step(Duration.ofMillis(2500), 4).step(Duration.ofSeconds(5), 7).then(Duration.ofSeconds(15));

    private static final Logger LOG = LoggerFactory.getLogger(SsmAutomationHelper.class);

    private final SsmAsyncClient client;
    private final boolean ownsPoller;
    private final WaitSettings settings;
    private final AwaitOptions awaitDefaults;

    private SsmAutomationHelper(Builder b) {
        this.client = b.client;
        this.ownsPoller = b.poller == null;
        Poller poller = ownsPoller ? Poller.create() : b.poller;
        this.settings = new WaitSettings(client, poller, b.classifier, b.backoff, b.errorBackoff, b.notFoundWindow,
                b.listener, LOG);
        this.awaitDefaults = b.awaitDefaults;
    }

    /**
     * Creates a helper with the defaults.
     *
     * @param client the SSM client, which the helper never closes
     * @return a helper; close it to release its poller thread
     */
    public static SsmAutomationHelper create(SsmAsyncClient client) {
        return builder(client).build();
    }

    /**
     * Starts a configuration.
     *
     * @param client the SSM client, which the helper never closes
     * @return a builder
     */
    public static Builder builder(SsmAsyncClient client) {
        return new Builder(Objects.requireNonNull(client, "client"));
    }

    /**
     * Starts an execution. The request carries a client token (its own, or a fresh UUID for this call) that
     * the SDK's retries reuse, so a lost answer never leads to a second execution.
     *
     * @param request what to start
     * @return the execution id; fails with {@link AutomationException} when the start is refused
     */
    public CompletableFuture<String> start(AutomationRequest request) {
        Objects.requireNonNull(request, "request");
        String token = request.clientToken().orElseGet(() -> UUID.randomUUID().toString());
        String document = request.documentName();
        LOG.info("Starting automation {} with parameters {}", document, request.parameters().keySet());
        return client.startAutomationExecution(StartRequests.toSdk(request, token)).handle((response, error) -> {
            if (error != null) {
                Throwable cause = Futures.unwrap(error);
                throw new AutomationException("Could not start automation " + document + ": "
                        + cause.getClass().getSimpleName() + describeCode(cause), cause, null, document);
            }
            String id = response.automationExecutionId();
            LOG.info("Started automation {}: execution {}", document, id);
            try {
                settings.listener().onStarted(id, document);
            } catch (RuntimeException e) {
                LOG.warn("Automation listener failed on the start of {}", id, e);
            }
            return id;
        });
    }

    /**
     * Starts an execution described by a builder.
     *
     * @param request fills an {@link AutomationRequest.Builder}
     * @return the execution id
     */
    public CompletableFuture<String> start(Consumer<AutomationRequest.Builder> request) {
        return start(build(request));
    }

    /**
     * Waits for an execution with the helper's default {@link AwaitOptions}.
     *
     * @param executionId the execution
     * @return the result when the execution succeeds; fails with {@link AutomationFailedException},
     *     {@link AutomationTimeoutException} or {@link AutomationException}; cancelling it stops the polls
     * @throws IllegalArgumentException if {@code executionId} is blank
     */
    public CompletableFuture<AutomationResult> await(String executionId) {
        return await(executionId, awaitDefaults);
    }

    /**
     * Waits for an execution.
     *
     * @param executionId the execution
     * @param options deadline and stop behaviour for this wait
     * @return as {@link #await(String)}
     * @throws IllegalArgumentException if {@code executionId} is blank
     */
    public CompletableFuture<AutomationResult> await(String executionId, AwaitOptions options) {
        checkId(executionId);
        Objects.requireNonNull(options, "options");
        return AutomationWait.await(settings, executionId, options);
    }

    /**
     * Starts an execution and waits for it with the default {@link AwaitOptions}.
     *
     * @param request what to start
     * @return as {@link #await(String)}; cancelling it stops the start or the polls
     */
    public CompletableFuture<AutomationResult> run(AutomationRequest request) {
        return run(request, awaitDefaults);
    }

    /**
     * Starts an execution described by a builder and waits for it.
     *
     * @param request fills an {@link AutomationRequest.Builder}
     * @return as {@link #run(AutomationRequest)}
     */
    public CompletableFuture<AutomationResult> run(Consumer<AutomationRequest.Builder> request) {
        return run(build(request), awaitDefaults);
    }

    /**
     * Starts an execution and waits for it.
     *
     * @param request what to start
     * @param options deadline and stop behaviour for the wait
     * @return as {@link #await(String)}; cancelling it stops the start or the polls
     */
    public CompletableFuture<AutomationResult> run(AutomationRequest request, AwaitOptions options) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(options, "options");
        Chain<AutomationResult> chain = new Chain<>();
        chain.then(start(request), (id, error) -> {
            if (error != null) {
                chain.fail(error);
                return;
            }
            chain.then(await(id, options), (result, failure) -> {
                if (failure != null) {
                    chain.fail(failure);
                } else {
                    chain.complete(result);
                }
            });
        });
        return chain.result();
    }

    /**
     * Stops an execution ({@code Cancel}).
     *
     * @param executionId the execution
     * @return completes when the stop was accepted
     * @throws IllegalArgumentException if {@code executionId} is blank
     */
    public CompletableFuture<Void> stop(String executionId) {
        return stop(executionId, StopType.CANCEL);
    }

    /**
     * Stops an execution.
     *
     * @param executionId the execution
     * @param type {@code Cancel}, or {@code Complete} for a rate-controlled execution
     * @return completes when the stop was accepted
     * @throws IllegalArgumentException if {@code executionId} is blank
     */
    public CompletableFuture<Void> stop(String executionId, StopType type) {
        checkId(executionId);
        Objects.requireNonNull(type, "type");
        LOG.info("Stopping automation {} ({})", executionId, type);
        return client.stopAutomationExecution(r -> r.automationExecutionId(executionId).type(type))
                .thenApply(response -> null);
    }

    /**
     * Sends a signal to a waiting execution.
     *
     * @param executionId the execution
     * @param type the signal, e.g. {@link SignalType#APPROVE}
     * @param payload the signal's payload (e.g. {@code Comment}, {@code StepName}); may be empty
     * @return completes when the signal was accepted
     * @throws IllegalArgumentException if {@code executionId} is blank
     */
    public CompletableFuture<Void> sendSignal(String executionId, SignalType type, Map<String, List<String>> payload) {
        checkId(executionId);
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(payload, "payload");
        LOG.info("Sending {} to automation {}", type, executionId);
        return client.sendAutomationSignal(r -> {
            r.automationExecutionId(executionId).signalType(type);
            if (!payload.isEmpty()) {
                r.payload(payload);
            }
        }).thenApply(response -> null);
    }

    /**
     * Approves the step waiting for approval.
     *
     * @param executionId the execution
     * @return completes when the signal was accepted
     */
    public CompletableFuture<Void> approve(String executionId) {
        return sendSignal(executionId, SignalType.APPROVE, Map.of());
    }

    /**
     * Rejects the step waiting for approval.
     *
     * @param executionId the execution
     * @return completes when the signal was accepted
     */
    public CompletableFuture<Void> reject(String executionId) {
        return sendSignal(executionId, SignalType.REJECT, Map.of());
    }

    /**
     * Resumes a paused (interactive) execution.
     *
     * @param executionId the execution
     * @return completes when the signal was accepted
     */
    public CompletableFuture<Void> resume(String executionId) {
        return sendSignal(executionId, SignalType.RESUME, Map.of());
    }

    /**
     * Returns a blocking view of this helper.
     *
     * @return the sync facade
     */
    public SsmAutomationSync sync() {
        return new SsmAutomationSync(this);
    }

    /** @return the poller waits run on */
    public Poller poller() {
        return settings.poller();
    }

    /** Closes the poller if the helper created it; the client stays open. */
    @Override
    public void close() {
        if (ownsPoller) {
            settings.poller().close();
        }
    }

    @Override
    public String toString() {
        return "SsmAutomationHelper[backoff=" + settings.backoff() + ", " + awaitDefaults + "]";
    }

    private static AutomationRequest build(Consumer<AutomationRequest.Builder> request) {
        AutomationRequest.Builder builder = AutomationRequest.builder();
        Objects.requireNonNull(request, "request").accept(builder);
        return builder.build();
    }

    private static void checkId(String executionId) {
        if (executionId == null || executionId.isBlank()) {
            throw new IllegalArgumentException("executionId must not be blank: '" + executionId + "'");
        }
    }

    private static String describeCode(Throwable cause) {
        String code = TransientErrors.errorCode(cause);
        return (code == null ? "" : " [" + code + "]") + ": " + cause.getMessage();
    }

    /** Configures an {@link SsmAutomationHelper}. Not thread-safe; {@link #build()} copies its state. */
    public static final class Builder {
        private final SsmAsyncClient client;
        private Poller poller;
        private AutomationStatusClassifier classifier = AutomationStatusClassifier.defaults();
        private Backoff backoff = DEFAULT_BACKOFF;
        private Backoff errorBackoff;
        private Duration notFoundWindow = Duration.ofSeconds(30);
        private AutomationListener listener = AutomationListener.none();
        private AwaitOptions awaitDefaults = AwaitOptions.defaults();

        private Builder(SsmAsyncClient client) {
            this.client = client;
        }

        /**
         * Runs waits on {@code poller} (its scheduler, time source and rate limit), which the helper will not
         * close. By default the helper creates a poller with one daemon thread.
         *
         * @param poller the poller
         * @return this builder
         */
        public Builder poller(Poller poller) {
            this.poller = Objects.requireNonNull(poller, "poller");
            return this;
        }

        /**
         * Sets what statuses mean; default {@link AutomationStatusClassifier#defaults()}.
         *
         * @param classifier the classifier
         * @return this builder
         */
        public Builder classifier(AutomationStatusClassifier classifier) {
            this.classifier = Objects.requireNonNull(classifier, "classifier");
            return this;
        }

        /**
         * Sets the wait between polls; default {@link #DEFAULT_BACKOFF}.
         *
         * @param backoff the schedule
         * @return this builder
         */
        public Builder backoff(Backoff backoff) {
            this.backoff = Objects.requireNonNull(backoff, "backoff");
            return this;
        }

        /**
         * Sets the least wait after throttled or failed polls, by errors in a row; default the poller's
         * (exponential from 1 s to 30 s, full jitter).
         *
         * @param errorBackoff the schedule
         * @return this builder
         */
        public Builder errorBackoff(Backoff errorBackoff) {
            this.errorBackoff = Objects.requireNonNull(errorBackoff, "errorBackoff");
            return this;
        }

        /**
         * Sets how long after a wait starts {@code AutomationExecutionNotFoundException} is ridden out;
         * default 30 s.
         *
         * @param window positive
         * @return this builder
         * @throws IllegalArgumentException if {@code window} is not positive
         */
        public Builder notFoundWindow(Duration window) {
            Objects.requireNonNull(window, "window");
            if (window.isZero() || window.isNegative()) {
                throw new IllegalArgumentException("notFoundWindow must be positive: " + window);
            }
            this.notFoundWindow = window;
            return this;
        }

        /**
         * Sets who hears progress: starts, status changes, step transitions, results.
         *
         * @param listener the listener
         * @return this builder
         */
        public Builder listener(AutomationListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * Sets the options used by {@link #await(String)} and {@link #run(AutomationRequest)}.
         *
         * @param options the defaults
         * @return this builder
         */
        public Builder awaitDefaults(AwaitOptions options) {
            this.awaitDefaults = Objects.requireNonNull(options, "options");
            return this;
        }

        /**
         * Builds the helper.
         *
         * @return a new helper
         */
        public SsmAutomationHelper build() {
            return new SsmAutomationHelper(this);
        }
    }
}

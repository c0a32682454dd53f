package dev.awskit.ssm;

import dev.awskit.core.backoff.Backoff;
import dev.awskit.core.poll.Poller;
import dev.awskit.core.spi.Chain;
import dev.awskit.core.spi.Checks;
import dev.awskit.ssm.internal.AutomationSignals;
import dev.awskit.ssm.internal.AutomationStarts;
import dev.awskit.ssm.internal.AutomationWait;
import dev.awskit.ssm.internal.WaitSettings;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 * try (SsmAutomationHelper ssm = SsmAutomationHelper.create(ssmAsyncClient)) {
 *     AutomationResult result = ssm.sync().run(r -> r.documentName("AWS-StartEC2Instance")
 *             .parameter("InstanceId", "i-0ed4574c5ba94c877")
 *             .parameter("AutomationAssumeRole", "arn:aws:iam::123456789012:role/AutomationServiceRole"));
 * } catch (AutomationFailedException e) {
 *     // e.executionId(), e.status(), e.failureMessage(), e.failedStep()
 * } catch (AutomationStartException e) {
 *     // e.clientToken(); e.executionMayExist(): start e.request() again to get the id, never a second execution
 * }
 * }</pre>
 *
 * <p><b>Starts are safe to repeat.</b> Every {@link AutomationRequest} carries a client token; the SDK's retries and
 * any later start of the same request send it, and the service answers with the execution it already started.
 * When every answer to a start is lost, the {@link AutomationStartException} names the token.
 *
 * <p>Defaults: the seed's stepped backoff (2.5 s for 4 polls, 5 s for 7, then 15 s), a 30-minute deadline
 * per await ({@link AwaitOptions}), "not found" ridden out for 30 s after a wait starts (a new execution may
 * not be visible at once), throttled and failed polls ridden out with a growing wait, and
 * {@link AutomationStatusClassifier#defaults()}. Nothing blocks a thread: thousands of awaits share the
 * poller's scheduler, and a {@link dev.awskit.core.poll.PollRateLimiter} given to that poller caps the polls
 * per second of all of them. Cancelling a returned future stops its call or its polls.
 *
 * <p>Thread-safe. The helper closes only the poller it created; the client is the caller's.
 */
public final class SsmAutomationHelper implements AutoCloseable {
    /** The seed's schedule: 2.5 s for the first 4 polls, 5 s for the next 7, then 15 s. */
    public static final Backoff DEFAULT_BACKOFF = Backoff.stepped()
            .step(Duration.ofMillis(2500), 4).step(Duration.ofSeconds(5), 7).then(Duration.ofSeconds(15));

    private static final Logger LOG = LoggerFactory.getLogger(SsmAutomationHelper.class);

    private final boolean ownsPoller;
    private final WaitSettings settings;
    private final AwaitOptions awaitDefaults;
    private final AutomationStarts starts;
    private final AutomationSignals signals;
    private final SsmAutomationHelperSync sync = new SsmAutomationHelperSync(this);

    private SsmAutomationHelper(Builder b) {
        this.ownsPoller = b.poller == null;
        Poller poller = ownsPoller ? Poller.create() : b.poller;
        this.settings = new WaitSettings(b.client, poller, b.classifier, b.backoff, b.errorBackoff, b.notFoundWindow,
                b.listener, LOG);
        this.awaitDefaults = b.awaitDefaults;
        this.starts = new AutomationStarts(settings);
        this.signals = new AutomationSignals(settings);
    }

    /**
     * Creates a helper with the defaults.
     *
     * @param client the SSM client, which the helper never closes
     * @return a helper; close it to release its poller thread
     * @throws NullPointerException if {@code client} is null
     */
    public static SsmAutomationHelper create(SsmAsyncClient client) {
        return builder(client).build();
    }

    /**
     * Starts a configuration.
     *
     * @param client the SSM client, which the helper never closes
     * @return a builder
     * @throws NullPointerException if {@code client} is null
     */
    public static Builder builder(SsmAsyncClient client) {
        return new Builder(Objects.requireNonNull(client, "client"));
    }

    /**
     * Starts an execution, sending the request's client token. Starting the same request again returns the same
     * execution; build a new request for a new one.
     *
     * @param request what to start
     * @return the execution id; fails with {@link AutomationStartException} (which names the client token) when
     *     the start is refused or its answer lost; cancelling it cancels the call
     * @throws NullPointerException if {@code request} is null
     */
    public CompletableFuture<String> start(AutomationRequest request) {
        return starts.start(Objects.requireNonNull(request, "request"));
    }

    /**
     * Starts an execution described by a builder; each call builds a new request, so each call starts a new
     * execution.
     *
     * @param request fills an {@link AutomationRequest.Builder}
     * @return as {@link #start(AutomationRequest)}
     * @throws NullPointerException if {@code request} is null
     * @throws IllegalArgumentException if the request it builds is invalid
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
     * @throws NullPointerException if {@code executionId} is null
     * @throws IllegalArgumentException if {@code executionId} is blank
     */
    public CompletableFuture<AutomationResult> await(String executionId) {
        return await(executionId, awaitDefaults);
    }

    /**
     * Waits for an execution, with options set up from the helper's defaults:
     * {@code helper.await(id, o -> o.timeout(Duration.ofMinutes(30)))}.
     *
     * @param executionId the execution
     * @param options changes this wait's copy of the helper's default {@link AwaitOptions}
     * @return as {@link #await(String)}
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code executionId} is blank or an option is invalid
     */
    public CompletableFuture<AutomationResult> await(String executionId, Consumer<AwaitOptions.Builder> options) {
        Objects.requireNonNull(options, "options");
        AwaitOptions.Builder builder = awaitDefaults.toBuilder();
        options.accept(builder);
        return await(executionId, builder.build());
    }

    /**
     * Waits for an execution.
     *
     * @param executionId the execution
     * @param options deadline and stop behaviour for this wait
     * @return as {@link #await(String)}
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code executionId} is blank
     */
    public CompletableFuture<AutomationResult> await(String executionId, AwaitOptions options) {
        Checks.notBlank(executionId, "executionId");
        Objects.requireNonNull(options, "options");
        return AutomationWait.await(settings, executionId, options);
    }

    /**
     * Starts an execution and waits for it with the default {@link AwaitOptions}.
     *
     * @param request what to start
     * @return as {@link #await(String)}, or an {@link AutomationStartException}; cancelling it stops the start
     *     or the polls
     * @throws NullPointerException if {@code request} is null
     */
    public CompletableFuture<AutomationResult> run(AutomationRequest request) {
        return run(request, awaitDefaults);
    }

    /**
     * Starts an execution described by a builder and waits for it.
     *
     * @param request fills an {@link AutomationRequest.Builder}
     * @return as {@link #run(AutomationRequest)}
     * @throws NullPointerException if {@code request} is null
     * @throws IllegalArgumentException if the request it builds is invalid
     */
    public CompletableFuture<AutomationResult> run(Consumer<AutomationRequest.Builder> request) {
        return run(build(request), awaitDefaults);
    }

    /**
     * Starts an execution described by a builder and waits for it.
     *
     * @param request fills an {@link AutomationRequest.Builder}
     * @param options deadline and stop behaviour for the wait
     * @return as {@link #run(AutomationRequest)}
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the request it builds is invalid
     */
    public CompletableFuture<AutomationResult> run(Consumer<AutomationRequest.Builder> request, AwaitOptions options) {
        return run(build(request), options);
    }

    /**
     * Starts an execution and waits for it.
     *
     * @param request what to start
     * @param options deadline and stop behaviour for the wait
     * @return as {@link #run(AutomationRequest)}
     * @throws NullPointerException if an argument is null
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
     * @return completes when the stop was accepted; fails with {@link AutomationException} when refused
     * @throws NullPointerException if {@code executionId} is null
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
     * @return completes when the stop was accepted; fails with {@link AutomationException} when refused
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code executionId} is blank
     */
    public CompletableFuture<Void> stop(String executionId, StopType type) {
        Checks.notBlank(executionId, "executionId");
        return signals.stop(executionId, Objects.requireNonNull(type, "type"));
    }

    /**
     * Sends a signal to a waiting execution.
     *
     * @param executionId the execution
     * @param type the signal, e.g. {@link SignalType#APPROVE}
     * @param payload the signal's payload (e.g. {@code Comment}, {@code StepName}); may be empty
     * @return completes when the signal was accepted; fails with {@link AutomationException} when refused
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code executionId} is blank
     */
    public CompletableFuture<Void> sendSignal(String executionId, SignalType type, Map<String, List<String>> payload) {
        Checks.notBlank(executionId, "executionId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(payload, "payload");
        return signals.send(executionId, type, payload);
    }

    /**
     * Approves the step waiting for approval.
     *
     * @param executionId the execution
     * @return as {@link #sendSignal(String, SignalType, Map)}
     * @throws NullPointerException if {@code executionId} is null
     * @throws IllegalArgumentException if {@code executionId} is blank
     */
    public CompletableFuture<Void> approve(String executionId) {
        return sendSignal(executionId, SignalType.APPROVE, Map.of());
    }

    /**
     * Rejects the step waiting for approval.
     *
     * @param executionId the execution
     * @return as {@link #sendSignal(String, SignalType, Map)}
     * @throws NullPointerException if {@code executionId} is null
     * @throws IllegalArgumentException if {@code executionId} is blank
     */
    public CompletableFuture<Void> reject(String executionId) {
        return sendSignal(executionId, SignalType.REJECT, Map.of());
    }

    /**
     * Resumes an execution paused at a step ({@code aws:pause}, or a step of an interactive run). SSM requires the
     * name of the step to resume as the signal's {@code StepName}.
     *
     * @param executionId the execution
     * @param stepName the paused step
     * @return as {@link #sendSignal(String, SignalType, Map)}
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code executionId} or {@code stepName} is blank
     */
    public CompletableFuture<Void> resume(String executionId, String stepName) {
        Checks.notBlank(stepName, "stepName");
        return sendSignal(executionId, SignalType.RESUME, Map.of("StepName", List.of(stepName)));
    }

    /**
     * Returns the blocking view of this helper, the same instance on every call.
     *
     * @return the sync view
     */
    public SsmAutomationHelperSync sync() {
        return sync;
    }

    /**
     * Returns the poller waits run on: the one given to the builder, or the helper's own.
     *
     * @return the poller
     */
    public Poller poller() {
        return settings.poller();
    }

    /** Closes the poller if the helper created it, failing the waits still running on it; the client stays open. */
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
         * @throws NullPointerException if {@code poller} is null
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
         * @throws NullPointerException if {@code classifier} is null
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
         * @throws NullPointerException if {@code backoff} is null
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
         * @throws NullPointerException if {@code errorBackoff} is null
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
         * @throws NullPointerException if {@code window} is null
         * @throws IllegalArgumentException if {@code window} is not positive
         */
        public Builder notFoundWindow(Duration window) {
            this.notFoundWindow = Checks.positive(window, "notFoundWindow");
            return this;
        }

        /**
         * Sets who hears progress: starts, status changes, step transitions, results.
         *
         * @param listener the listener
         * @return this builder
         * @throws NullPointerException if {@code listener} is null
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
         * @throws NullPointerException if {@code options} is null
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

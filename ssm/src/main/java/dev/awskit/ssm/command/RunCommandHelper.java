package dev.awskit.ssm.command;

import dev.awskit.core.backoff.Backoff;
import dev.awskit.core.poll.Poller;
import dev.awskit.core.spi.Chain;
import dev.awskit.core.spi.Checks;
import dev.awskit.ssm.command.internal.CommandSends;
import dev.awskit.ssm.command.internal.CommandSettings;
import dev.awskit.ssm.command.internal.InvocationWaits;
import dev.awskit.ssm.command.internal.TargetDiscovery;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.ssm.SsmAsyncClient;

/**
 * Sends Run Command documents to instances, by id or by targets (tags, resource groups), and waits for every
 * invocation on awskit's {@link Poller}.
 *
 * <pre>{@code
 * try (RunCommandHelper commands = RunCommandHelper.create(ssm)) {
 *     CommandResult result = commands.sync().run(r -> r.tag("env", "prod").maxConcurrency("10%")
 *             .commands("systemctl restart nginx"));
 * } catch (CommandFailedException e) {
 *     e.failures().forEach(f -> log.warn("{}", f.summary()));   // instance, status, exit code, output excerpt
 * }
 * }</pre>
 *
 * <p>With targets, the service finds the instances after the send: the helper discovers them first (polling
 * {@code ListCommands} and {@code ListCommandInvocations} until every target is listed, within the discovery
 * window), then waits for each. A command whose targets matched nothing fails with a {@link CommandException}.
 *
 * <p>Defaults: polls 1 s apart for 5 polls, then every 5 s; a 10-minute deadline per invocation;
 * {@code InvocationDoesNotExist} right after the send ridden out for 30 s; 60 s to discover a targets-based
 * command's instances. {@code Success} ends an invocation well; {@code Failed}, {@code Cancelled} and
 * {@code TimedOut} end it badly; any other status keeps the wait going. Each instance is polled with
 * {@code GetCommandInvocation} (full outputs); give the helper a poller with a
 * {@link dev.awskit.core.poll.PollRateLimiter} to cap the calls of large fleets. Cancelling a returned future stops
 * its call or its polls (not the command: it keeps running on the instances).
 *
 * <p>Thread-safe. The helper closes only the poller it created; the client is the caller's.
 */
public final class RunCommandHelper implements AutoCloseable {
    /** The default schedule: 1 s between the first 5 polls, then 5 s. */
    public static final Backoff DEFAULT_BACKOFF = Backoff.stepped().step(Duration.ofSeconds(1), 5)
            .then(Duration.ofSeconds(5));

    private static final Logger LOG = LoggerFactory.getLogger(RunCommandHelper.class);

    private final boolean ownsPoller;
    private final CommandSettings settings;
    private final RunCommandHelperSync sync = new RunCommandHelperSync(this);

    private RunCommandHelper(Builder b) {
        this.ownsPoller = b.poller == null;
        this.settings = new CommandSettings(b.client, ownsPoller ? Poller.create() : b.poller, b.backoff, b.timeout,
                b.notFoundWindow, b.discoveryWindow, LOG);
    }

    /**
     * Creates a helper with the defaults.
     *
     * @param client the SSM client, never closed by the helper
     * @return the helper; close it to release its poller thread
     * @throws NullPointerException if {@code client} is null
     */
    public static RunCommandHelper create(SsmAsyncClient client) {
        return builder(client).build();
    }

    /**
     * Starts a configuration.
     *
     * @param client the SSM client, never closed by the helper
     * @return a builder
     * @throws NullPointerException if {@code client} is null
     */
    public static Builder builder(SsmAsyncClient client) {
        return new Builder(Objects.requireNonNull(client, "client"));
    }

    /**
     * Sends a command. Run Command has no client token: a send whose answer was lost cannot be repeated safely.
     *
     * @param request what to run where
     * @return the command id; fails with {@link CommandException} when the send is refused; cancelling it cancels
     *     the call
     * @throws NullPointerException if {@code request} is null
     */
    public CompletableFuture<String> send(CommandRequest request) {
        return CommandSends.send(settings, Objects.requireNonNull(request, "request"));
    }

    /**
     * Sends a command described by a builder.
     *
     * @param request fills a {@link CommandRequest.Builder}
     * @return as {@link #send(CommandRequest)}
     * @throws NullPointerException if {@code request} is null
     * @throws IllegalArgumentException if the request it builds is invalid
     */
    public CompletableFuture<String> send(Consumer<CommandRequest.Builder> request) {
        return send(build(request));
    }

    /**
     * Waits for every invocation of a command, discovering the instances it reached first (as for a command sent
     * to targets).
     *
     * @param commandId the command
     * @return every invocation when all succeeded; fails with {@link CommandFailedException} (every invocation
     *     inside), {@link CommandTimeoutException}, or {@link CommandException} (also when the command reached no
     *     instance); cancelling it stops all polls
     * @throws NullPointerException if {@code commandId} is null
     * @throws IllegalArgumentException if {@code commandId} is blank
     */
    public CompletableFuture<CommandResult> await(String commandId) {
        Checks.notBlank(commandId, "commandId");
        Chain<CommandResult> chain = new Chain<>();
        chain.then(TargetDiscovery.discover(settings, commandId), (instances, error) -> {
            if (error != null) {
                chain.fail(error);
            } else {
                follow(chain, InvocationWaits.all(settings, commandId, instances));
            }
        });
        return chain.result();
    }

    /**
     * Waits for the invocation of a command on each of the given instances.
     *
     * @param commandId the command
     * @param instanceIds the instances it targets
     * @return as {@link #await(String)}
     * @throws NullPointerException if an argument or an instance id is null
     * @throws IllegalArgumentException if {@code commandId} or an instance id is blank, or no instance is given
     */
    public CompletableFuture<CommandResult> await(String commandId, List<String> instanceIds) {
        Checks.notBlank(commandId, "commandId");
        Objects.requireNonNull(instanceIds, "instanceIds");
        if (instanceIds.isEmpty()) {
            throw new IllegalArgumentException("instanceIds must name at least one instance");
        }
        instanceIds.forEach(id -> Checks.notBlank(id, "instance id"));
        return InvocationWaits.all(settings, commandId, List.copyOf(instanceIds));
    }

    /**
     * Sends a command and waits for every invocation: on the named instances, or on the instances its targets
     * reached.
     *
     * @param request what to run where
     * @return as {@link #await(String)}, or a {@link CommandException} when the send is refused; cancelling it
     *     stops the send or the polls
     * @throws NullPointerException if {@code request} is null
     */
    public CompletableFuture<CommandResult> run(CommandRequest request) {
        Objects.requireNonNull(request, "request");
        Chain<CommandResult> chain = new Chain<>();
        chain.then(send(request), (id, error) -> {
            if (error != null) {
                chain.fail(error);
            } else {
                follow(chain, request.instanceIds().isEmpty() ? await(id) : await(id, request.instanceIds()));
            }
        });
        return chain.result();
    }

    /**
     * Sends a command described by a builder and waits for every invocation.
     *
     * @param request fills a {@link CommandRequest.Builder}
     * @return as {@link #run(CommandRequest)}
     * @throws NullPointerException if {@code request} is null
     * @throws IllegalArgumentException if the request it builds is invalid
     */
    public CompletableFuture<CommandResult> run(Consumer<CommandRequest.Builder> request) {
        return run(build(request));
    }

    /**
     * Returns the blocking view of this helper, the same instance on every call.
     *
     * @return the sync view
     */
    public RunCommandHelperSync sync() {
        return sync;
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
        return "RunCommandHelper[backoff=" + settings.backoff() + ", timeout=" + settings.timeout()
                + ", discoveryWindow=" + settings.discoveryWindow() + "]";
    }

    private static void follow(Chain<CommandResult> chain, CompletableFuture<CommandResult> stage) {
        chain.then(stage, (result, failure) -> {
            if (failure != null) {
                chain.fail(failure);
            } else {
                chain.complete(result);
            }
        });
    }

    private static CommandRequest build(Consumer<CommandRequest.Builder> request) {
        CommandRequest.Builder builder = CommandRequest.builder();
        Objects.requireNonNull(request, "request").accept(builder);
        return builder.build();
    }

    /** Configures a {@link RunCommandHelper}. Not thread-safe; {@link #build()} copies its state. */
    public static final class Builder {
        private final SsmAsyncClient client;
        private Poller poller;
        private Backoff backoff = DEFAULT_BACKOFF;
        private Duration timeout = Duration.ofMinutes(10);
        private Duration notFoundWindow = Duration.ofSeconds(30);
        private Duration discoveryWindow = Duration.ofSeconds(60);

        private Builder(SsmAsyncClient client) {
            this.client = client;
        }

        /**
         * Polls on {@code poller} (its scheduler, time source and rate limit), which the helper will not close; by
         * default the helper creates a poller with one daemon thread.
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
         * Sets the deadline of each invocation's wait, counted from its start; default 10 minutes.
         *
         * @param timeout positive
         * @return this builder
         * @throws NullPointerException if {@code timeout} is null
         * @throws IllegalArgumentException if it is not positive
         */
        public Builder timeout(Duration timeout) {
            this.timeout = Checks.positive(timeout, "timeout");
            return this;
        }

        /**
         * Sets how long after a wait starts {@code InvocationDoesNotExist} is ridden out; default 30 s.
         *
         * @param window positive
         * @return this builder
         * @throws NullPointerException if {@code window} is null
         * @throws IllegalArgumentException if it is not positive
         */
        public Builder notFoundWindow(Duration window) {
            this.notFoundWindow = Checks.positive(window, "notFoundWindow");
            return this;
        }

        /**
         * Sets how long the helper waits for the instance list of a command sent to targets to be complete (the
         * command known, every target listed); default 60 s. When it passes, the wait fails with a
         * {@link CommandTimeoutException} without an instance id.
         *
         * @param window positive
         * @return this builder
         * @throws NullPointerException if {@code window} is null
         * @throws IllegalArgumentException if it is not positive
         */
        public Builder discoveryWindow(Duration window) {
            this.discoveryWindow = Checks.positive(window, "discoveryWindow");
            return this;
        }

        /**
         * Builds the helper.
         *
         * @return a new helper
         */
        public RunCommandHelper build() {
            return new RunCommandHelper(this);
        }
    }
}

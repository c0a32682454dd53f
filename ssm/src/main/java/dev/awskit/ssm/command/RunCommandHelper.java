package dev.awskit.ssm.command;

import dev.awskit.core.AwsKitException;
import dev.awskit.core.Futures;
import dev.awskit.core.backoff.Backoff;
import dev.awskit.core.poll.PollOutcome;
import dev.awskit.core.poll.PollPolicy;
import dev.awskit.core.poll.PollTimeoutException;
import dev.awskit.core.poll.Poller;
import dev.awskit.core.spi.Chain;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.ssm.SsmAsyncClient;
import software.amazon.awssdk.services.ssm.model.GetCommandInvocationResponse;
import software.amazon.awssdk.services.ssm.model.InvocationDoesNotExistException;

/**
 * Sends Run Command documents to instances and waits for every invocation on awskit's {@link Poller}.
 *
 * <pre>{@code
 * try (RunCommandHelper commands = RunCommandHelper.create(ssm)) {
 *     CommandResult result = Futures.join(commands.run(CommandRequest.builder()
 *             .instanceIds("i-0ed4574c5ba94c877").commands("systemctl restart nginx").build()));
 * } catch (CommandFailedException e) {
 *     e.failures().forEach(f -> log.warn("{}: {} {}", f.instanceId(), f.status(), f.standardError()));
 * }
 * }</pre>
 *
 * <p>Defaults: polls 1 s apart for 5 polls, then every 5 s; a 10-minute deadline per invocation;
 * {@code InvocationDoesNotExist} right after the send is ridden out for 30 s. {@code Success} ends an
 * invocation well; {@code Failed}, {@code Cancelled} and {@code TimedOut} end it badly; any other status
 * keeps the wait going. Cancelling a returned future stops its polls. Thread-safe.
 */
public final class RunCommandHelper implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RunCommandHelper.class);
    private static final Set<String> ENDED = Set.of("Success", "Failed", "Cancelled", "TimedOut");

    private final SsmAsyncClient client;
    private final Poller poller;
    private final boolean ownsPoller;
    private final Backoff backoff;
    private final Duration timeout;

    private RunCommandHelper(Builder b) {
        this.client = b.client;
        this.ownsPoller = b.poller == null;
        this.poller = ownsPoller ? Poller.create() : b.poller;
        this.backoff = b.backoff;
        this.timeout = b.timeout;
    }

    /**
     * Creates a helper with the defaults.
     *
     * @param client the SSM client, never closed by the helper
     * @return the helper
     */
    public static RunCommandHelper create(SsmAsyncClient client) {
        return builder(client).build();
    }

    /**
     * Starts a configuration.
     *
     * @param client the SSM client, never closed by the helper
     * @return a builder
     */
    public static Builder builder(SsmAsyncClient client) {
        return new Builder(Objects.requireNonNull(client, "client"));
    }

    /**
     * Sends a command.
     *
     * @param request what to run where
     * @return the command id
     */
    public CompletableFuture<String> send(CommandRequest request) {
        Objects.requireNonNull(request, "request");
        LOG.info("Sending {} to {}", request.documentName(), request.instanceIds());
        return client.sendCommand(r -> {
            r.documentName(request.documentName()).instanceIds(request.instanceIds());
            if (!request.parameters().isEmpty()) {
                r.parameters(request.parameters());
            }
            request.comment().ifPresent(r::comment);
        }).thenApply(response -> {
            String id = response.command().commandId();
            LOG.info("Sent {} as command {}", request.documentName(), id);
            return id;
        });
    }

    /**
     * Waits for the invocation of a command on each instance.
     *
     * @param commandId the command
     * @param instanceIds the instances it targets
     * @return every invocation when all succeeded; fails with {@link CommandFailedException} (every
     *     invocation inside) or {@link CommandTimeoutException}; cancelling it stops all polls
     * @throws IllegalArgumentException if {@code commandId} is blank or no instance is given
     */
    public CompletableFuture<CommandResult> await(String commandId, List<String> instanceIds) {
        if (commandId == null || commandId.isBlank()) {
            throw new IllegalArgumentException("commandId must not be blank: '" + commandId + "'");
        }
        if (instanceIds == null || instanceIds.isEmpty()) {
            throw new IllegalArgumentException("instanceIds must name at least one instance");
        }
        List<CompletableFuture<CommandInvocation>> waits = new ArrayList<>();
        for (String instanceId : instanceIds) {
            waits.add(awaitOne(commandId, instanceId));
        }
        CompletableFuture<CommandResult> result = new CompletableFuture<>();
        AtomicInteger left = new AtomicInteger(waits.size());
        for (CompletableFuture<CommandInvocation> wait : waits) {
            wait.whenComplete((invocation, error) -> {
                if (error != null) {
                    result.completeExceptionally(Futures.unwrap(error));
                } else if (left.decrementAndGet() == 0) {
                    finish(result, new CommandResult(commandId, waits.stream().map(CompletableFuture::join).toList()));
                }
            });
        }
        result.whenComplete((value, error) -> {
            if (error != null) {
                // Cancelled, or one invocation could not be followed: the other waits have no one to report to.
                waits.forEach(wait -> wait.cancel(true));
            }
        });
        return result;
    }

    /**
     * Sends a command and waits for every invocation.
     *
     * @param request what to run where
     * @return as {@link #await(String, List)}
     */
    public CompletableFuture<CommandResult> run(CommandRequest request) {
        Chain<CommandResult> chain = new Chain<>();
        chain.then(send(request), (id, error) -> {
            if (error != null) {
                chain.fail(error);
                return;
            }
            chain.then(await(id, request.instanceIds()), (result, failure) -> {
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
     * Sends a command and blocks until every invocation ended.
     *
     * @param request what to run where
     * @return every invocation
     * @throws CommandFailedException when an invocation did not succeed
     * @throws CommandTimeoutException when one did not end in time
     */
    public CommandResult runSync(CommandRequest request) {
        return Futures.join(run(request));
    }

    /** Closes the poller if the helper created it. */
    @Override
    public void close() {
        if (ownsPoller) {
            poller.close();
        }
    }

    @Override
    public String toString() {
        return "RunCommandHelper[backoff=" + backoff + ", timeout=" + timeout + "]";
    }

    private static void finish(CompletableFuture<CommandResult> result, CommandResult all) {
        if (all.invocations().stream().anyMatch(i -> !i.succeeded())) {
            result.completeExceptionally(new CommandFailedException(all));
        } else {
            LOG.info("Command {} succeeded on {} instance(s)", all.commandId(), all.invocations().size());
            result.complete(all);
        }
    }

    private CompletableFuture<CommandInvocation> awaitOne(String commandId, String instanceId) {
        PollPolicy<GetCommandInvocationResponse> policy = PollPolicy.<GetCommandInvocationResponse>builder()
                .name("command " + commandId + " on " + instanceId)
                .classifier(r -> ENDED.contains(r.statusAsString()) ? PollOutcome.SUCCESS : PollOutcome.CONTINUE)
                .status(GetCommandInvocationResponse::statusAsString)
                .backoff(backoff)
                .timeout(timeout)
                .notVisibleYet(e -> e instanceof InvocationDoesNotExistException, Duration.ofSeconds(30))
                .build();
        CompletableFuture<GetCommandInvocationResponse> poll = poller.poll(
                () -> client.getCommandInvocation(r -> r.commandId(commandId).instanceId(instanceId)), policy);
        CompletableFuture<CommandInvocation> invocation = poll.handle((response, error) -> {
            if (error == null) {
                LOG.info("Command {} on {}: {}", commandId, instanceId, response.statusAsString());
                return CommandInvocation.from(response);
            }
            Throwable cause = Futures.unwrap(error);
            if (cause instanceof PollTimeoutException timeoutError) {
                String last = timeoutError.lastResponse(GetCommandInvocationResponse.class)
                        .map(GetCommandInvocationResponse::statusAsString).orElse(null);
                throw new CommandTimeoutException(commandId, instanceId, last, timeout, timeoutError.getCause());
            }
            throw new AwsKitException("Waiting for command " + commandId + " on " + instanceId + " failed", cause);
        });
        invocation.whenComplete((value, error) -> {
            if (invocation.isCancelled()) {
                poll.cancel(true);
            }
        });
        return invocation;
    }

    /** Configures a {@link RunCommandHelper}. */
    public static final class Builder {
        private final SsmAsyncClient client;
        private Poller poller;
        private Backoff backoff = Backoff.stepped().step(Duration.ofSeconds(1), 5).then(Duration.ofSeconds(5));
        private Duration timeout = Duration.ofMinutes(10);

        private Builder(SsmAsyncClient client) {
            this.client = client;
        }

        /**
         * Polls on {@code poller}, which the helper will not close; by default it creates one.
         *
         * @param poller the poller
         * @return this builder
         */
        public Builder poller(Poller poller) {
            this.poller = Objects.requireNonNull(poller, "poller");
            return this;
        }

        /**
         * Sets the wait between polls.
         *
         * @param backoff the schedule
         * @return this builder
         */
        public Builder backoff(Backoff backoff) {
            this.backoff = Objects.requireNonNull(backoff, "backoff");
            return this;
        }

        /**
         * Sets the deadline per invocation; default 10 minutes.
         *
         * @param timeout positive
         * @return this builder
         * @throws IllegalArgumentException if not positive
         */
        public Builder timeout(Duration timeout) {
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.isZero() || timeout.isNegative()) {
                throw new IllegalArgumentException("timeout must be positive: " + timeout);
            }
            this.timeout = timeout;
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

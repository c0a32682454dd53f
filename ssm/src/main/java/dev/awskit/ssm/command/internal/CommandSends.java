package dev.awskit.ssm.command.internal;

import dev.awskit.ssm.command.CommandException;
import dev.awskit.ssm.command.CommandRequest;
import dev.awskit.ssm.internal.Calls;
import dev.awskit.ssm.internal.ErrorText;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.services.ssm.model.SendCommandRequest;

/** Sends commands: maps a {@link CommandRequest} to {@code SendCommand} and a refused send to a {@link CommandException}. */
public final class CommandSends {
    private CommandSends() {
    }

    /**
     * Sends a command.
     *
     * @param settings the helper's configuration
     * @param request what to run where
     * @return the command id; cancelling it cancels the call
     */
    public static CompletableFuture<String> send(CommandSettings settings, CommandRequest request) {
        settings.log().info("Sending {}", request);
        return Calls.map(settings.client().sendCommand(toSdk(request)), response -> {
            String id = response.command().commandId();
            settings.log().info("Sent {} as command {}", request.documentName(), id);
            return id;
        }, error -> new CommandException("Could not send " + request + ": " + ErrorText.describe(error), error,
                null));
    }

    /**
     * Builds the SDK request.
     *
     * @param request what to run where
     * @return the SDK request
     */
    static SendCommandRequest toSdk(CommandRequest request) {
        SendCommandRequest.Builder b = SendCommandRequest.builder().documentName(request.documentName());
        if (!request.instanceIds().isEmpty()) {
            b.instanceIds(request.instanceIds());
        }
        if (!request.targets().isEmpty()) {
            b.targets(request.targets());
        }
        if (!request.parameters().isEmpty()) {
            b.parameters(request.parameters());
        }
        request.documentVersion().ifPresent(b::documentVersion);
        request.comment().ifPresent(b::comment);
        request.maxConcurrency().ifPresent(b::maxConcurrency);
        request.maxErrors().ifPresent(b::maxErrors);
        return b.build();
    }
}

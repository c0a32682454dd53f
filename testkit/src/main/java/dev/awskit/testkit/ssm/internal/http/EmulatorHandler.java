package dev.awskit.testkit.ssm.internal.http;

import dev.awskit.testkit.internal.fault.CallCounts;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.awskit.core.json.AwsKitJson;
import dev.awskit.testkit.ssm.internal.Json;
import dev.awskit.testkit.ssm.internal.model.ApiError;
import java.io.IOException;
import java.net.URI;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Speaks AWS JSON 1.1: reads {@code X-Amz-Target}, answers the Automation operations, forwards the rest. Every
 * failure leaves as a modeled error: the service's error codes, {@code SerializationException} for a body that
 * is not JSON, and {@code InternalServerError} (with a request id, never an exception's text) for a bug.
 */
public final class EmulatorHandler implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(EmulatorHandler.class);
    private static final String TARGET_PREFIX = "AmazonSSM.";

    /** Answers one operation's request body, or throws an {@link ApiError}. */
    @FunctionalInterface
    public interface Operations {
        /**
         * Answers a request.
         *
         * @param operation the operation name
         * @param request the request body
         * @return the answer body
         */
        ObjectNode handle(String operation, JsonNode request);
    }

    private final Operations operations;
    private final Set<String> answered;
    private final FaultPlan faults;
    private final CallCounts calls;
    private final Forwarder forwarder;

    /**
     * Creates the handler.
     *
     * @param operations answers the operations in {@code answered}
     * @param answered the operations answered here
     * @param faults faults to play
     * @param calls counts every call
     * @param forwardTo where other operations go, or {@code null} to refuse them
     */
    public EmulatorHandler(Operations operations, Set<String> answered, FaultPlan faults, CallCounts calls,
            URI forwardTo) {
        this.operations = operations;
        this.answered = Set.copyOf(answered);
        this.faults = faults;
        this.calls = calls;
        this.forwarder = forwardTo == null ? null : new Forwarder(forwardTo);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
            String operation = target == null || !target.startsWith(TARGET_PREFIX) ? ""
                    : target.substring(TARGET_PREFIX.length());
            calls.increment(operation);
            LOG.debug("SSM emulator call {}", operation);
            try {
                faults.before(operation);
                if (!answered.contains(operation)) {
                    forward(exchange, operation, target, body);
                    return;
                }
                ObjectNode answer = operations.handle(operation, parse(body));
                faults.after(operation);
                Answers.json(exchange, 200, answer);
            } catch (ApiError e) {
                Answers.error(exchange, e.status(), e.type(), e.getMessage());
            } catch (RuntimeException | IOException e) {
                String requestId = UUID.randomUUID().toString();
                LOG.warn("SSM emulator failed on {} (request {})", operation, requestId, e);
                Answers.error(exchange, 500, "InternalServerError",
                        "The SSM Automation emulator failed on " + operation + " (request " + requestId
                                + "); its log has the details");
            }
        }
    }

    private void forward(HttpExchange exchange, String operation, String target, byte[] body) throws IOException {
        if (operation.isEmpty()) {
            throw ApiError.badRequest("UnknownOperationException",
                    "X-Amz-Target '" + target + "' does not name an " + TARGET_PREFIX + " operation");
        }
        if (forwarder == null) {
            throw ApiError.badRequest("UnknownOperationException",
                    "Operation '" + operation + "' is not emulated and no forward endpoint is set");
        }
        forwarder.forward(exchange, body);
    }

    private static JsonNode parse(byte[] body) {
        if (body.length == 0) {
            return Json.object();
        }
        try {
            return AwsKitJson.mapper().readTree(body);
        } catch (JsonProcessingException e) {
            throw ApiError.serialization("The request body is not JSON");
        } catch (IOException e) {
            throw ApiError.serialization("The request body cannot be read");
        }
    }
}

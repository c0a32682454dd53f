package dev.awskit.testkit.ssm.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.awskit.core.json.AwsKitJson;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Speaks AWS JSON 1.1: reads {@code X-Amz-Target}, answers Automation operations, forwards the rest. */
public final class EmulatorHandler implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(EmulatorHandler.class);
    private static final String CONTENT_TYPE = "application/x-amz-json-1.1";

    private final AutomationApi api;
    private final FaultPlan faults;
    private final Forwarder forwarder;
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();

    /**
     * Creates the handler.
     *
     * @param api the Automation state
     * @param faults faults to play
     * @param forwardTo where other operations go, or {@code null} to refuse them
     */
    public EmulatorHandler(AutomationApi api, FaultPlan faults, URI forwardTo) {
        this.api = api;
        this.faults = faults;
        this.forwarder = forwardTo == null ? null : new Forwarder(forwardTo);
    }

    /** @param operation an operation name @return calls received for it */
    public int calls(String operation) {
        AtomicInteger count = calls.get(operation);
        return count == null ? 0 : count.get();
    }

    /** @return calls received per operation */
    public Map<String, Integer> calls() {
        Map<String, Integer> copy = new TreeMap<>();
        calls.forEach((op, count) -> copy.put(op, count.get()));
        return copy;
    }

    /** Forgets call counts and faults. */
    public void reset() {
        calls.clear();
        faults.clear();
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
            String operation = target == null ? "" : target.substring(target.indexOf('.') + 1);
            calls.computeIfAbsent(operation, k -> new AtomicInteger()).incrementAndGet();
            LOG.debug("SSM emulator call {}", operation);
            try {
                faults.before(operation);
                if (!AutomationApi.OPERATIONS.contains(operation)) {
                    if (forwarder == null) {
                        throw ApiError.badRequest("UnknownOperationException",
                                "Operation '" + operation + "' is not emulated and no forward endpoint is set");
                    }
                    forwarder.forward(exchange, body);
                    return;
                }
                JsonNode request = body.length == 0 ? Json.object() : AwsKitJson.mapper().readTree(body);
                ObjectNode answer = api.handle(operation, request);
                faults.after(operation);
                write(exchange, 200, answer, null);
            } catch (ApiError e) {
                writeError(exchange, e.status(), e.type(), e.getMessage());
            } catch (RuntimeException | IOException e) {
                LOG.warn("SSM emulator failed on {}", operation, e);
                writeError(exchange, 500, "InternalServerError", String.valueOf(e.getMessage()));
            }
        }
    }

    private static void writeError(HttpExchange exchange, int status, String type, String message) throws IOException {
        ObjectNode error = Json.object();
        error.put("__type", type);
        error.put("message", message);
        write(exchange, status, error, type);
    }

    private static void write(HttpExchange exchange, int status, ObjectNode json, String errorType) throws IOException {
        byte[] bytes = json.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
        exchange.getResponseHeaders().set("x-amzn-RequestId", UUID.randomUUID().toString());
        if (errorType != null) {
            exchange.getResponseHeaders().set("x-amzn-ErrorType", errorType);
        }
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}

package dev.awskit.testkit.ssm.internal.http;

import dev.awskit.testkit.internal.fault.CallCounts;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.awskit.core.json.AwsKitJson;
import dev.awskit.core.json.JsonException;
import dev.awskit.testkit.ssm.Runbook;
import dev.awskit.testkit.ssm.internal.Json;
import dev.awskit.testkit.ssm.internal.RunbookJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The emulator's own HTTP API under {@code /emulator-api/}, for clients outside the JVM (as moto has
 * {@code /moto-api/}): {@code POST reset}, {@code POST runbooks} (JSON, see {@link RunbookJson}),
 * {@code POST time} with {@code {"advance": "PT30M"}} (virtual time only) and {@code GET calls}.
 */
public final class ControlApi implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ControlApi.class);

    /** What the control API acts on. */
    public interface Target {
        /** Forgets executions, call counts and faults. */
        void reset();

        /** @param runbook registered or replaced */
        void register(Runbook runbook);

        /**
         * Moves virtual time.
         *
         * @param amount how far
         * @return false when the emulator runs on wall time
         */
        boolean advance(Duration amount);
    }

    private final Target target;
    private final CallCounts calls;

    /**
     * Creates the API.
     *
     * @param target what it acts on
     * @param calls the call counts it reports
     */
    public ControlApi(Target target, CallCounts calls) {
        this.target = target;
        this.calls = calls;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath().replaceFirst("^/emulator-api/", "");
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String method = exchange.getRequestMethod();
            try {
                Answers.json(exchange, 200, route(method + " " + path, body));
            } catch (IllegalArgumentException e) {
                Answers.error(exchange, 400, "BadRequest", e.getMessage());
            } catch (RuntimeException e) {
                LOG.warn("SSM emulator control API failed on {} {}", method, path, e);
                Answers.error(exchange, 500, "InternalServerError", "The control API failed; see the emulator's log");
            }
        }
    }

    private ObjectNode route(String request, String body) {
        ObjectNode answer = Json.object();
        switch (request) {
            case "POST reset" -> target.reset();
            case "POST runbooks" -> {
                ArrayNode names = answer.putArray("registered");
                List<Runbook> runbooks = RunbookJson.read(body);
                runbooks.forEach(target::register);
                runbooks.forEach(r -> names.add(r.documentName()));
            }
            case "POST time" -> {
                if (!target.advance(advance(body))) {
                    throw new IllegalArgumentException("the emulator runs on wall time; start it with --virtual-time");
                }
            }
            case "GET calls" -> calls.snapshot().forEach(answer::put);
            default -> throw new IllegalArgumentException("unknown control request " + request
                    + " (POST reset, POST runbooks, POST time, GET calls)");
        }
        return answer;
    }

    private static Duration advance(String body) {
        try {
            JsonNode json = AwsKitJson.read(body, JsonNode.class);
            Duration amount = Duration.parse(json.path("advance").asText());
            if (amount.isNegative()) {
                throw new IllegalArgumentException("advance must not be negative: " + amount);
            }
            return amount;
        } catch (DateTimeParseException | JsonException e) {
            throw new IllegalArgumentException("time needs {\"advance\": \"PT30M\"} (an ISO-8601 duration)", e);
        }
    }
}

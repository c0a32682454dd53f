package dev.awskit.testkit.ssm.internal.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import dev.awskit.testkit.ssm.internal.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Writes AWS JSON 1.1 answers: a body, or an error with {@code __type}, {@code message} and the error header. */
final class Answers {
    private static final String CONTENT_TYPE = "application/x-amz-json-1.1";

    private Answers() {
    }

    static void error(HttpExchange exchange, int status, String type, String message) throws IOException {
        ObjectNode error = Json.object();
        error.put("__type", type);
        error.put("message", message);
        exchange.getResponseHeaders().set("x-amzn-ErrorType", type);
        json(exchange, status, error);
    }

    static void json(HttpExchange exchange, int status, ObjectNode json) throws IOException {
        byte[] bytes = json.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
        exchange.getResponseHeaders().set("x-amzn-RequestId", UUID.randomUUID().toString());
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}

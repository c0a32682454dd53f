package dev.awskit.examples.votes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.awskit.core.json.AwsKitJson;
import dev.awskit.dynamodb.DynamoTable;
import dev.awskit.dynamodb.ItemKey;
import dev.awskit.dynamodb.Scan;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Seed 002's vote Lambda ({@code index.handler}), in Java: {@code GET} answers every candidate's votes (a scan into
 * {@code {"Candidate": Votes}} as JSON), {@code POST} with {@code {"candidate": "D"}} adds one vote
 * ({@code ADD Votes :incr} on the item keyed by {@code Candidate}, the new count returned) and answers the seed's
 * three 400s for bad input before touching the table. The table is handed in, not global, so tests run the handler on
 * an emulator. Thread-safe.
 */
public final class VoteCounter {
    /** The seed's candidates, by the letter a voter sends, in the seed's order. */
    public static final Map<String, String> CANDIDATES = candidates();
    /** The seed's answer to a body that is not JSON. */
    public static final String NOT_JSON = "Invalid input! Expecting a JSON.";
    /** The seed's answer to a body without {@code candidate}. */
    public static final String MISSING_CANDIDATE = "Missing \"candidate\" in request.";
    /** The seed's answer to an unknown candidate: {@code get_allowed_candidates()} in the message. */
    public static final String UNKNOWN_CANDIDATE = "You must vote for one of the following candidates - "
            + CANDIDATES.entrySet().stream().map(e -> "'" + e.getKey() + "' for '" + e.getValue() + "'")
                    .collect(Collectors.joining(", ")) + ".";

    /** A candidate's row: the seed's attribute names ({@code Votes} is a reserved word, which awskit escapes). */
    public record Row(String Candidate, long Votes) {
    }

    /**
     * What the handler answers; every answer carries {@code Content-Type: application/json}, as in the seed.
     *
     * @param statusCode the HTTP status
     * @param body the body
     */
    public record Response(int statusCode, String body) {
        /** @return the seed's headers */
        public Map<String, String> headers() {
            return Map.of("Content-Type", "application/json");
        }
    }

    private final DynamoTable<Row> votes;

    /**
     * Creates the handler.
     *
     * @param votes the table, keyed by {@code Candidate}
     * @throws NullPointerException if {@code votes} is null
     */
    public VoteCounter(DynamoTable<Row> votes) {
        this.votes = Objects.requireNonNull(votes, "votes");
    }

    /**
     * Answers one request as the seed's {@code handler(event, context)} does.
     *
     * @param httpMethod {@code GET} or {@code POST}
     * @param body the request's body ({@code POST} only)
     * @return the answer; 405 for any other method
     */
    public Response handle(String httpMethod, String body) {
        return switch (String.valueOf(httpMethod)) {
            case "GET" -> results();
            case "POST" -> vote(body);
            default -> new Response(405, "Method " + httpMethod + " is not allowed.");
        };
    }

    /**
     * Answers {@code GET}: every candidate's votes, one scan.
     *
     * @return 200 with {@code {"Candidate": votes}} as JSON, sorted by candidate
     */
    public Response results() {
        Map<String, Long> counts = votes.sync().scan(Scan.builder().build())
                .collect(Collectors.toMap(Row::Candidate, Row::Votes, Long::sum, TreeMap::new));
        return new Response(200, AwsKitJson.write(counts));
    }

    /**
     * Answers {@code POST}: one vote for the candidate whose letter the body names. Bad input is answered without a
     * call to DynamoDB.
     *
     * @param body the request body, e.g. {@code {"candidate": "D"}}
     * @return 200 with {@code "<candidate> now has <n> votes"}, or 400 with the seed's message
     */
    public Response vote(String body) {
        JsonNode request;
        try {
            request = body == null ? null : AwsKitJson.mapper().readTree(body);
        } catch (JsonProcessingException e) {
            request = null;
        }
        if (request == null || !request.isObject()) {
            return new Response(400, NOT_JSON);
        }
        if (!request.has("candidate")) {
            return new Response(400, MISSING_CANDIDATE);
        }
        JsonNode letter = request.get("candidate");
        String candidate = letter.isTextual() ? CANDIDATES.get(letter.asText()) : null;
        if (candidate == null) {
            return new Response(400, UNKNOWN_CANDIDATE);
        }
        Row row = votes.sync().update(ItemKey.of(candidate), u -> u.add("Votes", 1));
        return new Response(200, candidate + " now has " + row.Votes() + " votes");
    }

    private static Map<String, String> candidates() {
        Map<String, String> candidates = new LinkedHashMap<>();
        candidates.put("A", "Black Panther");
        candidates.put("B", "Captain America: Civil War");
        candidates.put("C", "Guardians of the Galaxy");
        candidates.put("D", "Thor: Ragnarok");
        return Collections.unmodifiableMap(candidates);
    }
}

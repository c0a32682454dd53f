package dev.awskit.testkit.ssm.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awskit.testkit.ssm.internal.model.ApiError;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * One page of a Describe answer: {@code MaxResults} items (default 50) from where {@code NextToken} points.
 * Tokens are opaque to clients; one the emulator did not issue is {@code InvalidNextToken}.
 */
final class Paging {
    private static final String PREFIX = "awskit-page:";
    private static final int DEFAULT_SIZE = 50;

    private final int size;
    private final int from;

    private Paging(int size, int from) {
        this.size = size;
        this.from = from;
    }

    /**
     * Reads the paging members of a request whose constraints were checked already.
     *
     * @param request the request
     * @return the page asked for
     * @throws ApiError {@code InvalidNextToken} for a token the emulator did not issue
     */
    static Paging of(JsonNode request) {
        int size = request.hasNonNull("MaxResults") ? request.get("MaxResults").asInt() : DEFAULT_SIZE;
        String token = Json.text(request, "NextToken");
        return new Paging(size, token == null ? 0 : decode(token));
    }

    ObjectNode answer(List<ObjectNode> items, String field) {
        if (from > items.size()) {
            throw invalid();
        }
        ObjectNode answer = Json.object();
        ArrayNode array = answer.putArray(field);
        items.subList(from, Math.min(items.size(), from + size)).forEach(array::add);
        if (from + size < items.size()) {
            answer.put("NextToken", encode(from + size));
        }
        return answer;
    }

    private static String encode(int offset) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + offset).getBytes(StandardCharsets.UTF_8));
    }

    private static int decode(String token) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (text.startsWith(PREFIX)) {
                int offset = Integer.parseInt(text.substring(PREFIX.length()));
                if (offset > 0) {
                    return offset;
                }
            }
        } catch (IllegalArgumentException e) {
            // not base64, or not a number: the same answer as any other foreign token
        }
        throw invalid();
    }

    private static ApiError invalid() {
        return ApiError.badRequest("InvalidNextToken", "The specified token isn't valid");
    }
}

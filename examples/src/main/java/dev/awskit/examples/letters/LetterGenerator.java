package dev.awskit.examples.letters;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

/**
 * Seed 000's document Lambda: for a customer and a document type, reads the customer's name and the document's body
 * (concurrently) and writes {@code <customerId>/<docType>.txt} = {@code "Dear <name>;\n<body>"}, answering 200 with
 * the key; an unknown customer or document answers 404 and writes nothing. The table and the bucket are handed in (the
 * seed's lesson: no global resources in the logic), so the same code runs on in-memory doubles and on S3 and
 * DynamoDB. Thread-safe.
 */
public final class LetterGenerator {
    /** Ids become part of an S3 key: letters, digits, {@code _}, {@code -} and {@code .}, at most 128. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.-]{1,128}");

    /**
     * What the function answers, as API Gateway's proxy response.
     *
     * @param statusCode the HTTP status
     * @param body the written key (200) or what was wrong
     */
    public record Response(int statusCode, String body) {
    }

    private final LetterTexts texts;
    private final LetterStore store;

    /**
     * Creates the function.
     *
     * @param texts where customers' names and documents' bodies are read
     * @param store where letters are written
     * @throws NullPointerException if an argument is null
     */
    public LetterGenerator(LetterTexts texts, LetterStore store) {
        this.texts = Objects.requireNonNull(texts, "texts");
        this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * The seed's {@code lambda_handler}: takes {@code docType} and {@code customerId} from the API event's path
     * parameters and creates the letter.
     *
     * @param pathParameters the event's {@code pathParameters}
     * @return the answer; 400 naming a missing or malformed parameter, without reading or writing anything
     */
    public CompletableFuture<Response> handle(Map<String, String> pathParameters) {
        Map<String, String> parameters = pathParameters == null ? Map.of() : pathParameters;
        return createLetter(parameters.get("docType"), parameters.get("customerId"));
    }

    /**
     * The seed's {@code create_letter_in_s3}.
     *
     * @param docType the document type, e.g. {@code UnitTestDoc}
     * @param customerId the customer, e.g. {@code UnitTestCust}
     * @return 200 with the key written, 404 for an unknown customer or document, 400 for a missing or malformed id;
     *     fails with the table's or the bucket's exception when they do
     */
    public CompletableFuture<Response> createLetter(String docType, String customerId) {
        Optional<Response> invalid = invalid("docType", docType).or(() -> invalid("customerId", customerId));
        if (invalid.isPresent()) {
            return CompletableFuture.completedFuture(invalid.get());
        }
        return texts.customerName(customerId).thenCombine(texts.documentBody(docType), Found::new)
                .thenCompose(found -> {
                    if (found.name().isEmpty()) {
                        return CompletableFuture.completedFuture(
                                new Response(404, "Customer '" + customerId + "' not found"));
                    }
                    if (found.body().isEmpty()) {
                        return CompletableFuture.completedFuture(
                                new Response(404, "Document type '" + docType + "' not found"));
                    }
                    String key = customerId + "/" + docType + ".txt";
                    return store.write(key, "Dear " + found.name().get() + ";\n" + found.body().get())
                            .thenApply(written -> new Response(200, key));
                });
    }

    /** What the two reads found. */
    private record Found(Optional<String> name, Optional<String> body) {
    }

    private static Optional<Response> invalid(String parameter, String value) {
        if (value == null) {
            return Optional.of(new Response(400, "Missing path parameter '" + parameter + "'"));
        }
        if (!ID.matcher(value).matches()) {
            return Optional.of(new Response(400, "Invalid " + parameter + " '" + value + "'"));
        }
        return Optional.empty();
    }
}

package dev.awskit.examples.letters;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Where the letter generator reads its texts: the seed's DynamoDB table, whose {@code C#<customer>} items hold a
 * customer's name and {@code D#<document>} items a document's body, both in {@code data}. The seed's
 * {@code LambdaDynamoDBClass}; {@link DynamoLetterTexts} is the table, a test may pass a map.
 */
public interface LetterTexts {

    /**
     * Reads a customer's name.
     *
     * @param customerId e.g. {@code UnitTestCust}
     * @return the name, or empty when there is no such customer
     */
    CompletableFuture<Optional<String>> customerName(String customerId);

    /**
     * Reads a document's body.
     *
     * @param docType e.g. {@code UnitTestDoc}
     * @return the body, or empty when there is no such document
     */
    CompletableFuture<Optional<String>> documentBody(String docType);
}

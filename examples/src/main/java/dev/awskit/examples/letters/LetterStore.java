package dev.awskit.examples.letters;

import java.util.concurrent.CompletableFuture;

/**
 * Where the letter generator writes letters: the seed's S3 bucket ({@code LambdaS3Class}). {@link S3LetterStore} is
 * the bucket, a test may pass a map.
 */
public interface LetterStore {

    /**
     * Stores a letter.
     *
     * @param key e.g. {@code UnitTestCust/UnitTestDoc.txt}
     * @param text the letter
     * @return completes when it is stored
     */
    CompletableFuture<Void> write(String key, String text);
}
